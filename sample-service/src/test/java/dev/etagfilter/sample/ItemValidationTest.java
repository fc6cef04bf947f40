package dev.etagfilter.sample;

import static dev.etagfilter.sample.TestClient.SHIRT;
import static dev.etagfilter.sample.TestClient.assertProblem;
import static dev.etagfilter.sample.TestClient.etag;
import static dev.etagfilter.sample.TestClient.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.etagfilter.testsupport.RawHttp;
import java.io.ByteArrayInputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import dev.etagfilter.sample.jersey.SampleServer;

/**
 * Bad input is always a clear 4xx problem, never a 5xx, and writes nothing: every test here ends by
 * checking that the item it aimed at still has version 1 and that the item count did not change.
 */
class ItemValidationTest {

  private static SampleServer server;
  private static TestClient http;

  private String path;
  private int itemCount;

  @BeforeAll
  static void start() {
    server = SampleServer.start(SampleConfig.defaults().withPort(0).withJdbcUrl("jdbc:h2:mem:validation;DB_CLOSE_DELAY=-1"));
    http = new TestClient(server.baseUri());
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @BeforeEach
  void createTarget() {
    path = http.create(SHIRT);
    itemCount = json(http.get("items")).size();
  }

  @AfterEach
  void nothingWasWritten() {
    assertEquals("\"1\"", etag(http.get(path)), "the item was changed by a refused request");
    assertEquals(itemCount, json(http.get("items")).size(), "an item was created by a refused request");
  }

  /** name and price are required; every missing one is listed by field. */
  @Test
  void missingRequiredFieldsAre400ListingEachField() {
    JsonNode problem = assertProblem(400, http.post("items", "{\"color\":\"red\"}"));

    assertEquals(List.of("name", "price"), fields(problem));
  }

  /** Every rule broken at once: each field is named with what to send instead. */
  @Test
  void everyInvalidFieldIsListed() {
    JsonNode problem = assertProblem(400, http.put(path,
        "{\"name\":\"   \",\"color\":7,\"size\":\"\",\"price\":-1,\"colour\":\"red\"}", "If-Match", "\"1\""));

    assertEquals(List.of("colour", "color", "name", "size", "price"), fields(problem));
  }

  /** Prices: at least 0, at most two decimals, at most 9999999999.99, and a JSON number. */
  @Test
  void pricesOutsideTheRulesAre400() {
    for (String price : List.of("-0.01", "1.001", "10000000000", "1e999999999", "1e-999999999", "\"12.50\"", "true")) {
      JsonNode problem = assertProblem(400, http.post("items", "{\"name\":\"x\",\"price\":" + price + "}"));
      assertEquals(List.of("price"), fields(problem), "price " + price);
    }
  }

  /** A number no parser can hold is still a 400, not a 5xx. */
  @Test
  void anUnrepresentableNumberIs400() {
    assertProblem(400, http.post("items", "{\"name\":\"x\",\"price\":1e99999999999}"));
  }

  /** Texts: at most 200 characters as people count them, no control characters or broken surrogates. */
  @Test
  void textsOutsideTheRulesAre400() {
    String tooLong = "x".repeat(201);
    for (String name : List.of(tooLong, "a\\u0000b", "tab\\there", "\\ud800")) {
      JsonNode problem = assertProblem(400, http.post("items", "{\"name\":\"" + name + "\",\"price\":1}"));
      assertEquals(List.of("name"), fields(problem), "name " + name);
    }
  }

  /** 200 characters outside the BMP (400 UTF-16 units) are 200 characters: accepted and stored exactly. */
  @Test
  void twoHundredEmojiAreAValidName() {
    String name = "\uD83D\uDC55".repeat(200);

    HttpResponse<String> created = http.post("items", "{\"name\":\"" + name + "\",\"price\":1}");

    assertEquals(201, created.statusCode(), created.body());
    assertEquals(name, json(http.get("items/" + json(created).get("id").asText())).get("name").asText());
    itemCount++;
  }

  /** RFC 7396 PATCH: an unknown member is a 400 naming it, and nothing is written. */
  @Test
  void unknownFieldInPatchIs400() {
    JsonNode problem = assertProblem(400, http.patch(path, "{\"colour\":\"blue\"}", "If-Match", "\"1\""));

    assertEquals(List.of("colour"), fields(problem));
  }

  /** PATCH null removes a field; removing a required one is a 400. */
  @Test
  void removingARequiredFieldWithPatchIs400() {
    JsonNode problem = assertProblem(400, http.patch(path, "{\"price\":null}", "If-Match", "\"1\""));

    assertEquals(List.of("price"), fields(problem));
  }

  /** A merge patch that is not a JSON object cannot apply to an item: 400. */
  @Test
  void aPatchThatIsNotAnObjectIs400() {
    assertProblem(400, http.patch(path, "[]", "If-Match", "\"1\""));
    assertProblem(400, http.patch(path, "null", "If-Match", "\"1\""));
  }

  /** Ids are 1 to 64 of [A-Za-z0-9_-]: anything else is a 400 on every method. */
  @Test
  void idsOutsideTheSafePatternAre400() {
    String longId = "a".repeat(65);
    assertProblem(400, http.put("items/" + longId, SHIRT, "If-None-Match", "*"));
    assertProblem(400, http.put("items/a.b", SHIRT, "If-None-Match", "*"));
    assertProblem(400, http.put("items/%C3%A9t%C3%A9", SHIRT, "If-None-Match", "*"));
    assertProblem(400, http.get("items/a%20b"));
  }

  /** Broken JSON, in all its forms, is a 400 problem saying what is wrong. */
  @Test
  void brokenJsonIs400Problem() {
    for (String body : List.of("{\"name\":", "{\"name\":\"x\",\"price\":1} trailing", "{'name':'x'}",
        "{\"name\":\"x\",\"name\":\"y\",\"price\":1}", "[1,2]", "\"text\"", "", "   ", "{\"name\":\"x\" /*c*/}",
        "\u00ff\u00fe")) {
      assertProblem(400, http.post("items", body));
    }
  }

  /** A body that is not JSON at all by its Content-Type is a 415 problem; so is a missing Content-Type. */
  @Test
  void wrongMediaTypeIs415Problem() {
    assertProblem(415, http.send("POST", "items", "text/plain", SHIRT));
    assertProblem(415, http.send("POST", "items", "application/xml", "<item/>"));
    assertProblem(415, http.send("PUT", path, null, SHIRT, "If-Match", "\"1\""));
  }

  /** RFC 5789 3.1: PATCH with plain JSON is a 415 that names the accepted patch format. */
  @Test
  void patchWithPlainJsonIs415WithAcceptPatch() {
    HttpResponse<String> response = http.send("PATCH", path, "application/json", "{\"size\":\"L\"}", "If-Match", "\"1\"");

    assertProblem(415, response);
    assertEquals("application/merge-patch+json", response.headers().firstValue("Accept-Patch").orElse(""));
  }

  /** A Content-Type or Accept that is not a media type is a 400 problem naming the header. */
  @Test
  void malformedMediaTypeHeadersAre400Problems() {
    assertTrue(assertProblem(400, http.send("POST", "items", "application/", SHIRT)).get("detail").asText()
        .contains("Content-Type"));
    assertProblem(400, http.send("PUT", path, ";;;", SHIRT, "If-Match", "\"1\""));
    assertTrue(assertProblem(400, http.get(path, "Accept", "garbage///")).get("detail").asText().contains("Accept"));
  }

  /** RFC 3986: a request target with a broken escape or a raw '|' is a 400 problem, not Grizzly's 500 page. */
  @Test
  void malformedRequestTargetsAre400Problems() {
    for (String target : List.of("/items/%ZZ", "/items?x=%%", "/items/a|b", "/" + path + "%")) {
      String response = rawRequest("GET " + target + " HTTP/1.1");
      assertTrue(response.startsWith("HTTP/1.1 400"), target + " -> " + response);
      assertTrue(response.contains("application/problem+json"), response);
    }
  }

  /** A body over 64 KiB with a Content-Length is refused with a 413 problem before it is read. */
  @Test
  void anOversizedBodyIs413Problem() {
    String big = "{\"name\":\"" + "x".repeat(70 * 1024) + "\",\"price\":1}";

    assertProblem(413, http.post("items", big));
    assertProblem(413, http.put(path, big, "If-Match", "\"1\""));
  }

  /** A chunked body (no Content-Length) over 64 KiB is cut off with a 413 problem while it is read. */
  @Test
  void anOversizedChunkedBodyIs413Problem() {
    byte[] big = ("{\"name\":\"" + "x".repeat(70 * 1024) + "\",\"price\":1}").getBytes(StandardCharsets.UTF_8);
    HttpRequest request = http.request("items")
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(big)))
        .build();

    assertProblem(413, http.send(request));
  }

  /** Asking for a representation the service does not have is a 406 problem. */
  @Test
  void anUnsupportedAcceptIs406Problem() {
    assertProblem(406, http.get(path, "Accept", "application/xml"));
  }

  /** A method a path does not support is a 405 problem with Allow. */
  @Test
  void anUnsupportedMethodIs405ProblemWithAllow() {
    HttpResponse<String> response = http.delete("items", "If-Match", "*");

    assertProblem(405, response);
    assertTrue(response.headers().firstValue("Allow").orElse("").contains("GET"));
  }

  /** An unknown path is a 404 problem. */
  @Test
  void anUnknownPathIs404Problem() {
    assertProblem(404, http.get("nothing/here"));
  }

  /** Sends {@code requestLine} over a plain socket: the JDK client refuses to build such URIs. */
  private static String rawRequest(String requestLine) {
    return RawHttp.send(server.baseUri(), requestLine + "\r\nHost: localhost\r\nConnection: close\r\n\r\n").text();
  }

  private static List<String> fields(JsonNode problem) {
    List<String> fields = new ArrayList<>();
    problem.get("errors").forEach(error -> fields.add(error.get("field").asText()));
    return fields;
  }
}
