package dev.etagfilter.benchmarks.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Iterator;
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
    Map<String, Double> hash = new LinkedHashMap<>();
    Map<String, Double> plain = new LinkedHashMap<>();
    for (JsonNode run : results) {
      String name = shortName(run.path("benchmark").asText());
      String params = params(run.path("params"));
      JsonNode primary = run.path("primaryMetric");
      double score = primary.path("score").asDouble();
      out.append(String.format(Locale.ROOT, "| %s | %s | %s ± %s %s | %s |\n", name, params, number(score),
          number(primary.path("scoreError").asDouble()), primary.path("scoreUnit").asText(), allocation(run)));
      if (name.endsWith(HASH)) {
        hash.put(params, score);
      } else if (name.endsWith(PLAIN)) {
        plain.put(params, score);
      }
    }
    if (!hash.isEmpty()) {
      out.append("\n| JSON size | JSON-hash tag / plain serialization |\n|---|---|\n");
      for (Map.Entry<String, Double> e : hash.entrySet()) {
        Double base = plain.get(e.getKey());
        if (base != null) {
          out.append(String.format(Locale.ROOT, "| %s | %.2f |\n", e.getKey(), e.getValue() / base));
        }
      }
    }
    return out.toString();
  }

  private static String allocation(JsonNode run) {
    Iterator<Map.Entry<String, JsonNode>> metrics = run.path("secondaryMetrics").fields();
    while (metrics.hasNext()) {
      Map.Entry<String, JsonNode> metric = metrics.next();
      if (metric.getKey().endsWith("gc.alloc.rate.norm")) {
        return String.format(Locale.ROOT, "%.0f", metric.getValue().path("score").asDouble());
      }
    }
    return "n/a";
  }

  private static String shortName(String benchmark) {
    int method = benchmark.lastIndexOf('.');
    int type = benchmark.lastIndexOf('.', method - 1);
    return benchmark.substring(type + 1);
  }

  private static String params(JsonNode params) {
    StringBuilder out = new StringBuilder();
    params.fields().forEachRemaining(p -> out.append(out.length() > 0 ? ", " : "")
        .append(p.getKey()).append('=').append(p.getValue().asText()));
    return out.length() == 0 ? "" : out.toString();
  }

  private static String number(double value) {
    return value >= 100 ? String.format(Locale.ROOT, "%,.0f", value) : String.format(Locale.ROOT, "%.2f", value);
  }
}
