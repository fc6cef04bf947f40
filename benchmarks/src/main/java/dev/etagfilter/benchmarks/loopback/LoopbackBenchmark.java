package dev.etagfilter.benchmarks.loopback;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.etagfilter.benchmarks.Fixtures;
import dev.etagfilter.benchmarks.report.LoopbackSummary;
import dev.etagfilter.benchmarks.report.Target;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The end-to-end comparison: the same item resource served by Grizzly + Jersey in every {@link
 * Variant}, each on its own ephemeral loopback port in this JVM, loaded by wrk on another CPU. The
 * primary measure is the server's CPU time per request: this JVM's CPU time over a run (every
 * thread, {@link CpuMeter}) divided by the requests wrk completed. Run the JVM pinned to one CPU
 * and wrk to another ({@code taskset}, as {@code run-all.sh} does), so neither disturbs the other.
 *
 * <p>After one warm-up run per (scenario, variant), every round measures each scenario at each
 * concurrency against its variants, the order of the variants rotating from round to round, so
 * drift spreads over all of them and ratios are taken within a round. A round during which anything
 * else used the machine is recorded but not counted, and repeated. The rounds go on until every
 * target's 95 % interval is narrower than the half-width asked for (or a bound on rounds or time is
 * reached). Last, an allocation pass runs each cell once more on servers with the filter probe.
 *
 * <pre>
 * taskset -c 1 java -cp benchmarks/target/benchmarks.jar dev.etagfilter.benchmarks.loopback.LoopbackBenchmark \
 *     [--load-cpus 0] [--connections 16] [--min-rounds 6] [--max-rounds 30] [--seconds 4] [--out FILE]
 * </pre>
 */
public final class LoopbackBenchmark {

  static final String SMALL_ITEM = "item-1k";
  static final String LARGE_ITEM = "item-100k";
  private static final int SMALL_BYTES = 1024;
  private static final int LARGE_BYTES = 100 * 1024;

  /** Held here: java.util.logging keeps loggers weakly, and a collected logger forgets its level. */
  private static final Logger GLASSFISH_LOG = Logger.getLogger("org.glassfish");

  /**
   * wrk closes its connections when a timed run ends, while the server may still be writing a
   * 100 KB body: Jersey would log each of those broken pipes as SEVERE.
   */
  private static final Logger RESPONDER_LOG = Logger.getLogger("org.glassfish.jersey.server.ServerRuntime$Responder");

  /** Jersey warns that a registered resource instance is no provider, for every variant: true, and meant. */
  private static final Logger PROVIDERS_LOG = Logger.getLogger("org.glassfish.jersey.internal.inject.Providers");

  /** The feature's start-up audit lists every write path of every variant: not news here. */
  private static final Logger FEATURE_LOG = Logger.getLogger("dev.etagfilter");

  private final LoopbackOptions options;
  private final AllocationMeter meter = new AllocationMeter();
  private final CpuMeter cpu = new CpuMeter();
  private final ServerThreads threads = new ServerThreads();
  private final Map<Variant, Running> servers = new EnumMap<>(Variant.class);
  /** Per variant measured in pairs, the twin of its baseline that it is measured with (and nothing else is). */
  private final Map<Variant, Running> twins = new EnumMap<>(Variant.class);
  private final List<Measurement> results = new ArrayList<>();
  private final Wrk wrk;
  private final Path putBody;
  /** The allocation probe of the servers running now, or null. */
  private FilterAllocationProbe probe;

  private LoopbackBenchmark(LoopbackOptions options, Path workDir) throws IOException {
    this.options = options;
    this.wrk = new Wrk(workDir, options.loadCpus());
    this.putBody = workDir.resolve("put-body.json");
    Files.write(putBody, new ObjectMapper().writeValueAsBytes(Fixtures.itemOfSize("put", SMALL_BYTES)));
  }

