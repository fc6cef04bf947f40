package dev.etagfilter.benchmarks.loopback;

import java.util.HashMap;
import java.util.Map;

/**
 * What one wrk run reports through {@code report.lua}.
 *
 * @param requests completed requests
 * @param durationMicros the run's length
 * @param bytes bytes read from the server (headers and bodies)
 * @param p50Micros median latency
 * @param p99Micros 99th percentile latency
 * @param statusErrors responses with a status of 400 or more
 * @param socketErrors connect, read, write and timeout errors
 */
record WrkResult(
    long requests, long durationMicros, long bytes, long p50Micros, long p99Micros, long statusErrors, long socketErrors) {

  private static final String PREFIX = "RESULT ";

  /** Parses the {@code RESULT key=value ...} line of wrk's output. */
  static WrkResult parse(String output) {
    for (String line : output.split("\n")) {
      if (line.startsWith(PREFIX)) {
        Map<String, Long> values = new HashMap<>();
        for (String pair : line.substring(PREFIX.length()).trim().split(" ")) {
          int eq = pair.indexOf('=');
          values.put(pair.substring(0, eq), Long.parseLong(pair.substring(eq + 1)));
        }
        return new WrkResult(values.get("requests"), values.get("duration_us"), values.get("bytes"),
            values.get("p50_us"), values.get("p99_us"), values.get("status_errors"), values.get("socket_errors"));
      }
    }
    throw new IllegalStateException("wrk printed no RESULT line:\n" + output);
  }

  /** Requests per second. */
  double throughput() {
    return requests * 1_000_000.0 / durationMicros;
  }
}
