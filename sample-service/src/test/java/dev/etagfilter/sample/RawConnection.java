package dev.etagfilter.sample;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.nio.charset.StandardCharsets;

/**
 * One plain TCP connection to the service, for what an HTTP client library will not do: send a
 * request in pieces with pauses, stop half-way, or name another {@code Host}.
 */
public final class RawConnection implements AutoCloseable {

  private final Socket socket;

  /** Connects to the host and port of {@code base}. */
  public RawConnection(URI base) throws IOException {
    this.socket = new Socket(base.getHost(), base.getPort());
    socket.setTcpNoDelay(true);
  }

  /** Sends {@code text} (ASCII) now. */
  public RawConnection send(String text) throws IOException {
    socket.getOutputStream().write(text.getBytes(StandardCharsets.UTF_8));
    socket.getOutputStream().flush();
    return this;
  }

  /**
   * Everything the server sends until it closes the connection, or until {@code timeoutMillis}
   * pass; then what came so far, followed by {@code "[still open]"}.
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