  /** Runs the warm-up, the rounds and the allocation pass, and writes the results file and its summary. */
  public static void main(String[] args) throws IOException {
    LoopbackOptions options = LoopbackOptions.parse(args);
    Wrk.checkInstalled();
    GLASSFISH_LOG.setLevel(Level.WARNING);
    RESPONDER_LOG.setLevel(Level.OFF);
    FEATURE_LOG.setLevel(Level.WARNING);
    PROVIDERS_LOG.setLevel(Level.SEVERE);
    log("server JVM on CPUs %s, %d available to it; wrk on CPUs %s", allowedCpus(),
        Runtime.getRuntime().availableProcessors(), options.loadCpus().isEmpty() ? "(any)" : options.loadCpus());
    Path workDir = Files.createTempDirectory("etag-loopback");
    LoopbackBenchmark benchmark = new LoopbackBenchmark(options, workDir);
    try {
      benchmark.start(null);
      benchmark.warmUp();
      benchmark.measureRounds();
      benchmark.stop();
      benchmark.start(new FilterAllocationProbe());
      benchmark.allocationPass();
    } finally {
      benchmark.stop();
    }
    benchmark.write();
    System.out.println("wrote " + options.out());
    System.out.println(LoopbackSummary.of(benchmark.results).markdown());
  }

  /**
   * A server as the benchmark runs it: its variant's application, its own mapper (so the
   * serializations of two servers measured together are told apart) and the tags of its read items.
   */
  private record Running(Variant variant, VariantServer server, CountingJsonFactory json, Map<String, String> tags) {}

  /**
   * Starts a server per variant and checks its answers, with the probe around the feature's filters
   * if given; without it, also a twin of the baseline for each variant measured in pairs: the
   * baseline runs exactly as often as the variant then (one shared baseline, busy in every pair,
   * measured about 1 % cheaper than identical servers idle in between).
   */
  private void start(FilterAllocationProbe withProbe) {
    probe = withProbe;
    VariantCheck check = new VariantCheck();
    for (Variant variant : options.variants()) {
      servers.put(variant, launch(check, variant, String.format("v%02d-", variant.ordinal())));
    }
    if (probe != null) {
      return;
    }
    for (Variant variant : options.variants()) {
      Variant base = variant.base();
      boolean paired = options.scenarios().stream()
          .anyMatch(s -> s.paired() && base != null && s.appliesTo(variant) && s.appliesTo(base));
      if (paired) {
        twins.put(variant, launch(check, base, String.format("t%02d-", variant.ordinal())));
      }
    }
  }

  private Running launch(VariantCheck check, Variant variant, String threadPrefix) {
    CountingJsonFactory factory = new CountingJsonFactory();
    ObjectMapper mapper = new ObjectMapper(factory);
    ItemStore store = new ItemStore();
    store.seed(Fixtures.itemOfSize(SMALL_ITEM, SMALL_BYTES));
    store.seed(Fixtures.itemOfSize(LARGE_ITEM, LARGE_BYTES));
    // One PUT item per connection, and one for wrk's check of the script (put.lua).
    for (int i = 1; i <= options.maxConnections() + 1; i++) {
      store.seed(Fixtures.itemOfSize("put-" + i, SMALL_BYTES));
    }
    VariantServer server = new VariantServer(variant.application(store, mapper, probe), threadPrefix);
    Map<String, String> tags = new HashMap<>();
    tags.put(SMALL_ITEM, check.currentTag(variant, server.base(), SMALL_ITEM));
    tags.put(LARGE_ITEM, check.currentTag(variant, server.base(), LARGE_ITEM));
    if (Scenario.PUT_1K.appliesTo(variant)) {
      check.checkWrite(variant, server.base(), "put-1", putBody);
    }
    log("%s on %s, threads %s*%s", variant.label(), server.base(), threadPrefix,
        probe == null ? "" : " (with the allocation probe)");
    return new Running(variant, server, factory, tags);
  }

  private void warmUp() {
    int connections = options.maxConnections();
    for (Scenario scenario : options.scenarios()) {
      for (Variant variant : options.variants()) {
        if (scenario.appliesTo(variant)) {
          WrkResult result = start(scenario, servers.get(variant), connections, options.warmupSeconds()).await();
          log("warm-up %-16s %-18s %8.0f req/s", scenario.label(), variant.label(), result.throughput());
          Running twin = twins.get(variant);
          if (twin != null && scenario.paired()) {
            start(scenario, twin, connections, options.warmupSeconds()).await();
          }
        }
      }
    }
  }

