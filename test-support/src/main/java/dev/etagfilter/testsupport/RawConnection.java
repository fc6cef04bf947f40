package dev.etagfilter.testsupport;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import javax.net.ssl.SSLSocketFactory;

/**
 * One plain TCP connection (TLS for an {@code https} URI) to a server, for what an HTTP client
 * library will not do: send a request in pieces with pauses, stop half-way, or send bytes it would
 * refuse or rewrite. Text is sent as ISO-8859-1, one byte per character: the octets HTTP fields
 * carry (RFC 9110 5.5).
 */
public final class RawConnection implements AutoCloseable {

  private final Socket socket;

  /** Connects to the host and port of {@code base}; the default port of its scheme when it names none. */
  public RawConnection(URI base) throws IOException {
    this.socket = "https".equals(base.getScheme())
        ? SSLSocketFactory.getDefault().createSocket(base.getHost(), port(base))
        : new Socket(base.getHost(), port(base));
    socket.setTcpNoDelay(true);
  }

  /** The port of {@code base}, or its scheme's default (443 for https, else 80). */
  static int port(URI base) {
    return base.getPort() != -1 ? base.getPort() : "https".equals(base.getScheme()) ? 443 : 80;
  }

  /** Sends {@code text} now, one byte per character (ISO-8859-1). */
  public RawConnection send(String text) throws IOException {
    return send(text.getBytes(StandardCharsets.ISO_8859_1));
  }

  /** Sends {@code bytes} now. */
  public RawConnection send(byte[] bytes) throws IOException {
    OutputStream out = socket.getOutputStream();
    out.write(bytes);
    out.flush();
    return this;
  }

  /**
   * Everything the server sends until it closes the connection; a {@link SocketTimeoutException}
   * when nothing arrives for {@code timeoutMillis}.
   */
  public byte[] readAll(int timeoutMillis) throws IOException {
    socket.setSoTimeout(timeoutMillis);
    return socket.getInputStream().readAllBytes();
  }

  /**
   * Everything the server sends (as UTF-8) until it closes the connection, or until {@code
   * timeoutMillis} pass; then what came so far, followed by {@code "[still open]"}.
   */
  public String readUntilClosed(int timeoutMillis) throws IOException {
    socket.setSoTimeout(timeoutMillis);
    ByteArrayOutputStream received = new ByteArrayOutputStream();
    InputStream in = socket.getInputStream();
    byte[] buffer = new byte[4096];
    try {
      for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
        received.write(buffer, 0, n);
      }
    } catch (SocketTimeoutException e) {
      return received.toString(StandardCharsets.UTF_8) + "[still open]";
    } catch (IOException e) {
      // A reset after the answer is a closed connection too.
    }
    return received.toString(StandardCharsets.UTF_8);
  }

  @Override
  public void close() throws IOException {
    socket.close();
  }
}
