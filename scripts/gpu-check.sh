#!/usr/bin/env bash
# Runs tcc's OpenCL model suite on the GPU machine (the `device` tool), from a bundle in .gpu/:
# tcc.jar (the shaded CLI), jre.tar.xz (a jlinked Java 25), models.tar.xz (../shared/models) and the
# OpenCL ICD loader as a .deb in case the image lacks it. Writes logs to $OUT.
set -uo pipefail
OUT=${OUT:-/tmp/tcc-gpu-out}; mkdir -p "$OUT"
cd "$(dirname "$0")/../.gpu"
mkdir -p /etc/OpenCL/vendors && echo /usr/lib/libnvidia-opencl.so.1 > /etc/OpenCL/vendors/nvidia.icd
[ -e /usr/lib/libnvidia-opencl.so.1 ] || ln -sf "$(ls /usr/lib/x86_64-linux-gnu/libnvidia-opencl.so.1* 2>/dev/null | head -1)" /usr/lib/libnvidia-opencl.so.1
tar xJf jre.tar.xz && tar xJf models.tar.xz
LIB=$(ldconfig -p | awk '/libOpenCL.so.1/ {print $NF; exit}')
if [ -z "$LIB" ]; then dpkg -x ocl-icd-libopencl1_*.deb icd && LIB=$PWD/icd/usr/lib/x86_64-linux-gnu/libOpenCL.so.1; fi
echo "OpenCL loader: $LIB"
J="./jre/bin/java --enable-native-access=ALL-UNNAMED -Dorg.lwjgl.system.memoryBackend=ffm -Dorg.lwjgl.opencl.libname=$LIB -Xss16m -jar tcc.jar"
$J devices 2>&1 | tee "$OUT/devices.txt"
$J conformance models --target opencl --device NVIDIA --json "$OUT/models-nvidia.json" 2>&1 | tee "$OUT/models-nvidia.txt"
for m in models/*/; do
  n=$(basename "$m")
  $J inspect --kernels --target opencl --device NVIDIA "$m/model.onnx" 2>&1 | grep -E "^kernels for" | sed "s/^/$n: /"
done | tee "$OUT/kernel-counts.txt"
$J demo --device NVIDIA 2>&1 | tee "$OUT/demo.txt"
