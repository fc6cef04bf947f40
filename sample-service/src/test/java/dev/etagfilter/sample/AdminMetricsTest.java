package dev.etagfilter.sample;

import static dev.etagfilter.sample.TestClient.SHIRT;
import static dev.etagfilter.sample.TestClient.etag;
import static dev.etagfilter.sample.TestClient.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.etagfilter.sample.jersey.SampleServer;
import java.net.http.HttpResponse;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * GET /admin/metrics is Prometheus text with the library's precondition counter, {@code
 * http_server_preconditions_total}, tagged by outcome, method and path template: read here the way a
 * scraper reads it, sample by sample.
 */
class AdminMetricsTest {

  private static final String COUNTER = "http_server_preconditions_total";

  /** A 412, a 428, a 304 and a passed write each count once under their outcome, method and template. */
  @Test
  void eachOutcomeIsCountedUnderItsMethodAndPathTemplate() {
    try (SampleServer server = start("metrics-outcomes")) {
      TestClient http = new TestClient(server.baseUri());
      String path = http.create(SHIRT);
      String tag = etag(http.get(path));
      assertEquals(412, http.put(path, SHIRT, "If-Match", "\"99\"").statusCode());
      assertEquals(428, http.put(path, SHIRT).statusCode());
      assertEquals(304, http.get(path, "If-None-Match", tag).statusCode());
      assertEquals(200, http.put(path, SHIRT.replace("red", "blue"), "If-Match", tag).statusCode());

      assertEquals(Map.of(
              "failed PUT /items/{id}", 1.0,
              "missing PUT /items/{id}", 1.0,
              "not_modified GET /items/{id}", 1.0,
              "passed PUT /items/{id}", 1.0),
          preconditionCounts(scrape(http)));
    }
  }

  /** Counts add up per template: two items and three stale writes make one counter, and no id is a label. */
  @Test
  void rawIdsNeverBecomeLabels() {
    try (SampleServer server = start("metrics-ids")) {
      TestClient http = new TestClient(server.baseUri());
      String first = http.create(SHIRT);
      String second = http.create(SHIRT);
      http.put(first, SHIRT, "If-Match", "\"99\"");
      http.put(second, SHIRT, "If-Match", "\"99\"");
      http.delete(second, "If-Match", "\"99\"");

      List<Sample> samples = scrape(http);
      assertEquals(Map.of("failed PUT /items/{id}", 2.0, "failed DELETE /items/{id}", 1.0), preconditionCounts(samples));
      Set<String> ids = Set.of(first.substring("items/".length()), second.substring("items/".length()));
      for (Sample sample : samples) {
        sample.labels().values().forEach(value ->
            ids.forEach(id -> assertFalse(value.contains(id), "raw id " + id + " in " + sample)));
      }
    }
  }

  /** The scrape is the text exposition format, with the counter's TYPE line, next to /admin/conflicts. */
  @Test
  void theScrapeIsPrometheusText() {
    try (SampleServer server = start("metrics-format")) {
      TestClient http = new TestClient(server.baseUri());
      http.put(http.create(SHIRT), SHIRT);

      HttpResponse<String> scrape = http.get("admin/metrics");
      assertEquals(200, scrape.statusCode());
      // The media type and its parameters, in any order (Jersey writes them charset first).
      assertEquals(Set.of("text/plain", "version=0.0.4", "charset=utf-8"),
          Arrays.stream(scrape.headers().firstValue("Content-Type").orElse("").split(";"))
              .map(part -> part.trim().toLowerCase(Locale.ROOT))
              .collect(Collectors.toSet()));
      assertTrue(scrape.body().lines().anyMatch(("# TYPE " + COUNTER + " counter")::equals), scrape.body());
      assertEquals(1, json(http.get("admin/conflicts")).get("PUT /items/{id}").get("preconditionRequired").asLong());
    }
  }

  private static SampleServer start(String database) {
    return SampleServer.start(
        SampleConfig.defaults().withPort(0).withJdbcUrl("jdbc:h2:mem:" + database + ";DB_CLOSE_DELAY=-1"));
  }

  /** The precondition counter's samples as {@code "outcome METHOD template"} to value. */
  private static Map<String, Double> preconditionCounts(List<Sample> samples) {
    Map<String, Double> counts = new TreeMap<>();
    for (Sample sample : samples) {
      if (sample.name().equals(COUNTER)) {
        Map<String, String> labels = sample.labels();
        assertEquals(Set.of("outcome", "method", "uri"), labels.keySet(), sample.toString());
        counts.put(labels.get("outcome") + " " + labels.get("method") + " " + labels.get("uri"), sample.value());
      }
    }
    return counts;
  }

  private static List<Sample> scrape(TestClient http) {
    HttpResponse<String> response = http.get("admin/metrics");
    assertEquals(200, response.statusCode(), response.body());
    return response.body().lines()
        .filter(line -> !line.isBlank() && !line.startsWith("#"))
        .map(Sample::parse)
        .collect(Collectors.toList());
  }

  /**
   * One sample line of the text exposition format: {@code name{label="value",...} value}, label values
   * escaped with {@code \\}, {@code \"} and {@code \n}.
   */
  record Sample(String name, Map<String, String> labels, double value) {

    static Sample parse(String line) {
      int brace = line.indexOf('{');
      int space = line.indexOf(' ');
      if (brace < 0 || brace > space) {
        return new Sample(line.substring(0, space), Map.of(), value(line.substring(space + 1)));
      }
      Map<String, String> labels = new LinkedHashMap<>();
      int at = brace + 1;
      while (line.charAt(at) != '}') {
        int equals = line.indexOf("=\"", at);
        String label = line.substring(at, equals);
        StringBuilder value = new StringBuilder();
        at = equals + 2;
        for (char c = line.charAt(at); c != '"'; c = line.charAt(at)) {
          if (c == '\\') {
            char escaped = line.charAt(++at);
            value.append(escaped == 'n' ? '\n' : escaped);
          } else {
            value.append(c);
          }
          at++;
        }
        labels.put(label, value.toString());
        at++;
        if (line.charAt(at) == ',') {
          at++;
        }
      }
      return new Sample(line.substring(0, brace), labels, value(line.substring(at + 1).trim()));
    }

    private static double value(String text) {
      String number = text.split(" ")[0];
      return Double.parseDouble(number);
    }
  }
}
