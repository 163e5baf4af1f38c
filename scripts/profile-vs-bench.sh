#!/usr/bin/env bash
# tcc profile's predicted latency against tcc bench's measured one, on one device: calibrates the device
# (tcc bench --calibrate, recorded in a scratch tuning database), then for each model predicts (tcc profile
# --device measured-TARGET) and measures (tcc bench, wall median), and writes a Markdown table.
# Usage: scripts/profile-vs-bench.sh [--target T] [--out FILE] [MODEL_DIR...]
#   default: --target opencl, every model folder under ../shared/models, table to docs/results/profile-vs-bench-TARGET.md
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
cd "$ROOT"
export JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
export POCL_CACHE_DIR=${POCL_CACHE_DIR:-$ROOT/target/pocl-cache}
target=opencl out=
while [ $# -gt 0 ]; do
  case $1 in
    --target) target=$2; shift 2 ;;
    --out) out=$2; shift 2 ;;
    *) break ;;
  esac
done
out=${out:-docs/results/profile-vs-bench-$target.md}
models=("$@")
[ ${#models[@]} -gt 0 ] || models=($(ls -d "$ROOT"/../shared/models/*/ | sed 's#/$##'))
jar=cli/target/tcc-cli-0.1.0-SNAPSHOT-all.jar
[ -f "$jar" ] || MAVEN_OPTS=--sun-misc-unsafe-memory-access=allow mvn -B -ntp -q -pl cli -am package -DskipTests
tcc() { "$JAVA_HOME/bin/java" --enable-native-access=ALL-UNNAMED -Dorg.lwjgl.system.memoryBackend=ffm -Xss16m -jar "$jar" "$@"; }

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
db=$work/tuning.json
# the user's tuning records for the device come along, so that both sides use the same kernels
[ -f "$HOME/.tcc/tuning.json" ] && cp "$HOME/.tcc/tuning.json" "$db"
tcc bench --calibrate --target "$target" --db "$db" --runs 10 | tee "$work/calibration.txt"
for m in "${models[@]}"; do
  name=$(basename "$m")
  echo "== $name" >&2
  tcc profile "$m/model.onnx" --target "$target" --db "$db" --device "measured-$target" --json "$work/$name.profile.json" > /dev/null
  tcc bench "$m/model.onnx" --target "$target" --db "$db" --runs 20 --warmup 5 --json "$work/$name.bench.json" > /dev/null
done
mkdir -p "$(dirname "$out")"
python3 - "$work" "$target" "$(uptime | sed 's/.*load average: //')" > "$out" <<'EOF'
import glob, json, os, sys
work, target, load = sys.argv[1:4]
print(f"# tcc profile's prediction against tcc bench's measurement ({target})\n")
print("Written by `scripts/profile-vs-bench.sh`. The device's figures come from `tcc bench --calibrate` in the same run:\n")
print("    " + open(os.path.join(work, "calibration.txt")).readline().strip() + "\n")
print(f"Load average while the table was written: {load}. Predicted: `tcc profile --device measured-{target}` (roofline per kernel plus "
      "one launch each, from those figures). Measured: `tcc bench` wall median of 20 runs (inputs up, every launch, outputs down).\n")
print("| model | kernels | FLOPs | predicted ms | measured ms | measured / predicted |")
print("| --- | ---: | ---: | ---: | ---: | ---: |")
worst = 0
for f in sorted(glob.glob(os.path.join(work, "*.profile.json"))):
    name = os.path.basename(f)[:-len(".profile.json")]
    p = json.load(open(f)); b = json.load(open(os.path.join(work, name + ".bench.json")))
    pred = p["devices"][0]["predicted_ms"]; meas = b["wall_ms"]["median"]
    ratio = meas / pred
    worst = max(worst, ratio, 1 / ratio)
    print(f"| {name} | {len(b['kernels'])} | {p['flops']:,} | {pred:.3f} | {meas:.3f} | {ratio:.2f} |")
print(f"\nLargest factor between prediction and measurement, either way: {worst:.2f}x.")
EOF
cat "$out"
