package dev.etagfilter.sample;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.etagfilter.testsupport.HttpTestClient;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpResponse;

/** A JDK HTTP client for one running sample server, with the sample's assertions the HTTP tests share. */
public final class TestClient extends HttpTestClient {

  /** A typical valid item body. */
  public static final String SHIRT = "{\"name\":\"T-shirt\",\"color\":\"red\",\"size\":\"M\",\"price\":12.50}";

  private static final ObjectMapper JSON = new ObjectMapper();

  /** A client for the sample server at {@code base}. */
  public TestClient(URI base) {
    super(base);
  }

  /** POSTs {@code json} and returns the created item's path, e.g. {@code items/abc}. */
  public String create(String json) {
    HttpResponse<String> created = post("items", json);
    assertEquals(201, created.statusCode(), created.body());
    return "items/" + json(created).get("id").asText();
  }

  /** The response's {@code ETag}. */
  public static String etag(HttpResponse<String> response) {
    return response.headers().firstValue("ETag").orElseThrow(() -> new AssertionError("no ETag: " + response));
  }

  public static JsonNode json(HttpResponse<String> response) {
    try {
      return JSON.readTree(response.body());
    } catch (IOException e) {
      throw new AssertionError("not JSON: " + response.body(), e);
    }
  }

  /** An RFC 9457 problem with this status: the media type and the four standard members. */
  public static JsonNode assertProblem(int status, HttpResponse<String> response) {
    assertEquals(status, response.statusCode(), response.body());
    assertEquals("application/problem+json", response.headers().firstValue("Content-Type").orElse(""));
    JsonNode problem = json(response);
    assertEquals(status, problem.get("status").asInt());
    assertEquals("about:blank", problem.get("type").asText());
    assertFalse(problem.get("title").asText().isBlank());
    assertTrue(problem.get("detail").asText().length() > 20, "a detail a person can act on: " + problem);
    return problem;
  }

  /** A 412 whose body and ETag are exactly what a GET of {@code path} returns now. */
  public void assertPreconditionFailedWithCurrent(String path, HttpResponse<String> response) {
    assertEquals(412, response.statusCode(), response.body());
    HttpResponse<String> current = get(path);
    assertEquals(200, current.statusCode());
    assertEquals(current.body(), response.body());
    assertEquals(etag(current), etag(response));
  }
}
