#!/usr/bin/env bash
# The full conformance run, one command: every suite of ../shared/onnx-tests and every model of
# ../shared/models on the given targets (default: reference and opencl), with pass rates per tier.
# CI runs a fixed slice of this (cli's ConformanceSliceTest, OpenClConformanceTest); this is the whole thing.
# Usage: scripts/conformance-all.sh [TARGET...]      Output: target/conformance/<target>-<suite>.txt / .json
set -uo pipefail
cd "$(dirname "$0")/.."
SHARED=${TCC_SHARED:-../shared}
[ -d "$SHARED/onnx-tests" ] || { echo "conformance-all: $SHARED/onnx-tests not found (set TCC_SHARED)" >&2; exit 1; }
targets=("$@"); [ ${#targets[@]} -gt 0 ] || targets=(reference opencl)
out=target/conformance; mkdir -p "$out"
jobs=$(nproc 2>/dev/null || echo 2)
for t in "${targets[@]}"; do
  for suite in node simple pytorch-converted pytorch-operator light; do
    ./tcc conformance "$SHARED/onnx-tests/$suite" --target "$t" -j "$jobs" --json "$out/$t-$suite.json" > "$out/$t-$suite.txt"
    printf '%-10s %-18s %-40s ' "$t" "$suite" "$(tail -1 "$out/$t-$suite.txt")"
    python3 "$SHARED/tools/conf_rate.py" "$out/$t-$suite.txt" "$SHARED/onnx-tests/manifest.tsv" --suite "$suite"
  done
  ./tcc conformance "$SHARED/models" --target "$t" -j "$jobs" > "$out/$t-models.txt"
  printf '%-10s %-18s %s\n' "$t" "models" "$(tail -1 "$out/$t-models.txt")"
done
