package dev.etagfilter.sample.jersey;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.etagfilter.sample.http.DateHeaderFilter;
import dev.etagfilter.sample.http.Problem;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.glassfish.grizzly.http.server.Response;
import org.glassfish.grizzly.http.util.Header;

/**
 * The problem responses Grizzly sends itself, before or instead of Jersey: the same RFC 9457
 * bodies as the application's, with {@code Date} (RFC 9110 6.6.1) and, where the rest of the
 * request is not read, {@code Connection: close} (RFC 9112 9.6).
 */
final class GrizzlyProblems {

  private static final ObjectMapper JSON = new ObjectMapper();

  private GrizzlyProblems() {}

  /** Writes {@code status} with {@code detail} to a response nothing has been written to yet. */
  static void send(Response response, int status, String detail, boolean close) throws IOException {
    byte[] body = body(status, detail);
    response.setStatus(status);
    response.setHeader(Header.Date, DateHeaderFilter.now());
    response.setContentType(Problem.MEDIA_TYPE.toString());
    response.setContentLength(body.length);
    if (close) {
      response.setHeader(Header.Connection, "close");
    }
    response.getOutputStream().write(body);
  }

  /** A whole HTTP/1.1 response that closes the connection, for a request whose head never arrived. */
  static byte[] rawClosing(int status, String reason, String detail) {
    byte[] body = body(status, detail);
    String head = "HTTP/1.1 " + status + " " + reason + "\r\n"
        + "Date: " + DateHeaderFilter.now() + "\r\n"
        + "Content-Type: " + Problem.MEDIA_TYPE + "\r\n"
        + "Content-Length: " + body.length + "\r\n"
        + "Connection: close\r\n\r\n";
    byte[] head8 = head.getBytes(StandardCharsets.US_ASCII);
    byte[] all = new byte[head8.length + body.length];
    System.arraycopy(head8, 0, all, 0, head8.length);
    System.arraycopy(body, 0, all, head8.length, body.length);
    return all;
  }

  private static byte[] body(int status, String detail) {
    try {
      return JSON.writeValueAsBytes(Problem.of(status, detail));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
