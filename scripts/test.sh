#!/usr/bin/env bash
# The test command: installs what the tests need when it is missing, then builds tcc and runs every test.
# Usage: scripts/test.sh [extra maven arguments]
set -euo pipefail
cd "$(dirname "$0")/.."

export JAVA_HOME=${TCC_JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
export PATH="$JAVA_HOME/bin:$PATH"

need_install=0
for pkg in pocl-opencl-icd ocl-icd-opencl-dev clinfo maven libvulkan1 vulkan-tools vulkan-validationlayers spirv-tools \
           glslang-tools libclblast-dev chromium mesa-vulkan-drivers; do
  dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || need_install=1
done
# Dawn (WebGPU) needs the newer lavapipe from bookworm-backports
dpkg-query -W -f='${Version}' mesa-vulkan-drivers 2>/dev/null | grep -q bpo12 || need_install=1
command -v node >/dev/null && command -v npm >/dev/null || need_install=1
if [ "$need_install" = 1 ]; then
  echo "test: installing system packages (scripts/install-deps.sh)"
  bash scripts/install-deps.sh
fi

# WebGPU runtimes (Dawn library for the Java tests, Dawn for Node, playwright-core) pinned in web/package-lock.json.
if [ ! -f web/node_modules/.package-lock.json ] || [ web/package-lock.json -nt web/node_modules/.package-lock.json ]; then
  echo "test: installing web/ packages (npm ci --prefix web)"
  npm ci --prefix web --no-audit --no-fund
fi

# PoCL compiles each OpenCL program once and caches it; keep the cache inside the build tree.
export POCL_CACHE_DIR=${POCL_CACHE_DIR:-$PWD/target/pocl-cache}
mkdir -p "$POCL_CACHE_DIR"

exec mvn -B -ntp verify "$@"
