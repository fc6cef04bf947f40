package dev.etagfilter.benchmarks.loopback;

import java.util.Locale;

/**
 * One run of one scenario against one variant: a row of the results file.
 *
 * @param round the round, from 1; every round runs every variant once per scenario
 * @param scenario what was requested
 * @param variant which server answered
 * @param connections concurrent connections
 * @param throughput requests per second
 * @param p50Micros median latency
 * @param p99Micros 99th percentile latency
 * @param bytesPerRequest bytes the client read per request (headers and body)
 * @param bodyBytes the JSON length of the representation the request is about
 * @param allocatedPerRequest heap bytes the server JVM allocated per request
 * @param filterAllocatedPerRequest heap bytes allocated inside the feature's filters per request
 * @param serializationsPerRequest JSON serializations per request, counted by the mapper
 * @param errors responses of 400 and more plus socket errors
 */
public record Measurement(
    int round,
    Scenario scenario,
    Variant variant,
    int connections,
    double throughput,
    long p50Micros,
    long p99Micros,
    double bytesPerRequest,
    int bodyBytes,
    double allocatedPerRequest,
    double filterAllocatedPerRequest,
    double serializationsPerRequest,
    long errors) {

  /** The header line of the results file. */
  public static final String CSV_HEADER =
      "round,scenario,variant,connections,throughput_rps,p50_us,p99_us,bytes_per_request,body_bytes,"
          + "allocated_bytes_per_request,filter_allocated_bytes_per_request,serializations_per_request,errors";

  /** This measurement as a line of the results file. */
  public String toCsv() {
    return String.format(Locale.ROOT, "%d,%s,%s,%d,%.1f,%d,%d,%.1f,%d,%.1f,%.1f,%.3f,%d",
        round, scenario.label(), variant.label(), connections, throughput, p50Micros, p99Micros,
        bytesPerRequest, bodyBytes, allocatedPerRequest, filterAllocatedPerRequest, serializationsPerRequest, errors);
  }

  /** Parses a line written by {@link #toCsv()}. */
  public static Measurement fromCsv(String line) {
    String[] f = line.split(",");
    return new Measurement(Integer.parseInt(f[0]), Scenario.ofLabel(f[1]), Variant.ofLabel(f[2]),
        Integer.parseInt(f[3]), Double.parseDouble(f[4]), Long.parseLong(f[5]), Long.parseLong(f[6]),
        Double.parseDouble(f[7]), Integer.parseInt(f[8]), Double.parseDouble(f[9]), Double.parseDouble(f[10]),
        Double.parseDouble(f[11]), Long.parseLong(f[12]));
  }
}
