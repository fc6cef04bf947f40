package dev.etagfilter.client.it;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A loopback TCP proxy in front of the service that can lose one answer: the request reaches the
 * server (and is applied), but its response never reaches the client, which waits until its read
 * timeout, exactly as after a dropped connection or a gateway timeout. It also records the head of
 * every request it forwards. One test at a time; it stops when closed.
 */
final class LossyProxy implements AutoCloseable {

  private final ServerSocket listener;
  private final URI target;
  private final URI base;
  private final AtomicReference<String> loseAnswerTo = new AtomicReference<>();
  private final List<String> requestHeads = new CopyOnWriteArrayList<>();
  private final List<Socket> sockets = new CopyOnWriteArrayList<>();

  LossyProxy(URI target) throws IOException {
    this.target = target;
    this.listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
    this.base = URI.create("http://127.0.0.1:" + listener.getLocalPort() + target.getRawPath());
    Thread acceptor = new Thread(this::acceptLoop, "lossy-proxy");
    acceptor.setDaemon(true);
    acceptor.start();
  }

  /** The service's base URI through this proxy. */
  URI base() {
    return base;
  }

  /** The answer to the next request with {@code method} will be lost. */
  void loseNextAnswerTo(String method) {
    loseAnswerTo.set(method.toUpperCase(Locale.ROOT) + " ");
  }

  /** The values of {@code header} in the requests forwarded so far, in order (null where absent). */
  List<String> sent(String method, String header) {
    String prefix = header.toLowerCase(Locale.ROOT) + ":";
    return requestHeads.stream()
        .filter(head -> head.startsWith(method + " "))
        .map(head -> head.lines()
            .filter(line -> line.toLowerCase(Locale.ROOT).startsWith(prefix))
            .map(line -> line.substring(prefix.length()).strip())
            .findFirst().orElse(null))
        .toList();
  }

  private void acceptLoop() {
    while (!listener.isClosed()) {
      try {
        Socket client = listener.accept();
        Socket server = new Socket(target.getHost(), target.getPort());
        sockets.add(client);
        sockets.add(server);
        boolean[] lose = new boolean[1];
        start(() -> pipeRequests(client, server, lose));
        start(() -> pipeResponses(server, client, lose));
      } catch (IOException closed) {
        return;
      }
    }
  }

  /** Client to server; marks the connection when a request whose answer is to be lost goes by. */
  private void pipeRequests(Socket client, Socket server, boolean[] lose) {
    try (InputStream in = client.getInputStream(); OutputStream out = server.getOutputStream()) {
      byte[] buffer = new byte[16 * 1024];
      for (int n; (n = in.read(buffer)) > 0; ) {
        String chunk = new String(buffer, 0, Math.min(n, 4096), StandardCharsets.ISO_8859_1);
        int headEnd = chunk.indexOf("\r\n\r\n");
        if (headEnd > 0 && Character.isUpperCase(chunk.charAt(0))) {
          String head = chunk.substring(0, headEnd);
          requestHeads.add(head);
          String method = loseAnswerTo.get();
          if (method != null && head.startsWith(method) && loseAnswerTo.compareAndSet(method, null)) {
            synchronized (lose) {
              lose[0] = true;
            }
          }
        }
        out.write(buffer, 0, n);
        out.flush();
      }
    } catch (IOException closed) {
      // the other side went away
    } finally {
      closeQuietly(client);
      closeQuietly(server);
    }
  }

  /**
   * Server to client, except on a connection marked to lose its answer: then nothing more arrives,
   * not even the server closing the connection (a lost answer is silence until the client's timeout).
   */
  private void pipeResponses(Socket server, Socket client, boolean[] lose) {
    boolean losing = false;
    try {
      InputStream in = server.getInputStream();
      OutputStream out = client.getOutputStream();
      byte[] buffer = new byte[16 * 1024];
      for (int n; (n = in.read(buffer)) > 0; ) {
        synchronized (lose) {
          losing = lose[0];
        }
        if (!losing) {
          out.write(buffer, 0, n);
          out.flush();
        }
      }
    } catch (IOException closed) {
      // the other side went away
    } finally {
      closeQuietly(server);
      if (!losing) {
        closeQuietly(client);
      }
    }
  }

  private static void start(Runnable pipe) {
    Thread thread = new Thread(pipe, "lossy-proxy-pipe");
    thread.setDaemon(true);
    thread.start();
  }

  private static void closeQuietly(Socket socket) {
    try {
      socket.close();
    } catch (IOException ignored) {
      // closing anyway
    }
  }

  @Override
  public void close() {
    try {
      listener.close();
    } catch (IOException ignored) {
      // closing anyway
    }
    sockets.forEach(LossyProxy::closeQuietly);
  }
}
