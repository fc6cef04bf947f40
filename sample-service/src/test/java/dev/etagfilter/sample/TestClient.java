package dev.etagfilter.sample;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** A JDK HTTP client for one running sample server, with the assertions the HTTP tests share. */
public final class TestClient {

  /** A typical valid item body. */
  public static final String SHIRT = "{\"name\":\"T-shirt\",\"color\":\"red\",\"size\":\"M\",\"price\":12.50}";

  private static final ObjectMapper JSON = new ObjectMapper();

  private final URI base;
  private final HttpClient client =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).version(HttpClient.Version.HTTP_1_1).build();

  public TestClient(URI base) {
    this.base = base;
  }

  /** {@code method path} with an optional body (sent as {@code contentType}) and header pairs. */
  public HttpResponse<String> send(String method, String path, String contentType, String body, String... headers) {
    HttpRequest.Builder builder =
        HttpRequest.newBuilder(base.resolve(path))
            .timeout(Duration.ofSeconds(20))
            .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
    if (contentType != null) {
      builder.header("Content-Type", contentType);
    }
    if (headers.length > 0) {
      builder.headers(headers);
    }
    return send(builder.build());
  }

  public HttpResponse<String> send(HttpRequest request) {
    try {
      return client.send(request, HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** A request builder for {@code path}, for the unusual cases. */
  public HttpRequest.Builder request(String path) {
    return HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(20));
  }

  public HttpResponse<String> get(String path, String... headers) {
    return send("GET", path, null, null, headers);
  }

  public HttpResponse<String> post(String path, String json, String... headers) {
    return send("POST", path, "application/json", json, headers);
  }

  public HttpResponse<String> put(String path, String json, String... headers) {
    return send("PUT", path, "application/json", json, headers);
  }

  public HttpResponse<String> patch(String path, String mergePatch, String... headers) {
    return send("PATCH", path, "application/merge-patch+json", mergePatch, headers);
  }

  public HttpResponse<String> delete(String path, String... headers) {
    return send("DELETE", path, null, null, headers);
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
