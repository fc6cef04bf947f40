package dev.etagfilter.benchmarks.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.etagfilter.benchmarks.Fixtures;
import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The JMH results file ({@code -rf json}) as Markdown: every benchmark's score and bytes allocated
 * per operation ({@code -prof gc}), and the ratio of the JSON-hash tag to plain serialization at
 * each size.
 */
public final class JmhSummary {

  private static final String HASH = "ETagComputationBenchmark.jsonHashTag";
  private static final String PLAIN = "ETagComputationBenchmark.plainSerialization";

  private final JsonNode results;

  private JmhSummary(JsonNode results) {
    this.results = results;
  }

  /** Reads a JMH JSON results file. */
  public static JmhSummary read(Path file) throws IOException {
    return new JmhSummary(new ObjectMapper().readTree(file.toFile()));
  }

  /** The tables, in Markdown. */
  public String markdown() {
    StringBuilder out = new StringBuilder();
    out.append("| benchmark | params | score ± error | B/op |\n|---|---|---|---|\n");
    Map<Integer, JsonNode> hash = new LinkedHashMap<>();
    Map<Integer, JsonNode> plain = new LinkedHashMap<>();
    for (JsonNode run : results) {
      String name = shortName(run.path("benchmark").asText());
      JsonNode primary = run.path("primaryMetric");
      out.append(String.format(Locale.ROOT, "| %s | %s | %s ± %s %s | %s |\n", name, params(run.path("params")),
          number(primary.path("score").asDouble()), number(primary.path("scoreError").asDouble()),
          primary.path("scoreUnit").asText(), number(allocation(run))));
      if (name.equals(HASH)) {
        hash.put(run.path("params").path("jsonBytes").asInt(), run);
      } else if (name.equals(PLAIN)) {
        plain.put(run.path("params").path("jsonBytes").asInt(), run);
      }
    }
    if (!hash.isEmpty()) {
      out.append("\n| target JSON size | JSON bytes | time: hash tag / plain serialization | B/op: hash tag |"
          + " B/op: plain | B/op beyond plain serialization and the body |\n|---|---|---|---|---|---|\n");
      for (Map.Entry<Integer, JsonNode> e : hash.entrySet()) {
        JsonNode base = plain.get(e.getKey());
        if (base == null) {
          continue;
        }
        int body = Fixtures.jsonLength(Fixtures.listOfSize(e.getKey()));
        double hashAlloc = allocation(e.getValue());
        double plainAlloc = allocation(base);
        out.append(String.format(Locale.ROOT, "| %d | %d | %.2f | %.0f | %.0f | %.0f |\n", e.getKey(), body,
            score(e.getValue()) / score(base), hashAlloc, plainAlloc, hashAlloc - plainAlloc - body));
      }
    }
    return out.toString();
  }

  private static double score(JsonNode run) {
    return run.path("primaryMetric").path("score").asDouble();
  }

  /** Bytes allocated per operation ({@code -prof gc}), or NaN without the profiler. */
  private static double allocation(JsonNode run) {
    for (Map.Entry<String, JsonNode> metric : run.path("secondaryMetrics").properties()) {
      if (metric.getKey().endsWith("gc.alloc.rate.norm")) {
        return metric.getValue().path("score").asDouble();
      }
    }
    return Double.NaN;
  }

  private static String shortName(String benchmark) {
    int method = benchmark.lastIndexOf('.');
    int type = benchmark.lastIndexOf('.', method - 1);
    return benchmark.substring(type + 1);
  }

  private static String params(JsonNode params) {
    StringBuilder out = new StringBuilder();
    params.properties().forEach(p -> out.append(out.length() > 0 ? ", " : "")
        .append(p.getKey()).append('=').append(p.getValue().asText()));
    return out.length() == 0 ? "" : out.toString();
  }

  private static String number(double value) {
    if (Double.isNaN(value)) {
      return "n/a";
    }
    return value >= 100 ? String.format(Locale.ROOT, "%,.0f", value) : String.format(Locale.ROOT, "%.2f", value);
  }
}
