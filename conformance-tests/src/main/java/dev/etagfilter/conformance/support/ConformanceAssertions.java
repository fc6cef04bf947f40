package dev.etagfilter.conformance.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The protocol, written once: each assertion states one rule about a response and, when it fails,
 * prints the whole exchange. Check bodies stay a few lines because the RFC lives here.
 */
public final class ConformanceAssertions {

  /** RFC 9457 section 3: the media type of a problem details body. */
  public static final String PROBLEM_JSON = "application/problem+json";

  private ConformanceAssertions() {}

  /** The status is exactly {@code expected}. */
  public static void assertStatus(int expected, Exchange exchange) {
    if (exchange.status() != expected) {
      fail("Expected status " + expected + ", got " + exchange.status() + "\n" + exchange);
    }
  }

  /** The status is 2xx. */
  public static void assertSuccessful(Exchange exchange) {
    if (!exchange.successful()) {
      fail("Expected a 2xx status, got " + exchange.status() + "\n" + exchange);
    }
  }

  /** The status is 4xx: the client's fault, said as such, never a 5xx (RFC 9110 15.5). */
  public static void assertClientError(Exchange exchange) {
    if (exchange.status() < 400 || exchange.status() > 499) {
      fail("Expected a 4xx status, got " + exchange.status() + "\n" + exchange);
    }
  }

  /** Not a 5xx: bad input is the client's error, never the server's (RFC 9110 15.6). */
  public static void assertNoServerError(Exchange exchange) {
    if (exchange.status() >= 500) {
      fail("Bad input caused a server error " + exchange.status() + "\n" + exchange);
    }
  }

  /**
   * Exactly one {@code ETag} header, a well-formed and strong entity tag (RFC 9110 8.8.3): a weak
   * one could never satisfy {@code If-Match} (13.1.1), so no write could be made.
   */
  public static String assertStrongETag(Exchange exchange) {
    List<String> etags = exchange.headers("ETag");
    if (etags.size() != 1) {
      fail("Expected exactly one ETag header, got " + etags.size() + "\n" + exchange);
    }
    String etag = etags.get(0);
    assertTrue(EntityTags.wellFormed(etag), () -> "ETag is not an RFC 9110 8.8.3 entity-tag: " + etag + "\n" + exchange);
    assertTrue(!EntityTags.weak(etag), () -> "ETag is weak, so If-Match can never match it: " + etag + "\n" + exchange);
    return etag;
  }

  /** RFC 9110 15.4.5: 304, the current {@code ETag}, and no content. */
  public static void assertNotModified(Exchange exchange, String currentETag) {
    assertStatus(304, exchange);
    assertEquals(currentETag, exchange.etag(), () -> "A 304 must carry the current ETag\n" + exchange);
    assertEquals("", exchange.body(), () -> "A 304 must have no content\n" + exchange);
  }

  /**
   * 412 with the current representation as body and its {@code ETag}, exactly as a GET returns them,
   * so the client can show what changed without another request.
   */
  public static void assertPreconditionFailedWithCurrent(Exchange exchange, Snapshot current) {
    assertStatus(412, exchange);
    assertEquals(current.etag(), exchange.etag(), () -> "A 412 must carry the current ETag\n" + exchange);
    assertTrue(Json.same(current.body(), exchange.body()),
        () -> "A 412 must carry the current representation, as GET returns it:\n  " + current.body() + "\n" + exchange);
  }

  /** {@code status} with an RFC 9457 problem details body: a JSON object whose status, if any, agrees. */
  public static void assertProblem(Exchange exchange, int status) {
    assertStatus(status, exchange);
    assertEquals(PROBLEM_JSON, exchange.mediaType(), () -> "Expected a problem details body (RFC 9457)\n" + exchange);
    JsonNode problem = Json.parse(exchange.body()).filter(JsonNode::isObject)
        .orElseThrow(() -> new AssertionError("A problem details body must be a JSON object\n" + exchange));
    if (problem.has("status")) {
      assertEquals(status, problem.get("status").asInt(), () -> "The problem's status disagrees with the response\n" + exchange);
    }
  }

  /** A fresh GET shows the same ETag and the same representation as {@code before}. */
  public static void assertNothingWritten(Service service, Snapshot before) {
    Exchange now = service.send(Request.get(before.path()));
    assertStatus(200, now);
    assertEquals(before.etag(), now.etag(), () -> "A refused request changed the ETag\n" + now);
    assertTrue(Json.same(before.body(), now.body()),
        () -> "A refused request changed the resource; before:\n  " + before.body() + "\nnow: " + now);
  }

  /** A fresh GET finds nothing: the refused request did not create {@code path}. */
  public static void assertNothingCreated(Service service, String path) {
    assertStatus(404, service.send(Request.get(path)));
  }

  /** The response's ETag is the one a following GET returns, and it differs from {@code previous}. */
  public static Snapshot assertCarriesNewETag(Service service, Exchange write, String previous) {
    String sent = assertStrongETag(write);
    Snapshot now = service.read(write.request().path());
    assertEquals(now.etag(), sent, () -> "The write's ETag is not the one GET returns after it\n" + write);
    assertNotEquals(previous, sent, () -> "A change kept the old ETag\n" + write);
    return now;
  }

  /**
   * Of writes that all sent the same {@code If-Match}, exactly one succeeded and every other got 412:
   * the compare-and-set happened where the write happened. Returns the winner.
   */
  public static Exchange assertExactlyOneWinner(List<Exchange> race) {
    List<Exchange> winners = race.stream().filter(Exchange::successful).toList();
    List<Exchange> others = race.stream().filter(e -> !e.successful() && e.status() != 412).toList();
    if (winners.size() != 1 || !others.isEmpty()) {
      Map<Integer, Long> statuses =
          race.stream().collect(Collectors.groupingBy(Exchange::status, TreeMap::new, Collectors.counting()));
      fail(race.size() + " clients sent the same If-Match at once: expected exactly one 2xx and "
          + (race.size() - 1) + " x 412, got statuses " + statuses
          + (winners.size() > 1 ? "\nsecond winner: " + winners.get(1) : "")
          + (others.isEmpty() ? "" : "\nunexpected: " + others.get(0)));
    }
    return winners.get(0);
  }
}
