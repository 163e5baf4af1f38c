#!/usr/bin/env bash
# Builds .gpu/, everything the GPU machine (the `device` tool) needs to run tcc there: that image has no
# Java, no Node and no package registry, and at most 64 MiB travel with a call. Afterwards run
# scripts/gpu/check.sh there with `.gpu` carried. Usage: scripts/gpu/bundle.sh [--no-build]
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
cd "$ROOT"
export JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
SHARED=${TCC_SHARED:-$ROOT/../shared}
G=.gpu
mkdir -p "$G"
if [ "${1:-}" != "--no-build" ]; then
  MAVEN_OPTS=--sun-misc-unsafe-memory-access=allow mvn -B -ntp -q -pl cli -am package -DskipTests
fi
cp cli/target/tcc-cli-*-all.jar "$G/tcc.jar"
# The OpenCL build diagnostic (scripts/gpu/ptxas.sh) and the CLBlast peer (scripts/gpu/bench.sh, with the bench
# module's CLBlast binding), compiled here: the carried runtime has no compiler.
rm -rf "$G/diag" && "$JAVA_HOME/bin/javac" -d "$G/diag" -cp "$G/tcc.jar" scripts/gpu/diag/*.java \
  bench/src/main/java/dev/tcc/bench/ClBlast.java bench/src/main/java/dev/tcc/bench/ClQueue.java

# A Java 25 runtime with the modules the jar needs (jdeps), uncompressed so that xz packs it well.
if [ ! -f "$G/jre.tar.xz" ]; then
  rm -rf "$G/jre"
  "$JAVA_HOME/bin/jlink" --add-modules java.base,java.compiler,java.sql,java.logging,jdk.unsupported,jdk.incubator.vector \
    --strip-debug --no-header-files --no-man-pages --output "$G/jre"
  tar -C "$G" -cJf "$G/jre.tar.xz" jre && rm -rf "$G/jre"
fi

# Dawn (about 20 MB, 5 MB packed), from the pinned npm package.
[ -f web/node_modules/bun-webgpu-linux-x64/libwebgpu_wrapper.so ] || npm ci --prefix web --no-audit --no-fund
[ -f "$G/dawn.so.xz" ] || xz -9 -T2 -c web/node_modules/bun-webgpu-linux-x64/libwebgpu_wrapper.so > "$G/dawn.so.xz"

# The node suite's tier 1; real models are made there by export_models.py (PyTorch is there), which also
# makes the full-size models that are too large to carry.
awk -F'\t' '$2=="node" && $3==1 {print "node/"$1}' "$SHARED/onnx-tests/manifest.tsv" > "$G/tier1.txt"
tar -C "$SHARED/onnx-tests" -cJf "$G/node-t1.tar.xz" -T "$G/tier1.txt" manifest.tsv
cp "$SHARED/tools/export_models.py" "$G/"

# Debian packages the image may lack: the OpenCL ICD loader, the Vulkan loader, the validation layer,
# libglvnd (NVIDIA's Vulkan ICD, libGLX_nvidia, needs its dispatch library) and CLBlast (a peer).
(cd "$G" && ls ./*.deb >/dev/null 2>&1 || apt-get download ocl-icd-libopencl1 libvulkan1 vulkan-validationlayers \
  libglvnd0 libgl1 libglx0 libegl1 libopengl0 libgles2)
(cd "$G" && ls ./libclblast1_*.deb >/dev/null 2>&1 || apt-get download libclblast1)
du -sh "$G"/* | sort -h
echo "total $(du -sb "$G" | cut -f1) bytes (with the tree it must stay under 64 MiB)"
