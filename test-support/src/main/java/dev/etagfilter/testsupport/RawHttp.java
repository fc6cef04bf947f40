package dev.etagfilter.testsupport;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * HTTP/1.1 written by hand, one request per connection, and the response read to the end of it: for
 * requests whose point is the exact bytes on the wire, which HTTP clients refuse to send or rewrite
 * (control characters and obs-text in header values, broken request targets, another {@code Host}).
 *
 * <pre>{@code
 * RawHttp.Response reply = RawHttp.send(base, "PUT", "items/1", List.of(Map.entry("If-Match", "\"3\u0001\"")),
 *     "application/json", "{}");
 * }</pre>
 */
public final class RawHttp {

  /** How long a response may stay silent: long enough for a remote service under test. */
  private static final int TIMEOUT_MILLIS = 120_000;
  private static final int SHOWN_CHARS = 300;

  /**
   * A response as received.
   *
   * @param status the status code
   * @param headers the header fields in the order received
   * @param body the body as UTF-8, de-chunked; empty for a response to HEAD
   * @param text the whole response as received, one character per byte (ISO-8859-1)
   */
  public record Response(int status, List<Map.Entry<String, String>> headers, String body, String text) {}

  private RawHttp() {}

  /**
   * Sends {@code method path} under {@code base}'s path, with {@code Host}, {@code Connection: close},
   * the {@code headers} as given, and a UTF-8 {@code body} of {@code contentType} (both null for none;
   * {@code Content-Length} is always sent).
   */
  public static Response send(URI base, String method, String path, List<Map.Entry<String, String>> headers,
      String contentType, String body) {
    StringBuilder head = new StringBuilder()
        .append(method).append(' ').append(basePath(base)).append(path.startsWith("/") ? path.substring(1) : path)
        .append(" HTTP/1.1\r\n")
        .append("Host: ").append(base.getHost()).append(':').append(RawConnection.port(base)).append("\r\n")
        .append("Connection: close\r\n");
    for (Map.Entry<String, String> header : headers) {
      head.append(header.getKey()).append(": ").append(header.getValue()).append("\r\n");
    }
    if (body != null) {
      head.append("Content-Type: ").append(contentType).append("\r\n");
    }
    byte[] content = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
    head.append("Content-Length: ").append(content.length).append("\r\n\r\n");
    return send(base, head.toString(), content);
  }

  /**
   * Sends {@code request} exactly as written (ISO-8859-1), head and body; it should ask for {@code
   * Connection: close}, or the read waits for the server's idle timeout.
   */
  public static Response send(URI base, String request) {
    return send(base, request, new byte[0]);
  }

  private static Response send(URI base, String head, byte[] body) {
    String requestLine = head.lines().findFirst().orElse("");
    try (RawConnection connection = new RawConnection(base)) {
      byte[] received = connection.send(head).send(body).readAll(TIMEOUT_MILLIS);
      return parse(received, requestLine.startsWith("HEAD "));
    } catch (IOException e) {
      throw new UncheckedIOException("Could not exchange " + requestLine + " with " + base, e);
    }
  }

  private static Response parse(byte[] received, boolean head) throws IOException {
    String text = new String(received, StandardCharsets.ISO_8859_1);
    int end = text.indexOf("\r\n\r\n");
    if (end < 0) {
      String shown = text.length() > SHOWN_CHARS ? text.substring(0, SHOWN_CHARS) + "..." : text;
      throw new IOException("Incomplete response: " + shown);
    }
    String[] lines = text.substring(0, end).split("\r\n");
    int status = Integer.parseInt(lines[0].split(" ", 3)[1]);
    List<Map.Entry<String, String>> headers = new ArrayList<>();
    for (int i = 1; i < lines.length; i++) {
      int colon = lines[i].indexOf(':');
      headers.add(Map.entry(lines[i].substring(0, colon).trim(), lines[i].substring(colon + 1).trim()));
    }
    byte[] body = Arrays.copyOfRange(received, end + 4, received.length);
    boolean chunked = headers.stream().anyMatch(h -> h.getKey().equalsIgnoreCase("Transfer-Encoding")
        && h.getValue().toLowerCase(Locale.ROOT).contains("chunked"));
    byte[] content = head ? new byte[0] : chunked ? unchunk(body) : body;
    return new Response(status, List.copyOf(headers), new String(content, StandardCharsets.UTF_8), text);
  }

  /** The chunks' data (RFC 9112 7.1), without sizes, extensions or trailers. */
  private static byte[] unchunk(byte[] chunked) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    String text = new String(chunked, StandardCharsets.ISO_8859_1);
    int at = 0;
    while (at < text.length()) {
      int lineEnd = text.indexOf("\r\n", at);
      int size = Integer.parseInt(text.substring(at, lineEnd).split(";", 2)[0].trim(), 16);
      if (size == 0) {
        break;
      }
      out.write(chunked, lineEnd + 2, size);
      at = lineEnd + 2 + size + 2;
    }
    return out.toByteArray();
  }

  /** The base URI's path with a trailing slash, so request paths resolve under it. */
  private static String basePath(URI base) {
    String path = base.getRawPath() == null || base.getRawPath().isEmpty() ? "/" : base.getRawPath();
    return path.endsWith("/") ? path : path + "/";
  }
}
