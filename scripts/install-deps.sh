#!/usr/bin/env bash
# Installs the system packages tcc's tests and runtimes need on Debian 12 (bookworm):
# OpenCL (PoCL + ICD loader + headers for LWJGL's libOpenCL.so), Vulkan (loader, lavapipe, validation layers,
# SPIR-V tools), CLBlast (reference BLAS for benchmarks) and Chromium (browser conformance), plus the newer
# lavapipe from bookworm-backports that Dawn (WebGPU) needs. Safe to run again: apt skips what is installed.
set -euo pipefail

SUDO=""
if [ "$(id -u)" != 0 ]; then
  command -v sudo >/dev/null || { echo "install-deps: run as root or install sudo" >&2; exit 1; }
  SUDO=sudo
fi
export DEBIAN_FRONTEND=noninteractive

$SUDO apt-get update -q
$SUDO apt-get install -y -q --no-install-recommends \
  pocl-opencl-icd ocl-icd-libopencl1 ocl-icd-opencl-dev clinfo \
  libvulkan1 vulkan-tools vulkan-validationlayers spirv-tools glslang-tools \
  libclblast-dev clblast-utils chromium maven

# Node and npm for the WebGPU tests (tcc.js under Node, Chromium driven by playwright-core); only when missing,
# since a newer Node may already be installed
if ! command -v node >/dev/null || ! command -v npm >/dev/null; then
  $SUDO apt-get install -y -q --no-install-recommends nodejs npm
fi

# Newer Mesa lavapipe from the backports suite of the machine's own Debian mirror.
src=/etc/apt/sources.list.d/debian.sources
if [ -f "$src" ] && ! dpkg-query -W -f='${Version}' mesa-vulkan-drivers 2>/dev/null | grep -q bpo12; then
  uri=$(awk '/^URIs:/ && $2 ~ /\/debian$/ {print $2; exit}' "$src")
  if [ -n "$uri" ]; then
    echo "deb $uri bookworm-backports main" | $SUDO tee /etc/apt/sources.list.d/bookworm-backports.list >/dev/null
    $SUDO apt-get update -q
    $SUDO apt-get install -y -q -t bookworm-backports mesa-vulkan-drivers
  fi
fi
echo "install-deps: done"
