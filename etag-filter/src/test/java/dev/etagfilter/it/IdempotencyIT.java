package dev.etagfilter.it;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.etagfilter.ETagFeature;
import dev.etagfilter.testsupport.jersey.TestServer;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A retried write is recognised by its {@code Idempotency-Key}, not guessed from states: the same
 * key and request get the first answer again with no second write; the same key with another request
 * is 422; a key still in progress is 409; without a key, a stale {@code If-Match} stays a 412.
 */
class IdempotencyIT {

  private static final WidgetStore STORE = new WidgetStore();
  private static final List<String> LEDGER = new CopyOnWriteArrayList<>();
  private static final CountDownLatch SLOW_WRITE = new CountDownLatch(1);
  private static final CountDownLatch SLOW_WRITE_ENTERED = new CountDownLatch(1);
  private static TestServer server;

  /** Appends entries: a POST that, applied twice, would write twice. */
  @Path("ledger")
  @Produces(MediaType.APPLICATION_JSON)
  public static final class LedgerResource {
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response append(Map<String, String> entry, @jakarta.ws.rs.core.Context UriInfo uri) {
      if ("slow".equals(entry.get("text"))) {
        SLOW_WRITE_ENTERED.countDown();
        await(SLOW_WRITE);
      }
      LEDGER.add(entry.get("text"));
      int number = LEDGER.size();
      return Response.created(uri.getAbsolutePathBuilder().path(Integer.toString(number)).build())
          .entity(Map.of("number", number, "text", entry.get("text"))).build();
    }

    @GET
    public List<String> entries() {
      return LEDGER;
    }
  }

  @BeforeAll
  static void start() {
    server = new TestServer(TestServer.jsonApp(
        new WidgetResource(STORE), new LedgerResource(), ETagFeature.builder().withoutLogging().build()));
  }

  @AfterAll
  static void stop() {
    SLOW_WRITE.countDown();
    server.close();
  }

  @BeforeEach
  void seed() {
    STORE.clear();
    STORE.put(new Widget("a", "first", 3));
    LEDGER.clear();
  }

  private static HttpResponse<String> append(String text, String key) {
    HttpRequest.Builder post = server.request("ledger").header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString("{\"text\":\"" + text + "\"}"));
    if (key != null) {
      post.header("Idempotency-Key", key);
    }
    return server.send(post.build());
  }

  /** A PUT whose 200 was lost, sent again with its key, gets that 200 again; nothing is written twice. */
  @Test
  void retriedPutWithItsKeyGetsTheFirstAnswerAndWritesOnce() {
    HttpResponse<String> first =
        server.put("widgets/a", "{\"name\":\"second\"}", "If-Match", "\"3\"", "Idempotency-Key", "\"k-put-1\"");
    HttpResponse<String> retry =
        server.put("widgets/a", "{\"name\":\"second\"}", "If-Match", "\"3\"", "Idempotency-Key", "\"k-put-1\"");
    assertEquals(200, first.statusCode(), first.body());
    assertEquals(200, retry.statusCode(), retry.body());
    assertEquals(first.body(), retry.body());
    assertEquals(first.headers().firstValue("ETag"), retry.headers().firstValue("ETag"));
    assertEquals(first.headers().firstValue("Content-Type"), retry.headers().firstValue("Content-Type"));
    assertEquals(4, STORE.find("a").orElseThrow().getVersion(), "written once");
  }

  /** Without a key, the same stale If-Match is a 412: equal requests are not the same request. */
  @Test
  void sameWriteWithoutAKeyIsStillPreconditionFailed() {
    assertEquals(200, server.put("widgets/a", "{\"name\":\"second\"}", "If-Match", "\"3\"").statusCode());
    assertEquals(412, server.put("widgets/a", "{\"name\":\"second\"}", "If-Match", "\"3\"").statusCode());
  }

  /** A double-submitted POST creates one entry and both get the same 201 with its Location. */
  @Test
  void doubleSubmittedPostCreatesOnce() {
    HttpResponse<String> first = append("lamp", "k-post-1");
    HttpResponse<String> second = append("lamp", "k-post-1");
    assertEquals(201, first.statusCode());
    assertEquals(201, second.statusCode());
    assertEquals(first.headers().firstValue("Location"), second.headers().firstValue("Location"));
    assertArrayEquals(first.body().getBytes(), second.body().getBytes());
    assertEquals(List.of("lamp"), LEDGER);
  }

  /** The same key with a different request (another body) is 422, and nothing is written. */
  @Test
  void sameKeyWithAnotherRequestIsUnprocessable() {
    assertEquals(201, append("lamp", "k-post-2").statusCode());
    HttpResponse<String> reused = append("chair", "k-post-2");
    assertEquals(422, reused.statusCode());
    assertEquals("application/problem+json", reused.headers().firstValue("Content-Type").orElse(""));
    assertEquals(List.of("lamp"), LEDGER);
  }

  /** A key whose first request is still running gets 409; once it is done, the retry gets its answer. */
  @Test
  void keyInProgressIsConflict() throws Exception {
    CompletableFuture<HttpResponse<String>> slow = CompletableFuture.supplyAsync(() -> append("slow", "k-slow"));
    assertTrue(SLOW_WRITE_ENTERED.await(10, TimeUnit.SECONDS), "the first request reached the method");
    HttpResponse<String> during = append("slow", "k-slow");
    assertEquals(409, during.statusCode(), during.body());
    SLOW_WRITE.countDown();
    HttpResponse<String> done = slow.get(10, TimeUnit.SECONDS);
    assertEquals(201, done.statusCode());
    assertEquals(done.body(), append("slow", "k-slow").body());
    assertEquals(List.of("slow"), LEDGER);
  }

  /** A write that did not succeed keeps nothing: its key may be tried again. */
  @Test
  void failedWriteGivesItsKeyUp() {
    HttpResponse<String> stale =
        server.put("widgets/a", "{\"name\":\"x\"}", "If-Match", "\"1\"", "Idempotency-Key", "\"k-stale\"");
    assertEquals(412, stale.statusCode());
    STORE.put(new Widget("a", "first", 1));
    HttpResponse<String> again =
        server.put("widgets/a", "{\"name\":\"x\"}", "If-Match", "\"1\"", "Idempotency-Key", "\"k-stale\"");
    assertEquals(200, again.statusCode(), again.body());
  }

  /** A key that is not a short string is a 400 that says what to send; nothing is written. */
  @Test
  void malformedKeyIsBadRequest() {
    HttpResponse<String> response = append("lamp", "\"" + "x".repeat(300) + "\"");
    assertEquals(400, response.statusCode());
    assertTrue(response.body().contains("Idempotency-Key"), response.body());
    assertEquals(List.of(), LEDGER);
  }

  private static void await(CountDownLatch latch) {
    try {
      latch.await(20, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
