package dev.etagfilter.conformance.ci;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The control: an item endpoint with ETags but no precondition check, so every PUT overwrites
 * ("last write wins"). Reads are answered 20 ms after the state was read, so concurrent clients
 * certainly write from values that others have changed meanwhile. A plain JDK server, no filter.
 */
final class LastWriteWinsServer implements AutoCloseable {

  private static final long READ_DELAY_MILLIS = 20;

  /** A stored item: the body as last written, and a version that every write increments. */
  private record Stored(String body, long version) {}

  private final Map<String, Stored> items = new ConcurrentHashMap<>();
  private final AtomicLong ids = new AtomicLong();
  private final HttpServer server;
  private final ExecutorService threads = Executors.newFixedThreadPool(32);

  private LastWriteWinsServer(HttpServer server) {
    this.server = server;
    server.createContext("/items", this::handle);
    server.setExecutor(threads);
    server.start();
  }

  static LastWriteWinsServer start() throws IOException {
    return new LastWriteWinsServer(HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 64));
  }

  URI baseUri() {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/");
  }

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      String path = exchange.getRequestURI().getPath();
      String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
      switch (exchange.getRequestMethod()) {
        case "POST" -> create(exchange, body);
        case "GET" -> read(exchange, path);
        case "PUT" -> respond(exchange, 200, items.compute(path, (key, old) -> new Stored(body, old == null ? 1 : old.version() + 1)));
        default -> exchange.sendResponseHeaders(405, -1);
      }
    }
  }

  private void create(HttpExchange exchange, String body) throws IOException {
    String path = "/items/" + ids.incrementAndGet();
    Stored stored = new Stored(body, 1);
    items.put(path, stored);
    exchange.getResponseHeaders().add("Location", path);
    respond(exchange, 201, stored);
  }

  private void read(HttpExchange exchange, String path) throws IOException {
    Stored stored = items.get(path);
    if (stored == null) {
      exchange.sendResponseHeaders(404, -1);
      return;
    }
    try {
      Thread.sleep(READ_DELAY_MILLIS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    respond(exchange, 200, stored);
  }

  private static void respond(HttpExchange exchange, int status, Stored stored) throws IOException {
    byte[] bytes = stored.body().getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().add("Content-Type", "application/json");
    exchange.getResponseHeaders().add("ETag", "\"" + stored.version() + "\"");
    exchange.sendResponseHeaders(status, bytes.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(bytes);
    }
  }

  @Override
  public void close() {
    server.stop(0);
    threads.shutdownNow();
  }
}