  /** Clean rounds until every target is precise enough, or a bound is reached. */
  private void measureRounds() throws IOException {
    long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(options.maxMinutes());
    List<Variant> order = new ArrayList<>(options.variants());
    int clean = 0;
    for (int round = 1; clean < options.maxRounds(); round++) {
      if (clean >= options.minRounds() && precise()) {
        log("every target's interval is within ±%.1f %% after %d clean rounds", options.halfWidth() * 100, clean);
        return;
      }
      if (System.nanoTime() > deadline) {
        log("time bound of %d minutes reached after %d clean rounds", options.maxMinutes(), clean);
        return;
      }
      waitForQuiet();
      List<Measurement> round1 = new ArrayList<>();
      for (Scenario scenario : options.scenarios()) {
        for (int connections : options.connections()) {
          for (Variant variant : order) {
            if (!scenario.appliesTo(variant)) {
              continue;
            }
            Variant base = variant.base();
            if (scenario.paired() && twins.containsKey(variant) && scenario.appliesTo(base)) {
              // Alternate which of the two wrk processes starts first.
              round1.addAll(measurePair(round, scenario, base, variant, connections, round % 2 == 1));
            } else if (!scenario.paired() || !isPairedBase(scenario, variant)) {
              // A baseline is measured in its variants' pairs (through their twins of it), unless none pairs.
              round1.add(measureAlone(round, scenario, variant, connections, options.seconds()));
            }
          }
        }
      }
      double busiest = round1.stream().mapToDouble(Measurement::foreignCpus).max().orElse(0);
      boolean isClean = busiest <= options.maxForeignCpus();
      round1.forEach(m -> results.add(m.withClean(isClean)));
      if (isClean) {
        clean++;
        logTargets();
      } else {
        log("round %d not counted: other work used %.3f CPUs during one run (at most %.3f allowed)", round,
            busiest, options.maxForeignCpus());
      }
      // Rotate, so every variant is measured at a different position in the next round.
      order.add(order.remove(0));
      write();
    }
  }

  /** Whether every target that needs a precise interval has one. */
  private boolean precise() {
    return LoopbackSummary.of(results).targets(options.halfWidth()).stream()
        .filter(t -> t.requiredHalfWidth() > 0 && t.measured().present())
        .allMatch(Target::precise);
  }

  private void logTargets() {
    for (Target t : LoopbackSummary.of(results).targets(options.halfWidth())) {
      log("  %s: %s (%s) %s", t.name(), t.measured().format(4), t.measured().formatHalfWidth(), t.verdict());
    }
  }

  /**
   * Waits until nothing else uses the machine: two-second samples of every CPU's busy time less this
   * JVM's, until one shows at most the allowed foreign load, or the wait's bound has passed.
   */
  private void waitForQuiet() {
    long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(options.quietWaitMinutes());
    while (true) {
      CpuMeter.Reading before = cpu.read();
      sleep(2000);
      CpuMeter.Window window = CpuMeter.between(before, cpu.read());
      if (window.foreignCpus() <= options.maxForeignCpus()) {
        return;
      }
      if (System.nanoTime() > deadline) {
        log("machine still busy (%.2f CPUs of other work); measuring anyway, the round will show it",
            window.foreignCpus());
        return;
      }
      log("machine busy (%.2f CPUs of other work, load %s); waiting", window.foreignCpus(), loadAverage());
      sleep(20_000);
    }
  }

  /** Each cell once more on the probed servers: filter allocation, exact, so one short run is enough. */
  private void allocationPass() throws IOException {
    for (Scenario scenario : options.scenarios()) {
      for (int connections : options.connections()) {
        for (Variant variant : options.variants()) {
          if (scenario.appliesTo(variant)) {
            // The new servers' first requests settle their own caches; their classes are compiled already.
            start(scenario, servers.get(variant), connections, 1).await();
            Measurement m = measureAlone(0, scenario, variant, connections, options.allocationSeconds());
            results.add(m);
            log("allocation %-16s c=%-2d %-18s filters %6.0f B/req, JVM %7.0f B/req", scenario.label(),
                connections, variant.label(), m.filterAllocatedPerRequest(), m.allocatedPerRequest());
          }
        }
      }
    }
    write();
  }

