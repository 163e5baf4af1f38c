"""How long `tcc tune` took to come within FRACTION of the best it found, from a `tcc tune --trace` file of an
--exhaustive search (the budgeted search tries the same candidates in the same order, stopping earlier).
Usage: reach.py TRACE.tsv [FRACTION]   (default 0.9: a kernel at least 0.9x the best one's speed)"""
import csv, sys

frac = float(sys.argv[2]) if len(sys.argv) > 2 else 0.9
rows = [r for r in csv.DictReader(open(sys.argv[1]), delimiter="\t") if r["outcome"] != "confirmed"]
for key in dict.fromkeys(r["key"] for r in rows):
    mine = [r for r in rows if r["key"] == key]
    best = min(float(r["best_ms"]) for r in mine)
    first = next(r for r in mine if float(r["best_ms"]) <= best / frac)
    timed = sum(r["outcome"] == "timed" for r in mine)
    print(f"{key}: exhaustive best {best:.4f} ms after {float(mine[-1]['seconds']):.1f} s ({timed} timed of {len(mine)}); "
          f"within {frac:g}x of it ({float(first['best_ms']):.4f} ms) after {float(first['seconds']):.1f} s")
