#!/usr/bin/env bash
# The tcc command. Builds tcc on first use (and whenever a source is newer than the built jar), then runs it.
# Usage: ./tcc --help
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
JAR="$ROOT/cli/target/tcc-cli-0.1.0-SNAPSHOT-all.jar"

if [ -d /usr/lib/jvm/temurin-25-jdk-amd64 ]; then
  export JAVA_HOME=/usr/lib/jvm/temurin-25-jdk-amd64
  # Maven's own libraries call sun.misc.Unsafe; JDK 25 warns about it on every build
  export MAVEN_OPTS="${MAVEN_OPTS:-} --sun-misc-unsafe-memory-access=allow"
fi
if [ -n "${JAVA_HOME:-}" ]; then
  export PATH="$JAVA_HOME/bin:$PATH"
fi

# True when the jar is missing or any build input (sources, resources, grammars, protos, poms) is newer.
needs_build() {
  [ -f "$JAR" ] || return 0
  local newer
  newer=$(cd "$ROOT" && find pom.xml */pom.xml */src/main -newer "$JAR" -type f -print -quit 2>/dev/null || true)
  [ -n "$newer" ]
}

if needs_build; then
  command -v mvn >/dev/null 2>&1 || { echo "tcc: Maven (mvn) is needed to build tcc; install it (apt-get install maven)" >&2; exit 1; }
  lock="$ROOT/.tcc-build.lock"
  exec 9>"$lock"
  command -v flock >/dev/null 2>&1 && flock 9
  if needs_build; then   # another ./tcc may have built it while we waited for the lock
    echo "tcc: building (mvn package, first use or sources changed) ..." >&2
    if ! (cd "$ROOT" && mvn -B -ntp -q -DskipTests package 1>&2); then
      echo "tcc: the build failed; see the Maven output above" >&2
      exit 1
    fi
    touch "$JAR"
  fi
  exec 9>&-
fi

# Drivers install signal handlers over the JVM's, which its compiled code needs (implicit null checks raise SIGSEGV,
# integer division by zero SIGFPE): PoCL's LLVM takes SIGSEGV and PoCL SIGFPE on the first OpenCL query, NVIDIA's
# Vulkan driver SIGSEGV. The JDK's libjsig, preloaded, keeps the JVM's and chains to theirs (dev.tcc.runtime.SignalChaining).
jsig="$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")/lib/libjsig.so"
[ -f "$jsig" ] && export LD_PRELOAD="$jsig${LD_PRELOAD:+:$LD_PRELOAD}"
# NVIDIA's GL threaded-optimisation worker, loaded with its Vulkan driver (580), crashed the process on exit.
[ -e /proc/driver/nvidia/version ] && export __GL_THREADED_OPTIMIZATIONS="${__GL_THREADED_OPTIMIZATIONS:-0}"

exec java --enable-native-access=ALL-UNNAMED -Dorg.lwjgl.system.memoryBackend=ffm -Xss16m -jar "$JAR" "$@"
