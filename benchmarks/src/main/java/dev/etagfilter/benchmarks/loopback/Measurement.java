package dev.etagfilter.benchmarks.loopback;

import java.util.Locale;

/**
 * One run of one scenario against one variant: a row of the results file.
 *
 * @param fork the JVM the run was measured in (one per group of variants, see run-all.sh)
 * @param round the round, from 1; every round runs every variant once per scenario. Round 0 is the
 *     allocation pass, on servers with the filter probe, whose CPU figures are not used
 * @param clean whether the machine was quiet enough during the run's round (see {@link
 *     LoopbackOptions#maxForeignCpus()}); only clean rounds count
 * @param scenario what was requested
 * @param variant which server answered
 * @param partner the variant measured at the same time on the same CPU (the pair's other half),
 *     or {@code -} for a run alone
 * @param connections concurrent connections (of this variant's own wrk)
 * @param requests requests completed
 * @param seconds the run's length
 * @param throughput requests per second
 * @param p50Micros median latency
 * @param p99Micros 99th percentile latency
 * @param bytesPerRequest bytes the client read per request (headers and body)
 * @param bodyBytes the JSON length of the representation the request is about
 * @param cpuMicrosPerRequest the server's CPU time per request: alone, the whole JVM's (every
 *     thread, from schedstat); in a pair, this server's own threads' plus its share, by bytes
 *     allocated, of the threads no server owns (the garbage collector, the JIT compiler)
 * @param ownCpuMicrosPerRequest the CPU time of this server's own threads (selector and workers)
 *     per request
 * @param tickCpuMicrosPerRequest the JVM's CPU time per request from its 10 ms tick counters: a
 *     check of the first, alone; NaN in a pair
 * @param loadCpuMicrosPerRequest wrk's CPU time per request (ticks)
 * @param foreignCpus CPU used by anything else during the run, in CPUs (0.05 = 5 % of one)
 * @param stealCpus CPU time the hypervisor took during the run, in CPUs
 * @param allocatedPerRequest heap bytes the server JVM allocated per request
 * @param filterAllocatedPerRequest heap bytes allocated inside the feature's filters per request
 *     (round 0 only; NaN elsewhere)
 * @param serializationsPerRequest JSON serializations per request, counted by the mapper
 * @param errors responses of 400 and more plus socket errors
 */
public record Measurement(
    String fork,
    int round,
    boolean clean,
    Scenario scenario,
    Variant variant,
    String partner,
    int connections,
    long requests,
    double seconds,
    double throughput,
    long p50Micros,
    long p99Micros,
    double bytesPerRequest,
    int bodyBytes,
    double cpuMicrosPerRequest,
    double ownCpuMicrosPerRequest,
    double tickCpuMicrosPerRequest,
    double loadCpuMicrosPerRequest,
    double foreignCpus,
    double stealCpus,
    double allocatedPerRequest,
    double filterAllocatedPerRequest,
    double serializationsPerRequest,
    long errors) {

  /** The header line of the results file. */
  public static final String CSV_HEADER =
      "fork,round,clean,scenario,variant,partner,connections,requests,seconds,throughput_rps,p50_us,p99_us,"
          + "bytes_per_request,body_bytes,server_cpu_us_per_request,own_threads_cpu_us_per_request,"
          + "server_tick_cpu_us_per_request,load_cpu_us_per_request,"
          + "foreign_cpus,steal_cpus,allocated_bytes_per_request,filter_allocated_bytes_per_request,"
          + "serializations_per_request,errors";

  /** This measurement as a line of the results file. */
  public String toCsv() {
    return String.format(Locale.ROOT,
        "%s,%d,%b,%s,%s,%s,%d,%d,%.3f,%.1f,%d,%d,%.1f,%d,%.4f,%.4f,%.3f,%.3f,%.4f,%.4f,%.1f,%.1f,%.4f,%d",
        fork, round, clean, scenario.label(), variant.label(), partner, connections, requests, seconds, throughput,
        p50Micros, p99Micros, bytesPerRequest, bodyBytes, cpuMicrosPerRequest, ownCpuMicrosPerRequest,
        tickCpuMicrosPerRequest, loadCpuMicrosPerRequest,
        foreignCpus, stealCpus, allocatedPerRequest, filterAllocatedPerRequest, serializationsPerRequest, errors);
  }

  /** Parses a line written by {@link #toCsv()}. */
  public static Measurement fromCsv(String line) {
    String[] f = line.split(",");
    int i = 0;
    return new Measurement(f[i++], Integer.parseInt(f[i++]), Boolean.parseBoolean(f[i++]), Scenario.ofLabel(f[i++]),
        Variant.ofLabel(f[i++]), f[i++], Integer.parseInt(f[i++]), Long.parseLong(f[i++]),
        Double.parseDouble(f[i++]), Double.parseDouble(f[i++]), Long.parseLong(f[i++]), Long.parseLong(f[i++]),
        Double.parseDouble(f[i++]), Integer.parseInt(f[i++]), Double.parseDouble(f[i++]),
        Double.parseDouble(f[i++]), Double.parseDouble(f[i++]), Double.parseDouble(f[i++]),
        Double.parseDouble(f[i++]), Double.parseDouble(f[i++]), Double.parseDouble(f[i++]),
        Double.parseDouble(f[i++]), Double.parseDouble(f[i++]), Long.parseLong(f[i]));
  }

  /** Whether this run was one half of a pair. */
  public boolean paired() {
    return !"-".equals(partner);
  }

  /** A CPU-round measurement with its round marked clean or not. */
  Measurement withClean(boolean isClean) {
    return new Measurement(fork, round, isClean, scenario, variant, partner, connections, requests, seconds, throughput,
        p50Micros, p99Micros, bytesPerRequest, bodyBytes, cpuMicrosPerRequest, ownCpuMicrosPerRequest,
        tickCpuMicrosPerRequest, loadCpuMicrosPerRequest, foreignCpus, stealCpus, allocatedPerRequest,
        filterAllocatedPerRequest, serializationsPerRequest, errors);
  }
}
