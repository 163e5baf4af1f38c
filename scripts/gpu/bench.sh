#!/usr/bin/env bash
# Speed on the GPU machine (the `device` tool), `.gpu` carried (scripts/gpu/bundle.sh): tcc bench (after
# tcc tune) against the peers measured in the same call by peers.py — cuBLAS SGEMM/HGEMM and GEMV, the
# device-to-device copy, PyTorch eager and torch.compile — and CLBlast SGEMM (diag/ClBlastGemm.java) on SGEMM 2048/4096/8192, GEMV 1x4096x4096, a
# 16M-element add, Stable Diffusion's CLIP text encoder and ResNet-18 (batch 1 and 32), and tcc's fp16 GEMM on cooperative
# matrices (diag/CoopGemm.java, COOP_SIZES, default "4096 8192") against cuBLAS's. Prints a table of ratios last; JSON
# and logs go to $OUT (summary.txt, logs.tar.gz). Usage: scripts/gpu/bench.sh [TARGET...] (default: opencl vulkan webgpu)
# PART=kernels or PART=models makes one call of either half (each fits a 10-minute call).
# TUNE_KERNELS (default "matmul_4096 gemv") names the kernel models tuned for TUNE_BUDGET (default 60s) before the benchmarks; TUNE_EXHAUSTIVE=1 adds
# an exhaustive search of SGEMM 4096 and the time the search took to come within 0.9x of its best (reach.py).
# BENCH_KERNELS / BENCH_MODELS replace the lists of kernel models and models benched. QUICK=1 keeps to the CLIP encoder and SGEMM 4096 without tuning (for a call with little device time left).
# With gemv among the kernels, QUANT_GEMV (default "int8 int4") also benches it with quantised weights (gemv_int8, gemv_int4);
# TUNE_QUANT_GEMV=1 tunes those for 30 s each first.
set -uo pipefail
OUT=${OUT:-/tmp/tcc-gpu-out}
HERE=$(cd "$(dirname "$0")" && pwd)
G=$HERE/../../.gpu
TARGETS=(opencl vulkan webgpu)
[ $# -gt 0 ] && TARGETS=("$@")
W=/tmp/tcc-gpu
DEV=${TCC_GPU_QUERY:-NVIDIA}
mkdir -p "$OUT" "$W/logs" "$W/bench"
cd "$W"
. "$HERE/setup.sh"
unset TCC_VULKAN_VALIDATION   # timings without the validation layer
DB="$W/logs/tuning.json"

step() {  # step NAME SECONDS COMMAND...: one step with a time limit, output in logs/NAME.txt
  local name=$1 limit=$2; shift 2
  local t0=$(date +%s.%N)
  timeout "$limit" "$@" > "logs/$name.txt" 2>&1
  printf '%-34s rc=%-3s %6.1f s\n' "$name" "$?" "$(awk "BEGIN{print $(date +%s.%N) - $t0}")" | tee -a "$OUT/summary.txt"
}
PART=${PART:-all}
[ "$PART" = kernels ] || [ -d models/clip_text_sd15 ] || step export 240 env PYTHONUNBUFFERED=1 python3 "$G/export_models.py" models clip_text_sd15,resnet18
[ "$PART" = models ] || { [ -n "${BENCH_KERNELS+set}" ] && [ -z "$BENCH_KERNELS" ]; } || step peer-kernels 240 env PYTHONUNBUFFERED=1 PEER_SIZES=${PEER_SIZES:-${QUICK:+4096}} python3 "$HERE/peers.py" logs models models,gemm
[ "$PART" = kernels ] || step peer-models 300 env PYTHONUNBUFFERED=1 PEER_MODELS=${QUICK:+clip_text_sd15} python3 "$HERE/peers.py" logs models peers
KERNELS=(matmul_2048 matmul_4096 matmul_8192 mm77_768x3072 mm77_3072x768 gemv add_16m); MODELS=(clip_text_sd15 resnet18 resnet18_b32)
[ -n "${QUICK:-}" ] && KERNELS=(matmul_4096 gemv) && MODELS=(clip_text_sd15)
[ -n "${BENCH_KERNELS+set}" ] && read -r -a KERNELS <<< "$BENCH_KERNELS"
[ -n "${BENCH_MODELS+set}" ] && read -r -a MODELS <<< "$BENCH_MODELS"
[ "$PART" = models ] && KERNELS=()
[ "$PART" = kernels ] && MODELS=()
# CLBlast SGEMM (scripts/gpu/diag/ClBlastGemm.java) on the sizes of the matmul kernels, beside tcc's OpenCL SGEMM
SGEMM_SIZES=$(printf '%s\n' "${KERNELS[@]}" | sed -n 's/^matmul_\([0-9]*\)$/\1/p' | tr '\n' ' ')
if [[ " ${TARGETS[*]} " == *" opencl "* ]] && [ -n "$SGEMM_SIZES" ]; then
  step peer-clblast 150 "$PWD/jre/bin/java" --enable-native-access=ALL-UNNAMED -Dorg.lwjgl.system.memoryBackend=ffm \
    -cp "$G/tcc.jar:$G/diag" ClBlastGemm "$DEV" $SGEMM_SIZES
  grep '^{' logs/peer-clblast.txt >> logs/peers.jsonl
fi
# tcc's fp16 GEMM on Vulkan cooperative matrices (scripts/gpu/diag/CoopGemm.java, every tiling, f16 and f32 C) beside
# cuBLAS's fp16 GEMM (peers.py's hgemm_N); COOP_SIZES="" leaves it out
COOP_SIZES=${COOP_SIZES-$([ -n "${QUICK:-}" ] && echo 4096 || echo "4096 8192")}
if [[ " ${TARGETS[*]} " == *" vulkan "* ]] && [ -n "$COOP_SIZES" ] && [ "$PART" != models ]; then
  step peer-coop 150 "$PWD/jre/bin/java" --enable-native-access=ALL-UNNAMED -Dorg.lwjgl.system.memoryBackend=ffm \
    -cp "$G/tcc.jar:$G/diag" CoopGemm "$DEV" $COOP_SIZES
  grep '^{' logs/peer-coop.txt >> logs/peers.jsonl
fi

bench() {  # bench MODEL TARGET [extra tcc bench options]
  local m=$1 t=$2; shift 2
  step "bench-$m-$t" 150 $TCC bench "models/$m/model.onnx" --target "$t" --device "$DEV" --db "$DB" --runs 20 --warmup 5 \
    --json "bench/$m-$t.json" "$@"
}
for t in "${TARGETS[@]}"; do
  if [ "$t" != webgpu ] && [ -z "${QUICK:-}" ] && [ "$PART" != models ]; then
    for m in ${TUNE_KERNELS-matmul_4096 gemv}; do
      step "tune-$m-$t" 150 $TCC tune "models/$m/model.onnx" --target "$t" --device "$DEV" --db "$DB" --budget "${TUNE_BUDGET:-60s}" \
        --trace "logs/trace-$m-$t.tsv"
    done
    # TUNE_QUANT_GEMV=1: the quantised GEMVs are kernels of their own (dequantising loads), tuned 30 s each
    if [ -n "${TUNE_QUANT_GEMV:-}" ]; then
      for q in ${QUANT_GEMV-int8 int4}; do
        step "tune-gemv_$q-$t" 90 $TCC tune models/gemv/model.onnx --target "$t" --device "$DEV" --db "$DB" --budget 30s --quantize "$q"
      done
    fi
    # TUNE_EXHAUSTIVE=1 (or a list of kernel models; 1 is matmul_4096): the exhaustive search's best beside the 60 s
    # budget's (in a database of its own) and, from its trace, the time tcc tune took to come within 0.9x of that best
    [ "${TUNE_EXHAUSTIVE:-}" = 1 ] && TUNE_EXHAUSTIVE=matmul_4096
    for m in ${TUNE_EXHAUSTIVE:-}; do
      step "tune-exhaustive-$m-$t" 240 $TCC tune "models/$m/model.onnx" --target "$t" \
        --device "$DEV" --db "$W/logs/exhaustive.json" --exhaustive --trace "logs/trace-exhaustive-$m-$t.tsv"
      python3 "$HERE/reach.py" "logs/trace-exhaustive-$m-$t.tsv" | sed "s/^/$t $m /" | tee -a "$OUT/summary.txt"
    done
  fi
  for m in "${KERNELS[@]}"; do bench $m "$t"; done
  if [[ " ${KERNELS[*]} " == *" gemv "* ]]; then
    for q in ${QUANT_GEMV-int8 int4}; do
      step "bench-gemv_$q-$t" 150 $TCC bench models/gemv/model.onnx --target "$t" --device "$DEV" --db "$DB" --runs 20 --warmup 5 \
        --quantize "$q" --json "bench/gemv_$q-$t.json"
    done
  fi
done
for t in "${TARGETS[@]}"; do
  [ "$t" = webgpu ] || [ -n "${QUICK:-}" ] || [ "$PART" = kernels ] || step "tune-clip-$t" 150 $TCC tune models/clip_text_sd15/model.onnx --target "$t" --device "$DEV" --db "$DB" --budget ${CLIP_BUDGET:-90s} --trace "logs/trace-clip-$t.tsv"
  for m in "${MODELS[@]}"; do bench $m "$t"; done
done
python3 "$HERE/ratios.py" logs/peers.jsonl bench | tee -a "$OUT/summary.txt"
cp bench/*.json logs/ 2>/dev/null
tar -czf "$OUT/logs.tar.gz" logs
