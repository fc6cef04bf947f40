package dev.etagfilter.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.common.hash.Hashing;
import com.google.common.io.BaseEncoding;
import dev.etagfilter.ConflictStatistics;
import dev.etagfilter.ETagFeature;
import dev.etagfilter.PreconditionEvent;
import dev.etagfilter.testsupport.RawHttp;
import dev.etagfilter.testsupport.jersey.TestServer;
import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The feature in a real Jersey app on Grizzly: the shapes of 304, 400, 412 and 428, and the rules
 * users rely on, checked over HTTP.
 */
class ConditionalRequestsIT {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final WidgetStore STORE = new WidgetStore();
  private static final List<PreconditionEvent> EVENTS = new CopyOnWriteArrayList<>();
  private static ETagFeature feature;
  private static TestServer server;

  @BeforeAll
  static void start() {
    feature = ETagFeature.builder().listener(EVENTS::add).withoutLogging().build();
    server = new TestServer(TestServer.jsonApp(feature, new WidgetResource(STORE)));
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @BeforeEach
  void seed() {
    STORE.clear();
    STORE.put(new Widget("a", "first", 3));
    EVENTS.clear();
  }

  // ---- helpers: each test body states only its rule ----

  private static void assertProblem(HttpResponse<String> response, int status, String detailFragment) {
    assertEquals(status, response.statusCode(), response::body);
    assertEquals("application/problem+json", response.headers().firstValue("Content-Type").orElse(""));
    JsonNode problem = readJson(response.body());
    assertEquals(status, problem.get("status").asInt());
    assertTrue(problem.get("detail").asText().contains(detailFragment), () -> problem.get("detail").asText());
    assertFalse(response.headers().firstValue("ETag").isPresent(), "no ETag on an error");
  }

  private static void assertPreconditionFailedWithCurrent(HttpResponse<String> response, String path) {
    HttpResponse<String> get = server.get(path);
    assertEquals(412, response.statusCode(), response::body);
    assertEquals(get.body(), response.body(), "412 body is the current representation, as GET returns it");
    assertEquals(get.headers().firstValue("ETag"), response.headers().firstValue("ETag"));
  }

  private static void assertNotModified(HttpResponse<String> response, String etag) {
    assertEquals(304, response.statusCode());
    assertEquals("", response.body());
    assertEquals(etag, response.headers().firstValue("ETag").orElse(null));
    assertFalse(response.headers().firstValue("Content-Type").isPresent(), "304 has no Content-Type");
  }

  private static void assertUnchanged() {
    Widget stored = STORE.find("a").orElseThrow();
    assertEquals(3, stored.getVersion());
    assertEquals("first", stored.getName());
  }

  private static String etag(String path) {
    return server.get(path).headers().firstValue("ETag").orElseThrow();
  }

  /** A PUT of {} on widgets/a written byte for byte, for If-Match values HTTP clients refuse to send. */
  private static RawHttp.Response rawPutWithIfMatch(String ifMatch) {
    return RawHttp.send(server.base(), "PUT", "widgets/a", List.of(Map.entry("If-Match", ifMatch)),
        "application/json", "{}");
  }

  private static JsonNode readJson(String text) {
    try {
      return JSON.readTree(text);
    } catch (IOException e) {
      throw new AssertionError("not JSON: " + text, e);
    }
  }

  // ---- ETags on responses ----

  /** A versioned entity's ETag is its version, strong and quoted (RFC 9110 8.8.3). */
  @Test
  void ifMatchOnSeveralLinesReachesAHeaderParameterAsOneList() {
    // RFC 9110 5.3: the second line names the current version; a String parameter gets only the first
    // line from the runtime unless the lines are folded into one.
    RawHttp.Response reply = RawHttp.send(server.base(), "PUT", "widgets/a/by-headers",
        List.of(Map.entry("If-Match", "\"1\""), Map.entry("If-Match", "\"3\"")), "application/json",
        "{\"name\":\"second line\"}");
    assertEquals(200, reply.status(), reply.text());
    assertEquals("\"4\"", server.get("widgets/a").headers().firstValue("ETag").orElseThrow());
  }

  @Test
  void ifMatchOnSeveralLinesNamingNoCurrentVersionStillFails() {
    RawHttp.Response reply = RawHttp.send(server.base(), "PUT", "widgets/a/by-headers",
        List.of(Map.entry("If-Match", "\"1\""), Map.entry("If-Match", "\"2\"")), "application/json", "{}");
    assertEquals(412, reply.status(), reply.text());
  }

  @Test
  void getCarriesVersionETag() {
    HttpResponse<String> response = server.get("widgets/a");
    assertEquals(200, response.statusCode());
    assertEquals("\"3\"", response.headers().firstValue("ETag").orElseThrow());
  }

  /** A JSON-hash ETag is the SHA-256 of exactly the bytes the client received. */
  @Test
  void jsonHashETagIsTheHashOfTheBytesSent() {
    HttpResponse<String> response = server.get("widgets");
    byte[] digest = Hashing.sha256().hashBytes(response.body().getBytes(StandardCharsets.UTF_8)).asBytes();
    String expected = "\"" + BaseEncoding.base64Url().omitPadding().encode(digest, 0, 16) + "\"";
    assertEquals(expected, response.headers().firstValue("ETag").orElseThrow());
  }

  /** HEAD carries the same ETag as GET (RFC 9110 9.3.2). */
  @Test
  void headCarriesTheSameETagAsGet() {
    for (String path : List.of("widgets/a", "widgets", "widgets/a/hashed")) {
      HttpResponse<String> head = server.send(server.request(path).method("HEAD", HttpRequest.BodyPublishers.noBody()).build());
      assertEquals(200, head.statusCode());
      assertEquals(etag(path), head.headers().firstValue("ETag").orElseThrow());
    }
  }

  /** Reads never change the validator. */
  @Test
  void readsDoNotChangeTheETag() {
    String first = etag("widgets");
    server.get("widgets/a");
    assertEquals(first, etag("widgets"));
  }

  /** No ETag on a 404: errors describe no representation of the target. */
  @Test
  void errorResponsesCarryNoETag() {
    HttpResponse<String> response = server.get("widgets/missing");
    assertEquals(404, response.statusCode());
    assertFalse(response.headers().firstValue("ETag").isPresent());
  }

  /** A successful write carries the new ETag, so the next edit needs no GET. */
  @Test
  void successfulPutCarriesTheNewETag() {
    HttpResponse<String> response = server.put("widgets/a", "{\"name\":\"second\"}", "If-Match", "\"3\"");
    assertEquals(200, response.statusCode());
    assertEquals("\"4\"", response.headers().firstValue("ETag").orElseThrow());
    assertEquals(etag("widgets/a"), response.headers().firstValue("ETag").orElseThrow());
  }

  // ---- 304 ----

  /** If-None-Match with the current tag gives 304 with the ETag and no body (RFC 9110 15.4.5). */
  @Test
  void ifNoneMatchHitGivesNotModified() {
    assertNotModified(server.get("widgets/a", "If-None-Match", "\"3\""), "\"3\"");
    String listTag = etag("widgets");
    assertNotModified(server.get("widgets", "If-None-Match", listTag), listTag);
  }

  /** If-None-Match uses weak comparison: W/"3" matches "3" (RFC 9110 13.1.2). */
  @Test
  void ifNoneMatchComparesWeakly() {
    assertNotModified(server.get("widgets/a", "If-None-Match", "\"1\", W/\"3\""), "\"3\"");
  }

  /** A stale If-None-Match gives the full 200. */
  @Test
  void ifNoneMatchMissGivesFullResponse() {
    HttpResponse<String> response = server.get("widgets/a", "If-None-Match", "\"2\"");
    assertEquals(200, response.statusCode());
    assertTrue(response.body().contains("first"));
  }

  // ---- 428 and 400 ----

  /** A write without If-Match is refused with 428 and a problem body that says what to send (RFC 6585 3). */
  @Test
  void putWithoutIfMatchGetsPreconditionRequired() {
    assertProblem(server.put("widgets/a", "{\"name\":\"x\"}"), 428, "If-Match");
    assertUnchanged();
    assertEquals(PreconditionEvent.Type.PRECONDITION_REQUIRED, EVENTS.get(0).type());
    assertEquals("/widgets/{id}", EVENTS.get(0).pathTemplate());
  }

  /** DELETE is protected like PUT. */
  @Test
  void deleteWithoutIfMatchGetsPreconditionRequired() {
    HttpResponse<String> response = server.send(server.request("widgets/a").DELETE().build());
    assertProblem(response, 428, "If-Match");
    assertUnchanged();
  }

  /** A method marked @RequirePrecondition(false) is let through without If-Match. */
  @Test
  void optedOutMethodNeedsNoPrecondition() {
    assertEquals(204, server.put("widgets/a/unguarded", "{}").statusCode());
  }

  /** A malformed If-Match is a 400 problem naming the header, with an example; nothing is written. */
  @Test
  void malformedIfMatchGetsBadRequest() {
    HttpResponse<String> response = server.put("widgets/a", "{\"name\":\"x\"}", "If-Match", "3");
    assertProblem(response, 400, "If-Match");
    assertEquals("If-Match: \"7\"", readJson(response.body()).get("example").asText());
    assertUnchanged();
  }

  /** A malformed If-None-Match on GET is a 400 too, never ignored silently. */
  @Test
  void malformedIfNoneMatchGetsBadRequest() {
    assertProblem(server.get("widgets/a", "If-None-Match", "\"a\" \"b\""), 400, "If-None-Match");
  }

  /** A header over the length limit is a 400, never a 5xx. */
  @Test
  void hugeIfMatchGetsBadRequest() {
    String huge = "\"" + "x".repeat(5000) + "\"";
    assertProblem(server.put("widgets/a", "{\"name\":\"x\"}", "If-Match", huge), 400, "characters long");
    assertUnchanged();
  }

  /** More tags than the limit is a 400. */
  @Test
  void tooManyTagsGetBadRequest() {
    String many = "\"1\",".repeat(100);
    assertProblem(server.put("widgets/a", "{\"name\":\"x\"}", "If-Match", many), 400, "more than 64");
  }

  /** Control characters inside a tag are a 400 with a problem body. */
  @Test
  void controlCharacterInIfMatchGetsBadRequest() {
    RawHttp.Response reply = rawPutWithIfMatch("\"3\u0001\"");
    assertEquals(400, reply.status(), reply.text());
    assertTrue(reply.text().contains("application/problem+json"), reply.text());
    assertUnchanged();
  }

  /** obs-text (bytes 0x80-0xFF) is valid inside a tag: a stale tag, so 412, not 400. */
  @Test
  void obsTextInIfMatchIsAccepted() {
    RawHttp.Response reply = rawPutWithIfMatch("\"caf\u00e9\"");
    assertEquals(412, reply.status(), reply.text());
  }

  // ---- 412 ----

  /** A stale If-Match gets 412 whose body and ETag equal a GET's. */
  @Test
  void staleIfMatchGetsCurrentRepresentation() {
    assertPreconditionFailedWithCurrent(server.put("widgets/a", "{\"name\":\"x\"}", "If-Match", "\"2\""), "widgets/a");
    assertUnchanged();
    PreconditionEvent event = EVENTS.get(0);
    assertEquals(PreconditionEvent.Type.PRECONDITION_FAILED, event.type());
    assertEquals("\"2\"", event.sentTag());
    assertEquals("\"3\"", event.currentTag().toString());
  }

  /** A weak tag never satisfies If-Match, even for the current version (RFC 9110 13.1.1). */
  @Test
  void weakIfMatchNeverMatches() {
    assertPreconditionFailedWithCurrent(server.put("widgets/a", "{\"name\":\"x\"}", "If-Match", "W/\"3\""), "widgets/a");
    assertUnchanged();
  }

  /** A list passes when one of its tags is current. */
  @Test
  void ifMatchListWithCurrentTagPasses() {
    assertEquals(200, server.put("widgets/a", "{\"name\":\"x\"}", "If-Match", "\"1\", \"3\"").statusCode());
  }

  /** A stale If-Match on GET is a 412 whose body is still the current representation. */
  @Test
  void staleIfMatchOnGetGetsPreconditionFailed() {
    HttpResponse<String> response = server.get("widgets/a/hashed", "If-Match", "\"nope\"");
    assertPreconditionFailedWithCurrent(response, "widgets/a/hashed");
  }

  /** If-Match on a resource that does not exist: 412 with a problem body, never a create. */
  @Test
  void ifMatchOnAbsentResourceGetsPreconditionFailedProblem() {
    HttpResponse<String> response = server.put("widgets/nope", "{\"name\":\"x\"}", "If-Match", "\"1\"");
    assertProblem(response, 412, "does not exist");
    assertTrue(STORE.find("nope").isEmpty());
  }

  /** If-None-Match: * creates when absent and is refused with the current item when present. */
  @Test
  void ifNoneMatchStarIsCreateOnly() {
    HttpResponse<String> created = server.put("widgets/b", "{\"name\":\"new\"}", "If-None-Match", "*");
    assertEquals(200, created.statusCode());
    assertEquals("\"1\"", created.headers().firstValue("ETag").orElseThrow());
    assertPreconditionFailedWithCurrent(server.put("widgets/b", "{\"name\":\"again\"}", "If-None-Match", "*"), "widgets/b");
  }

  /** If-Match: * is the explicit overwrite: allowed, and reported as a forced override. */
  @Test
  void ifMatchStarIsAllowedAndReported() {
    assertEquals(200, server.put("widgets/a", "{\"name\":\"forced\"}", "If-Match", "*").statusCode());
    assertEquals(PreconditionEvent.Type.FORCED_OVERRIDE, EVENTS.get(0).type());
    assertEquals("*", EVENTS.get(0).sentTag());
  }

  /** Per-resource counts are kept for every 412, 428 and override. */
  @Test
  void statisticsCountPerResource() {
    ConflictStatistics.Counts before = feature.statistics().snapshot().getOrDefault("PUT /widgets/{id}",
        new ConflictStatistics.Counts(0, 0, 0, 0));
    server.put("widgets/a", "{\"name\":\"x\"}", "If-Match", "\"1\"");
    server.put("widgets/a", "{\"name\":\"x\"}");
    server.put("widgets/a", "{\"name\":\"x\"}", "If-Match", "*");
    ConflictStatistics.Counts after = feature.statistics().snapshot().get("PUT /widgets/{id}");
    assertEquals(before.preconditionFailed() + 1, after.preconditionFailed());
    assertEquals(before.preconditionRequired() + 1, after.preconditionRequired());
    assertEquals(before.forcedOverride() + 1, after.forcedOverride());
  }

  // ---- CORS ----

  /** With an Origin, ETag is exposed to scripts, merged with names already exposed. */
  @Test
  void etagIsExposedToCrossOriginScripts() {
    HttpResponse<String> response = server.get("widgets/a", "Origin", "https://app.example");
    assertEquals("ETag", response.headers().firstValue("Access-Control-Expose-Headers").orElseThrow());
    assertFalse(server.get("widgets/a").headers().firstValue("Access-Control-Expose-Headers").isPresent());
  }
}
