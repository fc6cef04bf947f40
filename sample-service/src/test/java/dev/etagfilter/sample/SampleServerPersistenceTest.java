package dev.etagfilter.sample;

import static dev.etagfilter.sample.TestClient.SHIRT;
import static dev.etagfilter.sample.TestClient.etag;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import dev.etagfilter.sample.jersey.SampleServer;

/** Edits survive a restart on the same H2 file: same item, same ETag. */
class SampleServerPersistenceTest {

  /** Write, stop the server, start a new one on the same file: GET returns the same body and ETag. */
  @Test
  void aRestartOnTheSameH2FileKeepsTheItemAndItsETag(@TempDir Path dir) {
    SampleConfig config =
        SampleConfig.defaults().withPort(0).withJdbcUrl("jdbc:h2:file:" + dir.resolve("items") + ";DB_CLOSE_ON_EXIT=FALSE");
    String path;
    HttpResponse<String> before;
    try (SampleServer first = SampleServer.start(config)) {
      TestClient http = new TestClient(first.baseUri());
      path = http.create(SHIRT);
      http.patch(path, "{\"size\":\"XL\"}", "If-Match", "\"1\"");
      before = http.get(path);
    }

    try (SampleServer second = SampleServer.start(config)) {
      HttpResponse<String> after = new TestClient(second.baseUri()).get(path);

      assertEquals(200, after.statusCode());
      assertEquals(before.body(), after.body());
      assertEquals("\"2\"", etag(after));
      assertEquals(etag(before), etag(after));
    }
  }
}
