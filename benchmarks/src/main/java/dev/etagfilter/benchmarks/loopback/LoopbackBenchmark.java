package dev.etagfilter.benchmarks.loopback;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.etagfilter.benchmarks.Fixtures;
import dev.etagfilter.benchmarks.report.LoopbackSummary;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The end-to-end comparison: the same item resource served by Grizzly + Jersey in every {@link
 * Variant}, each on its own ephemeral loopback port in this JVM, loaded by wrk. After one warm-up
 * run per (scenario, variant), every round measures each scenario at each concurrency against every
 * variant, the variants' order rotating from round to round, so drift on a shared machine spreads
 * over all of them and ratios are taken within a round.
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar dev.etagfilter.benchmarks.loopback.LoopbackBenchmark \
 *     [--rounds 3] [--seconds 3] [--warmup 4] [--connections 1,16] [--out benchmarks/results/loopback.csv]
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

  private final LoopbackOptions options;
  private final CountingJsonFactory json = new CountingJsonFactory();
  private final AllocationMeter meter = new AllocationMeter();
  private final FilterAllocationProbe probe = new FilterAllocationProbe();
  private final Map<Variant, VariantServer> servers = new EnumMap<>(Variant.class);
  private final Map<Variant, Map<String, String>> readTags = new EnumMap<>(Variant.class);
  private final Wrk wrk;
  private final Path putBody;

  private LoopbackBenchmark(LoopbackOptions options, Path workDir) throws IOException {
    this.options = options;
    this.wrk = new Wrk(workDir);
    this.putBody = workDir.resolve("put-body.json");
    Files.write(putBody, new ObjectMapper().writeValueAsBytes(Fixtures.itemOfSize("put", SMALL_BYTES)));
  }

  /** Runs every round and writes the results file and its summary. */
  public static void main(String[] args) throws IOException {
    LoopbackOptions options = LoopbackOptions.parse(args);
    Wrk.checkInstalled();
    GLASSFISH_LOG.setLevel(Level.WARNING);
    RESPONDER_LOG.setLevel(Level.OFF);
    Path workDir = Files.createTempDirectory("etag-loopback");
    LoopbackBenchmark benchmark = new LoopbackBenchmark(options, workDir);
    List<Measurement> results;
    try {
      benchmark.start();
      benchmark.warmUp();
      results = benchmark.measure();
    } finally {
      benchmark.stop();
    }
    Files.createDirectories(options.out().toAbsolutePath().getParent());
    List<String> lines = new ArrayList<>();
    lines.add(Measurement.CSV_HEADER);
    results.forEach(m -> lines.add(m.toCsv()));
    Files.write(options.out(), lines);
    System.out.println("wrote " + options.out());
    System.out.println(LoopbackSummary.of(results).markdown());
  }

  private void start() {
    ObjectMapper mapper = new ObjectMapper(json);
    VariantCheck check = new VariantCheck();
    for (Variant variant : options.variants()) {
      ItemStore store = new ItemStore();
      store.seed(Fixtures.itemOfSize(SMALL_ITEM, SMALL_BYTES));
      store.seed(Fixtures.itemOfSize(LARGE_ITEM, LARGE_BYTES));
      for (int i = 1; i <= options.maxConnections(); i++) {
        store.seed(Fixtures.itemOfSize("put-" + i, SMALL_BYTES));
      }
      VariantServer server = new VariantServer(variant.application(store, mapper, probe));
      servers.put(variant, server);
      Map<String, String> tags = new HashMap<>();
      tags.put(SMALL_ITEM, check.currentTag(variant, server.base(), SMALL_ITEM));
      tags.put(LARGE_ITEM, check.currentTag(variant, server.base(), LARGE_ITEM));
      readTags.put(variant, tags);
      check.checkWrite(variant, server.base(), "put-1", putBody);
      log("%s on %s", variant.label(), server.base());
    }
  }

  private void warmUp() {
    int connections = options.maxConnections();
    for (Scenario scenario : options.scenarios()) {
      for (Variant variant : options.variants()) {
        if (scenario.appliesTo(variant)) {
          WrkResult result = run(scenario, variant, connections, options.warmupSeconds());
          log("warm-up %-16s %-13s %8.0f req/s", scenario.label(), variant.label(), result.throughput());
        }
      }
    }
  }

  private List<Measurement> measure() {
    List<Measurement> results = new ArrayList<>();
    List<Variant> order = new ArrayList<>(options.variants());
    for (int round = 1; round <= options.rounds(); round++) {
      for (Scenario scenario : options.scenarios()) {
        for (int connections : options.connections()) {
          for (Variant variant : order) {
            if (scenario.appliesTo(variant)) {
              Measurement m = measureOne(round, scenario, variant, connections);
              results.add(m);
              log("round %d %-16s c=%-2d %-13s %8.0f req/s p50 %5d us p99 %6d us alloc %7.0f B/req filter %6.0f B/req ser %.2f",
                  round, scenario.label(), connections, variant.label(), m.throughput(), m.p50Micros(),
                  m.p99Micros(), m.allocatedPerRequest(), m.filterAllocatedPerRequest(), m.serializationsPerRequest());
            }
          }
        }
      }
      // Rotate, so every variant is measured at a different position in the next round.
      order.add(order.remove(0));
    }
    return results;
  }

  private Measurement measureOne(int round, Scenario scenario, Variant variant, int connections) {
    long allocatedBefore = meter.allocatedBytes();
    long serializationsBefore = json.serializations();
    long filterBefore = probe.allocatedBytes();
    WrkResult r = run(scenario, variant, connections, options.seconds());
    double allocated = (meter.allocatedBytes() - allocatedBefore) / (double) r.requests();
    double serializations = (json.serializations() - serializationsBefore) / (double) r.requests();
    double filterAllocated = (probe.allocatedBytes() - filterBefore) / (double) r.requests();
    int bodyBytes = scenario.itemId() != null && scenario.itemId().equals(LARGE_ITEM) ? LARGE_BYTES : SMALL_BYTES;
    return new Measurement(round, scenario, variant, connections, r.throughput(), r.p50Micros(), r.p99Micros(),
        r.bytes() / (double) r.requests(), bodyBytes, allocated, filterAllocated, serializations, r.statusErrors() + r.socketErrors());
  }

  private WrkResult run(Scenario scenario, Variant variant, int connections, int seconds) {
    URI base = servers.get(variant).base();
    if (scenario.write()) {
      return wrk.write(base, putBody, connections, seconds);
    }
    String tag = scenario.conditional() ? readTags.get(variant).get(scenario.itemId()) : null;
    return wrk.read(URI.create(base + "/items/" + scenario.itemId()), tag, connections, seconds);
  }

  private void stop() {
    servers.values().forEach(VariantServer::close);
  }

  private static void log(String format, Object... args) {
    System.err.println(String.format(java.util.Locale.ROOT, format, args));
  }
}
