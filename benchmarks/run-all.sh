#!/usr/bin/env bash
# Builds the benchmarks, runs every one of them and regenerates the results in benchmarks/results:
# jmh.json (JMH), loopback.csv (wrk against Grizzly + Jersey), machine.txt, and from those
# jmh-summary.md, loopback-summary.md and throughput.svg. About 11 minutes on 2 cores.
# Needs wrk: apt-get install -y wrk
set -euo pipefail
cd "$(dirname "$0")/.."

command -v wrk >/dev/null || { echo "wrk is not installed: apt-get install -y wrk" >&2; exit 1; }

JAR=benchmarks/target/benchmarks.jar
OUT=benchmarks/results
mvn -B -q -pl benchmarks -am package -DskipTests
mkdir -p "$OUT"

{
  echo "date: $(date -u +%Y-%m-%dT%H:%M:%SZ)"
  echo "cores: $(nproc)"
  echo "cpu: $(lscpu | sed -n 's/^Model name: *//p')"
  echo "memory: $(free -g | awk '/^Mem:/ {print $2 " GiB"}')"
  echo "jdk: $(java -version 2>&1 | head -2 | tr '\n' ' ')"
  echo "wrk: $(wrk --version 2>&1 | head -1)"
  echo "load before: $(cut -d' ' -f1-3 /proc/loadavg)"
} > "$OUT/machine.txt"

# 1 and 2: header parsing and precondition evaluation; version and JSON-hash entity tags.
java -jar "$JAR" -prof gc -rf json -rff "$OUT/jmh.json" | tee "$OUT/jmh.log"

# 3: end to end over loopback HTTP, four variants, interleaved rounds.
java -Xms1g -Xmx1g -cp "$JAR" dev.etagfilter.benchmarks.loopback.LoopbackBenchmark --out "$OUT/loopback.csv" \
  2> "$OUT/loopback.log"

echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)" >> "$OUT/machine.txt"
java -cp "$JAR" dev.etagfilter.benchmarks.report.Report "$OUT"
