package dev.etagfilter.micrometer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.etagfilter.ETagFeature;
import dev.etagfilter.testsupport.jersey.TestServer;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Meter;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Each precondition outcome, driven over HTTP against a real server, lands in its own counter of
 * {@code http.server.preconditions}, tagged by outcome, method and path template, and nowhere else.
 */
class PreconditionMetricsIT {

  private static final String NOTE = "/notes/{id}";

  private PrometheusMeterRegistry registry;
  private TestServer server;

  @BeforeEach
  void start() {
    registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    ETagFeature feature = ETagFeature.builder().listener(new PreconditionMetrics(registry)).withoutLogging().build();
    server = new TestServer(TestServer.jsonApp(feature, new NoteResource()));
  }

  @AfterEach
  void stop() {
    server.close();
  }

  /** A write whose If-Match names the current version proceeds, and counts as passed. */
  @Test
  void aCurrentIfMatchCountsAsPassed() {
    assertStatus(200, "PUT", "notes/1", "If-Match", "\"1\"");
    assertCountedOnlyOnce("passed", "PUT", NOTE);
  }

  /** A GET whose If-None-Match names the current tag gets 304, counted as not_modified. */
  @Test
  void aMatchingIfNoneMatchCountsAsNotModified() {
    assertStatus(304, "GET", "notes/1", "If-None-Match", "\"1\"");
    assertCountedOnlyOnce("not_modified", "GET", NOTE);
  }

  /** A write with a stale If-Match gets 412, counted as failed. */
  @Test
  void aStaleIfMatchCountsAsFailed() {
    assertStatus(412, "PUT", "notes/1", "If-Match", "\"7\"");
    assertCountedOnlyOnce("failed", "PUT", NOTE);
  }

  /** A write without If-Match where one is required gets 428, counted as missing. */
  @Test
  void aWriteWithoutPreconditionCountsAsMissing() {
    assertStatus(428, "PUT", "notes/1");
    assertCountedOnlyOnce("missing", "PUT", NOTE);
  }

  /** A conditional header that is no list of entity tags gets 400, counted as malformed. */
  @Test
  void aMalformedIfMatchCountsAsMalformed() {
    assertStatus(400, "PUT", "notes/1", "If-Match", "version-1");
    assertCountedOnlyOnce("malformed", "PUT", NOTE);
  }

  /** {@code If-Match: *} is the client's "overwrite anyway": let through, counted as forced. */
  @Test
  void ifMatchStarCountsAsForced() {
    assertStatus(200, "PUT", "notes/1", "If-Match", "*");
    assertCountedOnlyOnce("forced", "PUT", NOTE);
  }

  /** A report-only write without a precondition goes through unchecked, counted as unchecked. */
  @Test
  void aReportOnlyWriteWithoutPreconditionCountsAsUnchecked() {
    assertStatus(200, "PATCH", "notes/1");
    assertCountedOnlyOnce("unchecked", "PATCH", NOTE);
  }

  /** Prometheus renders the counter with the {@code _total} suffix and the three tags as labels. */
  @Test
  void prometheusShowsTheCounterWithItsTags() {
    assertStatus(412, "PUT", "notes/1", "If-Match", "\"7\"");
    assertStatus(412, "PUT", "notes/2", "If-Match", "\"7\"");
    assertStatus(428, "PUT", "notes/1");

    List<String> lines = registry.scrape().lines().toList();
    assertTrue(lines.contains("# TYPE http_server_preconditions_total counter"), String.join("\n", lines));
    assertTrue(lines.contains("http_server_preconditions_total{method=\"PUT\",outcome=\"failed\",uri=\"/notes/{id}\"} 2.0"),
        String.join("\n", lines));
    assertTrue(lines.contains("http_server_preconditions_total{method=\"PUT\",outcome=\"missing\",uri=\"/notes/{id}\"} 1.0"),
        String.join("\n", lines));
  }

  /** The uri tag is the path template: a hundred ids make one counter, and no id is ever a tag value. */
  @Test
  void rawIdsInPathsNeverBecomeTags() {
    for (int id = 1000; id < 1100; id++) {
      assertStatus(412, "PUT", "notes/" + id, "If-Match", "\"7\"");
      assertStatus(304, "GET", "notes/" + id, "If-None-Match", "\"1\"");
    }

    assertEquals(Map.of("failed PUT /notes/{id}", 100.0, "not_modified GET /notes/{id}", 100.0), counts());
    String scrape = registry.scrape();
    for (int id = 1000; id < 1100; id++) {
      assertFalse(scrape.contains("/notes/" + id), "raw path /notes/" + id + " in\n" + scrape);
    }
  }

  /** Sends {@code method} to {@code path} with a JSON body for writes and {@code headers} (name, value, ...). */
  private void assertStatus(int expected, String method, String path, String... headers) {
    String body = method.equals("GET") ? null : "{\"text\":\"edited\"}";
    assertEquals(expected, server.send(method, path, "application/json", body, headers).statusCode(), method + " " + path);
  }

  /** The counter of these tags is 1 and no other precondition counter counted anything. */
  private void assertCountedOnlyOnce(String outcome, String method, String uri) {
    assertEquals(Map.of(outcome + " " + method + " " + uri, 1.0), counts());
  }

  /** Every precondition counter with a non-zero count, as "outcome method uri" to count. */
  private Map<String, Double> counts() {
    Map<String, Double> counts = new TreeMap<>();
    for (Meter meter : registry.find(PreconditionMetrics.METRIC_NAME).meters()) {
      double count = ((Counter) meter).count();
      if (count > 0) {
        Meter.Id id = meter.getId();
        counts.put(id.getTag("outcome") + " " + id.getTag("method") + " " + id.getTag("uri"), count);
      }
    }
    return counts;
  }
}
