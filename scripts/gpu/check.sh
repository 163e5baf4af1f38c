#!/usr/bin/env bash
# Correctness on real GPU drivers, run on the `device` tool's NVIDIA machine with `.gpu` carried (made by
# scripts/gpu/bundle.sh): the node suite's tier 1 and the real models (made there by export_models.py,
# with ONNX Runtime's outputs, plus Stable Diffusion's CLIP text encoder and ResNet-18) on NVIDIA OpenCL,
# NVIDIA Vulkan with the validation layer, and Dawn on NVIDIA Vulkan; then the time to compile the CLIP
# text encoder to a WebGPU bundle. Prints a summary last; logs go to $OUT (summary.txt, devices.txt,
# logs.tar.gz); SKIP_NODE / SKIP_MODELS leave a part out; EXPORT_MODELS (a comma list) exports fewer models and
# SKIP_CLIP_COMPILE skips the bundle (for a call with little device time left); SKIP_NODE=1 SKIP_MODEL_CONFORMANCE=1
# EXPORT_MODELS=clip_text_sd15 leaves only the bundle. Usage: scripts/gpu/check.sh [TARGET...]   (default: opencl vulkan webgpu)
set -uo pipefail
OUT=${OUT:-/tmp/tcc-gpu-out}
HERE=$(cd "$(dirname "$0")" && pwd)
G=$HERE/../../.gpu
TARGETS=("${@:-opencl}")
[ $# -eq 0 ] && TARGETS=(opencl vulkan webgpu)
W=/tmp/tcc-gpu
DEV=${TCC_GPU_QUERY:-NVIDIA}
mkdir -p "$OUT" "$W/logs"
cd "$W"
. "$HERE/setup.sh"

# Models are exported first: node-suite runs started beside the export (CUDA initialising in PyTorch) crashed at start-up on
# OpenCL and Vulkan (SIGSEGV before any output), so every step now runs alone.
MODELS=${EXPORT_MODELS:-mlp,mlp_ts,mobilenet_v3_small,mobilenet_v3_small_ts,distilbert,distilbert_ts,t5_encoder,t5_encoder_ts,llama_tiny,llama_tiny_ts,gru_classifier,gru_classifier_ts,resnet18,clip_text_sd15}
[ -n "${SKIP_MODELS:-}" ] || { PYTHONUNBUFFERED=1 python3 "$G/export_models.py" models "$MODELS" > logs/export.txt 2>&1; echo "export exit $?" >> logs/export.txt; }

$TCC devices > "$OUT/devices.txt" 2>&1
step() {  # step NAME SECONDS COMMAND...: runs one step with a time limit, its output in logs/NAME.txt
  local name=$1 limit=$2; shift 2
  local t0=$(date +%s.%N)
  timeout "$limit" "$@" > "logs/$name.txt" 2>&1
  local rc=$?
  printf '%-24s rc=%-3s %6.1f s  %s\n' "$name" "$rc" "$(awk "BEGIN{print $(date +%s.%N) - $t0}")" \
    "$(grep -E '^[0-9]+ passed' "logs/$name.txt" | tail -1)" | tee -a "$OUT/summary.txt"
}
for t in "${TARGETS[@]}"; do
  [ -n "${SKIP_NODE:-}" ] && break
  step "node-t1-$t" "${NODE_LIMIT:-240}" $TCC conformance node --target "$t" --device "$DEV" -j 4 --json "logs/node-t1-$t.json"
done
[ -f logs/export.txt ] && grep -E "params=|not exported|exit" logs/export.txt | cut -c1-150 | tee -a "$OUT/summary.txt"
for t in "${TARGETS[@]}"; do
  [ -n "${SKIP_MODELS:-}${SKIP_MODEL_CONFORMANCE:-}" ] && break
  step "models-$t" "${MODEL_LIMIT:-200}" $TCC conformance models --target "$t" --device "$DEV" -j 3 --json "logs/models-$t.json"
done
[ -n "${SKIP_CLIP_COMPILE:-}" ] || step "compile-clip-webgpu" 120 $TCC compile models/clip_text_sd15/model.onnx --target webgpu -o clip-webgpu --time-passes
[ -d clip-webgpu ] && du -sh clip-webgpu | tee -a "$OUT/summary.txt"
tar -czf "$OUT/logs.tar.gz" logs
cat "$OUT/summary.txt"
