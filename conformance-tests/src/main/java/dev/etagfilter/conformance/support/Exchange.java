package dev.etagfilter.conformance.support;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A request and the response it got, read in full; {@link #toString()} shows both, so every failed
 * assertion says what was sent, what was expected and what came back.
 */
public final class Exchange {

  private static final int SHOWN_CHARS = 300;

  private final URI node;
  private final Request request;
  private final int status;
  private final List<Map.Entry<String, String>> headers;
  private final String body;

  Exchange(URI node, Request request, int status, List<Map.Entry<String, String>> headers, String body) {
    this.node = node;
    this.request = request;
    this.status = status;
    this.headers = List.copyOf(headers);
    this.body = body;
  }

  /** The request that was sent. */
  public Request request() {
    return request;
  }

  /** The response status code. */
  public int status() {
    return status;
  }

  /** Whether the status is 2xx. */
  public boolean successful() {
    return status >= 200 && status < 300;
  }

  /** All values of a response header, in order (case-insensitive name). */
  public List<String> headers(String name) {
    return headers.stream().filter(h -> h.getKey().equalsIgnoreCase(name)).map(Map.Entry::getValue).toList();
  }

  /** The first value of a response header. */
  public Optional<String> header(String name) {
    return headers(name).stream().findFirst();
  }

  /** The {@code ETag} response header, or null. */
  public String etag() {
    return header("ETag").orElse(null);
  }

  /** The media type of the body without parameters, lower case, or null. */
  public String mediaType() {
    return header("Content-Type").map(value -> value.split(";", 2)[0].trim().toLowerCase(Locale.ROOT))
        .orElse(null);
  }

  /** The response body as text (empty when there is none). */
  public String body() {
    return body;
  }

  /** The path of the {@code Location} header, relative to the node, or null. */
  public String locationPath() {
    return header("Location").map(location -> {
      URI uri = node.resolve(location);
      return uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
    }).orElse(null);
  }

  /** Request and response, for assertion messages. */
  @Override
  public String toString() {
    StringBuilder text = new StringBuilder("request to ").append(node).append(":\n  ").append(request)
        .append("\nresponse: ").append(status);
    for (Map.Entry<String, String> header : headers) {
      text.append("\n  ").append(header.getKey()).append(": ").append(shorten(header.getValue()));
    }
    if (!body.isEmpty()) {
      text.append("\n  ").append(shorten(body));
    }
    return text.toString();
  }

  static String shorten(String text) {
    return text.length() <= SHOWN_CHARS
        ? text
        : text.substring(0, SHOWN_CHARS) + "... (" + text.length() + " characters)";
  }
}
