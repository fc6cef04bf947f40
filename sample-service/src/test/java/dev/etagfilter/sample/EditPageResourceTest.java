package dev.etagfilter.sample;

import static dev.etagfilter.sample.TestClient.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import dev.etagfilter.sample.jersey.SampleServer;

/** GET / serves the edit page and its own files, and nothing else under /page/. */
class EditPageResourceTest {

  private static SampleServer server;
  private static TestClient http;

  @BeforeAll
  static void start() {
    server = SampleServer.start(SampleConfig.defaults().withPort(0).withJdbcUrl("jdbc:h2:mem:page;DB_CLOSE_DELAY=-1"));
    http = new TestClient(server.baseUri());
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  /** The page is HTML that may load only from its own origin, and the browser revalidates it on each load. */
  @Test
  void pageIsHtmlWithASameOriginContentSecurityPolicy() {
    HttpResponse<String> page = http.get("");

    assertEquals(200, page.statusCode());
    assertEquals("text/html;charset=utf-8", page.headers().firstValue("Content-Type").orElse(""));
    assertTrue(page.headers().firstValue("Content-Security-Policy").orElse("").startsWith("default-src 'self'"));
    assertEquals("no-cache", page.headers().firstValue("Cache-Control").orElse(""));
    assertTrue(page.body().contains("<script type=\"module\" src=\"page/edit-page.js\"></script>"), page.body());
  }

  /** Every script and the stylesheet the page loads is served with its own media type. */
  @Test
  void pageFilesAreServedWithTheirMediaTypes() {
    for (String script : new String[] {"edit-page.js", "items-api.js", "drafts.js", "item-fields.js", "item-form.js", "item-list.js", "messages.js",
        "history.js", "history-panel.js", "write-keys.js"}) {
      HttpResponse<String> js = http.get("page/" + script);
      assertEquals(200, js.statusCode(), script);
      assertEquals("text/javascript;charset=utf-8", js.headers().firstValue("Content-Type").orElse(""), script);
      assertEquals("nosniff", js.headers().firstValue("X-Content-Type-Options").orElse(""), script);
    }
    HttpResponse<String> css = http.get("page/edit-page.css");
    assertEquals("text/css;charset=utf-8", css.headers().firstValue("Content-Type").orElse(""));
  }

  /** A name that is not one of the page's files is a 404 problem, never a look into the classpath. */
  @Test
  void otherNamesUnderPageAreNotFound() {
    assertProblem(404, http.get("page/index.html"));
    assertProblem(404, http.get("page/logging.properties"));
    assertProblem(404, http.get("page/..%2Fweb%2Findex.html"));
  }
}
