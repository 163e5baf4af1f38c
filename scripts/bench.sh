#!/usr/bin/env bash
# The benchmark command: builds bench/ and runs the JMH suite (tcc beside CLBlast, plain copies and ONNX Runtime on the
# OpenCL device), then writes the Markdown table and the PNG plot of tcc/peer ratios.
# Usage: scripts/bench.sh [--quick] [--tune BUDGET] [--out DIR] [FILTER] [JMH arguments...]
#   --quick  small sizes and one short iteration each (about 5 minutes); writes under target/bench/ instead of docs/bench/
#   --tune BUDGET  tune tcc's kernels of each case first (tcc tune's search, e.g. 60s per case); the table then also
#            shows the untuned kernel time
#   --out DIR  where the table and plot go (default docs/bench/, or target/bench/ with --quick)
#   FILTER   a JMH regular expression over benchmark names, e.g. 'GemmBench' or 'ModelBench.*' (default: everything)
# Set TCC_BENCH_DEVICE to pick the OpenCL device by id or name (default: the first GPU, else the first device).
set -euo pipefail
cd "$(dirname "$0")/.."

export JAVA_HOME=${TCC_JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
export PATH="$JAVA_HOME/bin:$PATH"
export MAVEN_OPTS="${MAVEN_OPTS:-} --sun-misc-unsafe-memory-access=allow"
export POCL_CACHE_DIR=${POCL_CACHE_DIR:-$PWD/target/pocl-cache}
mkdir -p "$POCL_CACHE_DIR"

command="scripts/bench.sh${*:+ $*}"
out=docs/bench
jmh=(-wi 2 -i 3 -w 1s -r 2s -f 1)
if [ "${1:-}" = --quick ]; then
  shift
  out=target/bench
  jmh=(-wi 1 -i 1 -w 1s -r 1s -f 1 -p mkn=512x512x512,128x768x3072,1x4096x4096 -p n=4194304 -p schemeMkn=int8-1x4096x4096)
fi
tune=
if [ "${1:-}" = --tune ]; then tune=$2; shift 2; fi
if [ "${1:-}" = --out ]; then out=$2; shift 2; fi
filter=${1:-.}
[ $# -gt 0 ] && shift

mvn -B -ntp -q -pl bench -am -DskipTests -Dtcc.bench.jar.skip=false package
mkdir -p target/bench
rm -f target/bench/tuning.json   # the cases' tuning records (--tune): searched afresh in every run
java --enable-native-access=ALL-UNNAMED --sun-misc-unsafe-memory-access=allow -Dorg.lwjgl.system.memoryBackend=ffm -Dtcc.bench.device="${TCC_BENCH_DEVICE:-}" \
  -Dtcc.bench.tune="$tune" -jar bench/target/benchmarks.jar "$filter" "${jmh[@]}" "$@" -rf json -rff target/bench/results.json
java --enable-native-access=ALL-UNNAMED -Dorg.lwjgl.system.memoryBackend=ffm -Djava.awt.headless=true -Dtcc.bench.device="${TCC_BENCH_DEVICE:-}" \
  -Dtcc.bench.tune="$tune" -cp bench/target/benchmarks.jar dev.tcc.bench.Report target/bench/results.json "$out" "$command"
