package dev.etagfilter.conformance.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.net.ssl.SSLSocketFactory;

/**
 * HTTP/1.1 written by hand, one request per connection: for the malformed-header checks, whose
 * point is the exact bytes on the wire. HTTP clients (rest-assured's included) replace control
 * characters in header values before sending, so the server would never see them otherwise.
 * Header values are written as ISO-8859-1, the octets HTTP fields carry (RFC 9110 5.5).
 */
final class RawHttp {

  private static final int TIMEOUT_MILLIS = 120_000;

  private RawHttp() {}

  static Exchange send(URI node, Request request) {
    boolean tls = "https".equals(node.getScheme());
    int port = node.getPort() != -1 ? node.getPort() : (tls ? 443 : 80);
    try (Socket socket = tls ? SSLSocketFactory.getDefault().createSocket(node.getHost(), port) : new Socket(node.getHost(), port)) {
      socket.setSoTimeout(TIMEOUT_MILLIS);
      write(socket.getOutputStream(), node, port, request);
      return read(socket.getInputStream(), node, request);
    } catch (IOException e) {
      throw new UncheckedIOException("Could not exchange " + request.method() + " " + request.path() + " with " + node, e);
    }
  }

  private static void write(OutputStream out, URI node, int port, Request request) throws IOException {
    byte[] body = request.body() == null ? new byte[0] : request.body().getBytes(StandardCharsets.UTF_8);
    StringBuilder head = new StringBuilder()
        .append(request.method()).append(' ').append(basePath(node)).append(request.path().substring(1)).append(" HTTP/1.1\r\n")
        .append("Host: ").append(node.getHost()).append(':').append(port).append("\r\n")
        .append("Connection: close\r\n");
    for (Map.Entry<String, String> header : request.headers()) {
      head.append(header.getKey()).append(": ").append(header.getValue()).append("\r\n");
    }
    if (request.body() != null) {
      head.append("Content-Type: ").append(request.contentType()).append("\r\n");
    }
    head.append("Content-Length: ").append(body.length).append("\r\n\r\n");
    out.write(head.toString().getBytes(StandardCharsets.ISO_8859_1));
    out.write(body);
    out.flush();
  }

  /** Reads to the end of the connection; decodes a chunked body. */
  private static Exchange read(InputStream in, URI node, Request request) throws IOException {
    byte[] all = in.readAllBytes();
    String text = new String(all, StandardCharsets.ISO_8859_1);
    int end = text.indexOf("\r\n\r\n");
    if (end < 0) {
      throw new IOException("Incomplete response: " + Exchange.shorten(text));
    }
    String[] lines = text.substring(0, end).split("\r\n");
    int status = Integer.parseInt(lines[0].split(" ", 3)[1]);
    List<Map.Entry<String, String>> headers = new ArrayList<>();
    for (int i = 1; i < lines.length; i++) {
      int colon = lines[i].indexOf(':');
      headers.add(Map.entry(lines[i].substring(0, colon).trim(), lines[i].substring(colon + 1).trim()));
    }
    byte[] body = Arrays.copyOfRange(all, end + 4, all.length);
    boolean chunked = headers.stream().anyMatch(h -> h.getKey().equalsIgnoreCase("Transfer-Encoding")
        && h.getValue().toLowerCase(Locale.ROOT).contains("chunked"));
    byte[] content = "HEAD".equals(request.method()) ? new byte[0] : chunked ? unchunk(body) : body;
    return new Exchange(node, request, status, headers, new String(content, StandardCharsets.UTF_8));
  }

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

  /** The node's path with a trailing slash, so request paths resolve under it. */
  private static String basePath(URI node) {
    String path = node.getRawPath() == null || node.getRawPath().isEmpty() ? "/" : node.getRawPath();
    return path.endsWith("/") ? path : path + "/";
  }
}
