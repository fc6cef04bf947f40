#!/usr/bin/env bash
# Builds the benchmarks, runs every one of them and regenerates benchmarks/results and
# benchmarks/RESULTS.md: jmh.json (JMH), loopback.csv (wrk against Grizzly + Jersey), machine.txt,
# the logs, and from those jmh-summary.md, loopback-summary.md, cpu.svg and RESULTS.md (with the
# hand-written analysis in NOTES.md). About 30 to 45 minutes on 2 cores, most of it the loopback
# rounds, which go on until every target's interval is within ±1 %.
#
# The server JVM runs on CPU $SERVER_CPU (default 1) and wrk on $LOAD_CPU (default 0). Measure on
# a quiet machine: the loopback benchmark waits for one before each round (QUIET_WAIT minutes at
# most, default 10) and does not count a round during which anything else used more than
# MAX_FOREIGN CPUs (default 0.05). Extra arguments go to the loopback benchmark (for example
# --max-rounds 10); SKIP_JMH=1 skips JMH.
# Needs wrk and taskset: apt-get install -y wrk util-linux
set -euo pipefail
cd "$(dirname "$0")/.."

command -v wrk >/dev/null || { echo "wrk is not installed: apt-get install -y wrk" >&2; exit 1; }
command -v taskset >/dev/null || { echo "taskset is not installed: apt-get install -y util-linux" >&2; exit 1; }

SERVER_CPU=${SERVER_CPU:-1}
LOAD_CPU=${LOAD_CPU:-0}
JAR=benchmarks/target/benchmarks.jar
OUT=benchmarks/results
# One CPU: SerialGC is what the JVM picks for itself there; said explicitly, so every run is alike.
SERVER_JVM="-XX:+UseSerialGC -Xms1g -Xmx1g"

mvn -B -q -pl benchmarks -am package -DskipTests
mkdir -p "$OUT"

busy() {
  # Processes with more than 5 % of a CPU (over their lifetime, as ps counts), other than this script.
  ps -eo pid,pcpu,comm --sort=-pcpu | awk -v self=$$ 'NR > 1 && $2 > 5 && $1 != self {printf "%s%s (%s %%)", sep, $3, $2; sep = ", "}'
}

{
  echo "date: $(date -u +%Y-%m-%dT%H:%M:%SZ)"
  echo "commit: $(git rev-parse --short HEAD)$(git diff --quiet HEAD -- etag-filter benchmarks/src || echo ' (with uncommitted changes)')"
  echo "cores: $(nproc)"
  echo "cpu: $(lscpu | sed -n 's/^Model name: *//p')"
  echo "memory: $(free -g | awk '/^Mem:/ {print $2 " GiB"}')"
  echo "jdk: $(java -version 2>&1 | head -1)"
  echo "server jvm: $SERVER_JVM"
  echo "wrk: $(wrk --version 2>&1 | head -1 | cut -d' ' -f1-2)"
  echo "server cpus: $SERVER_CPU"
  echo "load cpus: $LOAD_CPU"
  echo "load before: $(cut -d' ' -f1-3 /proc/loadavg)"
  echo "busy processes: $(busy)"
} > "$OUT/machine.txt"

if [ "${SKIP_JMH:-0}" != 1 ]; then
  # 1 and 2: header parsing and precondition evaluation; version and JSON-hash entity tags.
  taskset -c "$SERVER_CPU" java -jar "$JAR" -prof gc -rf json -rff "$OUT/jmh.json" | tee "$OUT/jmh.log"
fi

# 3: end to end over loopback HTTP: server CPU per request. Each variant measured against its baseline in
# a JVM of their own (a fork), so that no other variant's code shapes what the JIT compiler makes of the
# shared code; rounds until every interval is within ±1 %. Then the conditional GETs, each variant alone, in
# at least 12 rounds: their targets (a 304 at least 5 times cheaper than its 200) ask for no set precision.
rm -f "$OUT"/loopback*.csv
: > "$OUT/loopback.log"
GATE=(--max-foreign "${MAX_FOREIGN:-0.05}" --quiet-wait "${QUIET_WAIT:-10}")
for variant in BARE_AGAIN VERSION_ETAG VERSION_HEADER_PARAMS HASH_ETAG HAND_WRITTEN UNGOVERNED VERSION_ETAG_MANY; do
  base=BARE
  [ "$variant" = VERSION_ETAG_MANY ] && base=BARE_MANY
  fork=$(echo "$variant" | tr 'A-Z_' 'a-z-')
  echo "== fork $fork" >> "$OUT/loopback.log"
  # shellcheck disable=SC2086
  taskset -c "$SERVER_CPU" java $SERVER_JVM -cp "$JAR" dev.etagfilter.benchmarks.loopback.LoopbackBenchmark \
    --load-cpus "$LOAD_CPU" --variants "$base,$variant" --scenarios GET_200_1K,PUT_1K "${GATE[@]}" \
    --out "$OUT/loopback-$fork.csv" "$@" > /dev/null 2>> "$OUT/loopback.log"
done
echo "== fork conditional" >> "$OUT/loopback.log"
# shellcheck disable=SC2086
taskset -c "$SERVER_CPU" java $SERVER_JVM -cp "$JAR" dev.etagfilter.benchmarks.loopback.LoopbackBenchmark \
  --load-cpus "$LOAD_CPU" --variants BARE,VERSION_ETAG,HASH_ETAG,HASH_READ_CONDITION,HASH_READ_CONDITION_HEADER_PARAMS,HAND_WRITTEN \
  --scenarios GET_304_1K,GET_200_100K,GET_304_100K --min-rounds 12 "${GATE[@]}" \
  --out "$OUT/loopback-conditional.csv" "$@" > /dev/null 2>> "$OUT/loopback.log"

echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)" >> "$OUT/machine.txt"
java -cp "$JAR" dev.etagfilter.benchmarks.report.Report "$OUT"
