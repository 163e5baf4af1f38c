#!/bin/bash
# Developer runner for --target opencl: builds ir..runtime offline, then imports, lowers and runs each ONNX case
# (or model folder) below the given paths on an OpenCL device (PoCL unless -Dtcc.device=NAME is in JAVA_OPTS)
# and prints PASS/FAIL lines. Usage, from the repository root:
#   bash runtime/opencl-smoke.sh ../shared/models ../shared/onnx-tests/node/test_abs ...
# JAVA_OPTS="-Dtcc.kernels=true" adds kernel and ONNX node counts; -Dtcc.trace=true prints stack traces.
set -e
mvn -B -ntp -q -o test-compile -pl runtime -am >/tmp/opencl-smoke-build.$$ 2>&1 || { grep -E "ERROR" /tmp/opencl-smoke-build.$$ | head -30; exit 1; }
M=~/.m2/repository
CP=runtime/target/test-classes:runtime/target/classes:passes/target/classes:ir/target/classes:codegen-opencl/target/classes
CP=$CP:codegen-common/target/classes:frontend/target/classes
for j in com/google/protobuf/protobuf-java/4.36.2/protobuf-java-4.36.2.jar org/antlr/antlr4-runtime/4.13.2/antlr4-runtime-4.13.2.jar \
         org/lwjgl/lwjgl/3.4.3/lwjgl-3.4.3.jar org/lwjgl/lwjgl/3.4.3/lwjgl-3.4.3-natives-linux.jar \
         org/lwjgl/lwjgl-opencl/3.4.3/lwjgl-opencl-3.4.3.jar com/google/code/gson/gson/2.13.2/gson-2.13.2.jar; do
  CP=$CP:$M/$j
done
exec java --enable-native-access=ALL-UNNAMED -Dorg.lwjgl.system.memoryBackend=ffm -Xss16m $JAVA_OPTS -cp "$CP" dev.tcc.runtime.exec.OpenClSmoke "$@"
