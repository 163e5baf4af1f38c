#!/usr/bin/env bash
# On the GPU machine (`.gpu` carried, made by scripts/gpu/bundle.sh): compiles a model for NVIDIA OpenCL and builds its
# first kernel with ptxas's verbose report (registers, spills) and with -cl-mad-enable beside it, through
# scripts/gpu/diag/ClDiag.java (compiled into .gpu/diag by bundle.sh). For the question why OpenCL SGEMM runs at
# 0.44-0.47x cuBLAS where Vulkan runs the same tiling at 0.69-0.71x. Usage: scripts/gpu/ptxas.sh [KERNEL_MODEL]
# (default matmul_4096, made by peers.py); the kernel and its PTX go to $OUT/ptx.tgz.
set -uo pipefail
OUT=${OUT:-/tmp/tcc-gpu-out}
HERE=$(cd "$(dirname "$0")" && pwd)
G=$HERE/../../.gpu
M=${1:-matmul_4096}
W=/tmp/tcc-gpu
mkdir -p "$OUT" "$W/logs"
cd "$W"
. "$HERE/setup.sh"
[ -f "models/$M/model.onnx" ] || python3 "$HERE/peers.py" logs models models > logs/peers-models.txt 2>&1
$TCC compile "models/$M/model.onnx" --target opencl --device "${TCC_GPU_QUERY:-NVIDIA}" -o "ptx-$M" | tail -2
K=$(ls "ptx-$M"/kernels/*.cl | head -1)
"$PWD/jre/bin/java" --enable-native-access=ALL-UNNAMED -Dorg.lwjgl.system.memoryBackend=ffm -cp "$G/tcc.jar:$G/diag" ClDiag "$K" \
  "-cl-std=CL1.2 -cl-nv-verbose" "-cl-std=CL1.2 -cl-nv-verbose -cl-mad-enable" 2>&1 | tee "$OUT/ptxas.txt" | head -80
tar -czf "$OUT/ptx.tgz" "ptx-$M/kernels"
