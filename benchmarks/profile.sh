#!/usr/bin/env bash
# Profiles one variant in one scenario with JDK Flight Recorder and writes where the server's CPU
# samples go to benchmarks/results/profiles/<variant>-<scenario>.md (ProfileSummary); the recording
# itself (.jfr, a few MB, for `jfr print` or JDK Mission Control) stays beside it, untracked.
# Usage: benchmarks/profile.sh VERSION_ETAG PUT_1K   (variants and scenarios: see README.md)
# About two minutes each. Needs wrk and taskset, like run-all.sh; build first:
#   mvn -B -q -pl benchmarks -am package -DskipTests
set -euo pipefail
cd "$(dirname "$0")/.."
[ $# -eq 2 ] || { echo "usage: $0 VARIANT SCENARIO" >&2; exit 2; }
VARIANT=$1
SCENARIO=$2
JAR=benchmarks/target/benchmarks.jar
OUT=benchmarks/results/profiles
NAME=$(echo "$VARIANT-$SCENARIO" | tr 'A-Z_' 'a-z-')
mkdir -p "$OUT"
taskset -c "${SERVER_CPU:-1}" java -XX:+UseSerialGC -Xms1g -Xmx1g \
  -XX:StartFlightRecording=filename="$OUT/$NAME.jfr",settings=profile \
  -cp "$JAR" dev.etagfilter.benchmarks.loopback.LoopbackBenchmark --load-cpus "${LOAD_CPU:-0}" \
  --variants "$VARIANT" --scenarios "$SCENARIO" --min-rounds 3 --max-rounds 3 --seconds 8 \
  --out "$OUT/$NAME.csv" > /dev/null 2> "$OUT/$NAME.log"
java -cp "$JAR" dev.etagfilter.benchmarks.report.ProfileSummary "$OUT/$NAME.jfr" "$VARIANT, $SCENARIO" > "$OUT/$NAME.md"
cat "$OUT/$NAME.md"
