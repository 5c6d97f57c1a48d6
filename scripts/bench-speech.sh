#!/usr/bin/env bash
# Speech benchmark: per-stream overhead, N concurrent real-time streams, onset-to-cancel latency.
# Usage: scripts/bench-speech.sh [streams=50] [seconds=30]   (figures: BENCHMARKS.md, "Speech")
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -o -q -pl connectors -am test-compile dependency:build-classpath \
    -Dmdep.outputFile=target/bench-classpath.txt -Dmdep.includeScope=test
"${JAVA_HOME:+$JAVA_HOME/bin/}java" --enable-native-access=ALL-UNNAMED -Xmx1g \
    -cp "connectors/target/test-classes:connectors/target/classes:$(cat connectors/target/bench-classpath.txt)" \
    cohost.connectors.speech.SpeechBench "$@"
