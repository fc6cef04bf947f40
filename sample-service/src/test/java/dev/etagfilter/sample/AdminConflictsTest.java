package dev.etagfilter.sample;

import static dev.etagfilter.sample.TestClient.SHIRT;
import static dev.etagfilter.sample.TestClient.json;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import dev.etagfilter.sample.jersey.SampleServer;

/** GET /admin/conflicts reports the library's per-resource counts. */
class AdminConflictsTest {

  /** Each 412, 428 and forced override is counted under its method and path template. */
  @Test
  void conflictsAreCountedPerResource() {
    try (SampleServer server = SampleServer.start(
        SampleConfig.defaults().withPort(0).withJdbcUrl("jdbc:h2:mem:admin;DB_CLOSE_DELAY=-1"))) {
      TestClient http = new TestClient(server.baseUri());
      String path = http.create(SHIRT);
      http.put(path, SHIRT);                                       // 428
      http.put(path, "{\"name\":\"a\",\"price\":1}", "If-Match", "\"1\"");
      http.put(path, "{\"name\":\"b\",\"price\":1}", "If-Match", "\"1\"");   // 412
      http.put(path, "{\"name\":\"c\",\"price\":1}", "If-Match", "\"1\"");   // 412
      http.delete(path, "If-Match", "\"1\"");                      // 412
      http.put(path, "{\"name\":\"d\",\"price\":1}", "If-Match", "*");       // forced override

      JsonNode counts = json(http.get("admin/conflicts"));

      JsonNode put = counts.get("PUT /items/{id}");
      assertEquals(2, put.get("preconditionFailed").asLong());
      assertEquals(1, put.get("preconditionRequired").asLong());
      assertEquals(1, put.get("forcedOverride").asLong());
      assertEquals(1, counts.get("DELETE /items/{id}").get("preconditionFailed").asLong());
    }
  }
}
