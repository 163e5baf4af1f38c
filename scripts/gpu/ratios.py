"""The table of ratios scripts/gpu/bench.sh prints: tcc bench's JSON files (BENCH_DIR/MODEL-TARGET.json)
against the peers in PEERS.jsonl, measured in the same call. Usage: ratios.py PEERS.jsonl BENCH_DIR"""
import glob, json, os, sys

peers = {}
coop = []  # tcc's cooperative-matrix GEMM (diag/CoopGemm.java): one line per variant, paired with cuBLAS below
for line in open(sys.argv[1]):
    p = json.loads(line)
    if p.get("peer") == "tcc_coop_f16":
        coop.append(p)
    elif "ms" in p:
        peers[(p["peer"], p["work"])] = p["ms"]

# work -> (peer, peer's work name, what the ratio means)
PEER_OF = {
    "matmul_2048": ("cublas", "sgemm_2048"), "matmul_4096": ("cublas", "sgemm_4096"), "matmul_8192": ("cublas", "sgemm_8192"),
    "gemv": ("cublas", "gemv"), "add_16m": ("torch", "add_16m"),
    # quantised weights against cuBLAS's f32 GEMV: the ratio is the speed-up that int8/int4 storage buys
    "gemv_int8": ("cublas", "gemv"), "gemv_int4": ("cublas", "gemv"),
    "clip_text_sd15": ("torch_eager", "clip_text_sd15"), "resnet18": ("torch_eager", "resnet18_b1"),
    "resnet18_b32": ("torch_eager", "resnet18_b32"),
    "mm77_768x3072": ("cublas", "mm77_768x3072"), "mm77_3072x768": ("cublas", "mm77_3072x768"),
}
FLOPS = {"matmul_2048": 2 * 2048 ** 3, "matmul_4096": 2 * 4096 ** 3, "matmul_8192": 2 * 8192 ** 3,
         "mm77_768x3072": 2 * 77 * 768 * 3072, "mm77_3072x768": 2 * 77 * 768 * 3072}
# weight bytes read: f32; int8 with an f32 scale per column; int4 (g=32) with an f16 scale and a u8 zero point per block
BYTES = {"gemv": 4096 * 4096 * 4, "add_16m": 3 * 4 * (1 << 24), "gemv_int8": 4096 * 4096 + 4 * 4096,
         "gemv_int4": 4096 * 4096 // 2 + 3 * 4096 * 4096 // 32}
copy = peers.get(("copy", "d2d_256MiB"))
print(f"{'work':16} {'target':7} {'wall ms':>9} {'device ms':>10} {'peer':>12} {'peer ms':>9} {'peer/tcc':>9}  notes")
for f in sorted(glob.glob(os.path.join(sys.argv[2], "*.json"))):
    b = json.load(open(f))
    work, target = os.path.basename(f)[:-5].rsplit("-", 1)
    wall, dev = b["wall_ms"]["median"], b["device_ms"]["median"]
    peer, pwork = PEER_OF.get(work, ("", ""))
    pms = peers.get((peer, pwork))
    notes = []
    if work in FLOPS:
        notes.append(f"{FLOPS[work] / dev / 1e9:.1f} TFLOP/s")
    if ("clblast", pwork) in peers and target == "opencl":
        notes.append(f"CLBlast {peers[('clblast', pwork)]:.3f} ms (CLBlast/tcc {peers[('clblast', pwork)] / dev:.2f}x)")
    if work in BYTES and copy:
        gbps = BYTES[work] / dev / 1e6
        notes.append(f"{gbps:.0f} GB/s = {gbps / (2 * (1 << 28) / copy / 1e6):.2f}x copy")
    if work in ("clip_text_sd15", "resnet18", "resnet18_b32") and ("torch_compile", pwork) in peers:
        notes.append(f"torch.compile {peers[('torch_compile', pwork)]:.2f} ms (wall/compile {peers[('torch_compile', pwork)] / wall:.2f}x)")
    ratio = f"{pms / (dev if work in FLOPS or work in BYTES else wall):.2f}x" if pms else "-"
    print(f"{work:16} {target:7} {wall:9.3f} {dev:10.3f} {peer:>12} {pms or 0:9.3f} {ratio:>9}  {'; '.join(notes)}")

# fp16 GEMM: each cooperative-matrix variant against cuBLAS's hgemm of the same size (peer/tcc > 1: tcc is faster);
# C in f16 is cuBLAS's setting, f32 C writes twice the bytes
for p in sorted(coop, key=lambda p: (p["work"], p.get("ms", float("inf")))):
    pms = peers.get(("cublas", p["work"]))
    if "ms" not in p:
        print(f"{p['work']:16} {'coop':7} {p['variant']:>30}  WRONG (max rel err {p.get('max_rel_err')})")
        continue
    ratio = f"{pms / p['ms']:.2f}x" if pms else "-"
    print(f"{p['work']:16} {'coop':7} {p['variant']:>30} {p['ms']:9.3f} ms {p['tflops']:7.1f} TFLOP/s  cuBLAS {pms or 0:8.3f} ms"
          f"  cuBLAS/tcc {ratio}")