  /** Whether {@code variant} is the baseline of another variant of {@code scenario}: then it is measured in pairs. */
  private boolean isPairedBase(Scenario scenario, Variant variant) {
    return options.variants().stream().anyMatch(v -> v.base() == variant && scenario.appliesTo(v) && twins.containsKey(v));
  }

  /** One variant alone: the whole JVM's CPU time is its. */
  private Measurement measureAlone(int round, Scenario scenario, Variant variant, int connections, int seconds) {
    Running running = servers.get(variant);
    String prefix = running.server().threadPrefix();
    long allocatedBefore = meter.allocatedBytes();
    long serializationsBefore = running.json().serializations();
    long filterBefore = probe == null ? 0 : probe.allocatedBytes();
    ServerThreads.Usage ownBefore = threads.read(List.of(prefix)).get(prefix);
    CpuMeter.Reading cpuBefore = cpu.read();
    WrkResult r = start(scenario, running, connections, seconds).await();
    CpuMeter.Window w = CpuMeter.between(cpuBefore, cpu.read());
    ServerThreads.Usage own = threads.read(List.of(prefix)).get(prefix).since(ownBefore);
    double n = r.requests();
    double allocated = (meter.allocatedBytes() - allocatedBefore) / n;
    double serializations = (running.json().serializations() - serializationsBefore) / n;
    double filterAllocated = probe == null ? Double.NaN : (probe.allocatedBytes() - filterBefore) / n;
    Measurement m = new Measurement(options.fork(), round, true, scenario, variant, "-", connections, r.requests(),
        r.durationMicros() / 1e6, r.throughput(), r.p50Micros(), r.p99Micros(), r.bytes() / n, bodyBytes(scenario),
        w.serverNanos() / 1000.0 / n, own.cpuNanos() / 1000.0 / n, w.serverTickNanos() / 1000.0 / n,
        w.loadNanos() / 1000.0 / n, w.foreignCpus(), w.stealCpus(), allocated, filterAllocated, serializations,
        r.statusErrors() + r.socketErrors());
    logRun(m);
    return m;
  }

  /**
   * A variant and its baseline at the same time, each loaded by its own wrk, both servers sharing
   * the server's CPU: each gets its own threads' CPU time, and a share of the rest of the JVM's (the
   * garbage collector, the JIT compiler) in proportion to the bytes it allocated.
   */
  private List<Measurement> measurePair(
      int round, Scenario scenario, Variant base, Variant variant, int connections, boolean baseFirst) {
    Running baseRun = twins.get(variant);
    Running variantRun = servers.get(variant);
    List<String> prefixes = List.of(baseRun.server().threadPrefix(), variantRun.server().threadPrefix());
    long baseSerializations = baseRun.json().serializations();
    long variantSerializations = variantRun.json().serializations();
    Map<String, ServerThreads.Usage> before = threads.read(prefixes);
    CpuMeter.Reading cpuBefore = cpu.read();
    Wrk.Run first = start(scenario, baseFirst ? baseRun : variantRun, connections, options.seconds());
    Wrk.Run second = start(scenario, baseFirst ? variantRun : baseRun, connections, options.seconds());
    WrkResult firstResult = first.await();
    WrkResult secondResult = second.await();
    CpuMeter.Window w = CpuMeter.between(cpuBefore, cpu.read());
    Map<String, ServerThreads.Usage> after = threads.read(prefixes);
    WrkResult baseResult = baseFirst ? firstResult : secondResult;
    WrkResult variantResult = baseFirst ? secondResult : firstResult;
    ServerThreads.Usage baseOwn = after.get(prefixes.get(0)).since(before.get(prefixes.get(0)));
    ServerThreads.Usage variantOwn = after.get(prefixes.get(1)).since(before.get(prefixes.get(1)));
    long shared = Math.max(0, w.serverNanos() - baseOwn.cpuNanos() - variantOwn.cpuNanos());
    double allocated = baseOwn.allocatedBytes() + variantOwn.allocatedBytes();
    double baseShare = allocated > 0 ? baseOwn.allocatedBytes() / allocated : 0.5;
    double loadPerRequest = w.loadNanos() / 1000.0 / (baseResult.requests() + variantResult.requests());
    Measurement b = pairHalf(round, scenario, base, variant, connections, baseResult, baseOwn, shared * baseShare,
        baseRun.json().serializations() - baseSerializations, loadPerRequest, w);
    Measurement v = pairHalf(round, scenario, variant, base, connections, variantResult, variantOwn,
        shared * (1 - baseShare), variantRun.json().serializations() - variantSerializations, loadPerRequest, w);
    logRun(b);
    logRun(v);
    return List.of(b, v);
  }

