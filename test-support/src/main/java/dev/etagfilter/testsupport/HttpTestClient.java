package dev.etagfilter.testsupport;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * A JDK HTTP/1.1 client for one running server: paths resolve against its base URI, and a failed
 * exchange is an unchecked exception, so a test sends each request in one line.
 *
 * <pre>{@code
 * HttpTestClient http = new HttpTestClient(URI.create("http://127.0.0.1:8080/"));
 * HttpResponse<String> put = http.put("items/1", json, "If-Match", "\"3\"");
 * }</pre>
 */
public class HttpTestClient {

  private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(5);
  /** Long enough for a busy CI machine; only a hung server ever reaches it. */
  private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(30);

  private final URI base;
  private final HttpClient client =
      HttpClient.newBuilder().connectTimeout(CONNECT_TIMEOUT).version(HttpClient.Version.HTTP_1_1).build();

  /** A client for the server at {@code base}, which should end with a slash. */
  public HttpTestClient(URI base) {
    this.base = base;
  }

  /** The server's base URI. */
  public URI base() {
    return base;
  }

  /** A request builder for {@code path} (relative to the base URI), for the unusual cases. */
  public HttpRequest.Builder request(String path) {
    return HttpRequest.newBuilder(base.resolve(path)).timeout(REQUEST_TIMEOUT);
  }

  /** Sends {@code request} and reads the body as a string. */
  public HttpResponse<String> send(HttpRequest request) {
    return send(request, HttpResponse.BodyHandlers.ofString());
  }

  /** Sends {@code request} and reads the body with {@code body} (bytes, for example). */
  public <T> HttpResponse<T> send(HttpRequest request, HttpResponse.BodyHandler<T> body) {
    try {
      return client.send(request, body);
    } catch (IOException e) {
      throw new IllegalStateException(request.method() + " " + request.uri() + " failed", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /**
   * {@code method path} with an optional body (null for none), its {@code contentType} (null for
   * none) and header pairs ({@code name, value, ...}).
   */
  public HttpResponse<String> send(String method, String path, String contentType, String body, String... headers) {
    HttpRequest.Builder builder = request(path)
        .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
    if (contentType != null) {
      builder.header("Content-Type", contentType);
    }
    if (headers.length > 0) {
      builder.headers(headers);
    }
    return send(builder.build());
  }

  /** GET with header pairs. */
  public HttpResponse<String> get(String path, String... headers) {
    return send("GET", path, null, null, headers);
  }

  /** POST of a JSON body with header pairs. */
  public HttpResponse<String> post(String path, String json, String... headers) {
    return send("POST", path, "application/json", json, headers);
  }

  /** PUT of a JSON body with header pairs. */
  public HttpResponse<String> put(String path, String json, String... headers) {
    return send("PUT", path, "application/json", json, headers);
  }

  /** PATCH of a JSON merge patch (RFC 7396) with header pairs. */
  public HttpResponse<String> patch(String path, String mergePatch, String... headers) {
    return send("PATCH", path, "application/merge-patch+json", mergePatch, headers);
  }

  /** DELETE with header pairs. */
  public HttpResponse<String> delete(String path, String... headers) {
    return send("DELETE", path, null, null, headers);
  }
}
