package dev.etagfilter.conformance.support;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One HTTP request to send to the target, as plain data, so a failing check can print exactly what
 * was sent. Immutable: every {@code with}-style method returns a new request.
 *
 * <pre>{@code
 * Request.put("/items/7", body).ifMatch("\"3\"")
 * }</pre>
 */
public final class Request {

  /** JSON, the media type of created and replaced representations. */
  public static final String JSON = "application/json";

  private final String method;
  private final String path;
  private final List<Map.Entry<String, String>> headers;
  private final String contentType;
  private final String body;
  private final boolean raw;

  private Request(
      String method, String path, List<Map.Entry<String, String>> headers, String contentType, String body, boolean raw) {
    this.method = method;
    this.path = path;
    this.headers = List.copyOf(headers);
    this.contentType = contentType;
    this.body = body;
    this.raw = raw;
  }

  /** A request without a body. */
  public static Request of(String method, String path) {
    return new Request(method, path, List.of(), null, null, false);
  }

  /** GET {@code path}. */
  public static Request get(String path) {
    return of("GET", path);
  }

  /** HEAD {@code path}. */
  public static Request head(String path) {
    return of("HEAD", path);
  }

  /** DELETE {@code path}. */
  public static Request delete(String path) {
    return of("DELETE", path);
  }

  /** PUT {@code path} with a JSON body. */
  public static Request put(String path, JsonNode body) {
    return of("PUT", path).body(JSON, Json.text(body));
  }

  /** POST {@code path} with a JSON body. */
  public static Request post(String path, JsonNode body) {
    return of("POST", path).body(JSON, Json.text(body));
  }

  /** The same request with this body and {@code Content-Type}. */
  public Request body(String newContentType, String newBody) {
    return new Request(method, path, headers, newContentType, newBody, raw);
  }

  /** The same request with one more header (a repeated name sends the header twice). */
  public Request header(String name, String value) {
    List<Map.Entry<String, String>> more = new ArrayList<>(headers);
    more.add(Map.entry(name, value));
    return new Request(method, path, more, contentType, body, raw);
  }

  /**
   * The same request, to be written byte for byte ({@link dev.etagfilter.testsupport.RawHttp})
   * instead of through the HTTP client, which cleans control characters out of header values before
   * sending them.
   */
  public Request raw() {
    return new Request(method, path, headers, contentType, body, true);
  }

  /** With {@code If-Match: value}. */
  public Request ifMatch(String value) {
    return header("If-Match", value);
  }

  /** With {@code If-None-Match: value}. */
  public Request ifNoneMatch(String value) {
    return header("If-None-Match", value);
  }

  /** The method, e.g. {@code PUT}. */
  public String method() {
    return method;
  }

  /** The path (with query, if any) relative to the base URL. */
  public String path() {
    return path;
  }

  /** The headers in the order they are sent. */
  public List<Map.Entry<String, String>> headers() {
    return headers;
  }

  /** The {@code Content-Type}, or null without a body. */
  public String contentType() {
    return contentType;
  }

  /** The body, or null. */
  public String body() {
    return body;
  }

  /** Whether it is sent byte for byte. */
  public boolean isRaw() {
    return raw;
  }

  /** The request as it would appear on the wire (long values shortened). */
  @Override
  public String toString() {
    StringBuilder text = new StringBuilder(method).append(' ').append(path);
    for (Map.Entry<String, String> header : headers) {
      text.append("\n  ").append(header.getKey()).append(": ").append(Exchange.shorten(header.getValue()));
    }
    if (contentType != null) {
      text.append("\n  Content-Type: ").append(contentType);
    }
    if (body != null) {
      text.append("\n  ").append(Exchange.shorten(body));
    }
    return text.toString();
  }
}