  private Measurement pairHalf(int round, Scenario scenario, Variant variant, Variant partner, int connections,
      WrkResult r, ServerThreads.Usage own, double sharedNanos, long serializations, double loadPerRequest,
      CpuMeter.Window w) {
    double n = r.requests();
    return new Measurement(options.fork(), round, true, scenario, variant, partner.label(), connections, r.requests(),
        r.durationMicros() / 1e6, r.throughput(), r.p50Micros(), r.p99Micros(), r.bytes() / n, bodyBytes(scenario),
        (own.cpuNanos() + sharedNanos) / 1000.0 / n, own.cpuNanos() / 1000.0 / n, Double.NaN, loadPerRequest,
        w.foreignCpus(), w.stealCpus(), own.allocatedBytes() / n, Double.NaN, serializations / n,
        r.statusErrors() + r.socketErrors());
  }

  private static int bodyBytes(Scenario scenario) {
    return LARGE_ITEM.equals(scenario.itemId()) ? LARGE_BYTES : SMALL_BYTES;
  }

  private static void logRun(Measurement m) {
    log("round %2d %-16s c=%-2d %-18s %-18s %8.1f us/req cpu (own %6.1f) %8.0f req/s p50 %5d us p99 %6d us"
            + " alloc %7.0f B/req foreign %.3f",
        m.round(), m.scenario().label(), m.connections(), m.variant().label(),
        m.paired() ? "with " + m.partner() : "alone", m.cpuMicrosPerRequest(), m.ownCpuMicrosPerRequest(),
        m.throughput(), m.p50Micros(), m.p99Micros(), m.allocatedPerRequest(), m.foreignCpus());
  }

  private Wrk.Run start(Scenario scenario, Running running, int connections, int seconds) {
    URI base = running.server().base();
    if (scenario.write()) {
      return wrk.startWrite(base, putBody, connections, seconds);
    }
    String tag = scenario.conditional() ? running.tags().get(scenario.itemId()) : null;
    return wrk.startRead(URI.create(base + "/items/" + scenario.itemId()), tag, connections, seconds);
  }

  private void stop() {
    servers.values().forEach(r -> r.server().close());
    twins.values().forEach(r -> r.server().close());
    servers.clear();
    twins.clear();
  }

  /** Writes every measurement so far: a run cut short keeps its finished rounds. */
  private void write() throws IOException {
    Files.createDirectories(options.out().toAbsolutePath().getParent());
    List<String> lines = new ArrayList<>();
    lines.add(Measurement.CSV_HEADER);
    results.forEach(m -> lines.add(m.toCsv()));
    Files.write(options.out(), lines);
  }

  /** The CPUs this process may run on, as the kernel lists them. */
  private static String allowedCpus() {
    try {
      for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
        if (line.startsWith("Cpus_allowed_list:")) {
          return line.substring(line.indexOf(':') + 1).trim();
        }
      }
    } catch (IOException e) {
      // Not Linux: say so below.
    }
    return "(unknown)";
  }

  private static String loadAverage() {
    try {
      String[] f = Files.readString(Path.of("/proc/loadavg")).split(" ");
      return f[0] + " " + f[1] + " " + f[2];
    } catch (IOException e) {
      return "(unknown)";
    }
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static void log(String format, Object... args) {
    System.err.println(String.format(java.util.Locale.ROOT, format, args));
  }
}
