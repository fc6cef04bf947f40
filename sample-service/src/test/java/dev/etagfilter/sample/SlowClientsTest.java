package dev.etagfilter.sample;

import static dev.etagfilter.sample.TestClient.SHIRT;
import static dev.etagfilter.sample.TestClient.etag;
import static dev.etagfilter.sample.TestClient.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.etagfilter.sample.jersey.SampleServer;
import dev.etagfilter.testsupport.RawConnection;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Slow and broken clients cannot stall the service, and get a 4xx or a closed connection, never a
 * 5xx or a stack trace in the log: a request must arrive, head and body, within the read timeout
 * (here 3 s), else 408 (RFC 9110 15.5.9) and the connection is closed; waiting for a body holds no
 * worker thread. The figures (slowest answer to the other clients) are printed for the README.
 */
class SlowClientsTest {

  private static final Duration READ_TIMEOUT = Duration.ofSeconds(3);
  private static final String POST_HEAD =
      "POST /items HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\nContent-Length: "
          + SHIRT.length() + "\r\n\r\n";

  private SampleServer server;
  private TestClient http;
  private final List<LogRecord> logged = new CopyOnWriteArrayList<>();
  private final Handler capture = new Handler() {
    @Override
    public void publish(LogRecord record) {
      logged.add(record);
    }

    @Override
    public void flush() {}

    @Override
    public void close() {}
  };

  @BeforeEach
  void start() {
    Logger.getLogger("").addHandler(capture);
    server = SampleServer.start(SampleConfig.defaults().withPort(0)
        .withJdbcUrl("jdbc:h2:mem:slow-clients;DB_CLOSE_DELAY=-1").withReadTimeout(READ_TIMEOUT));
    http = new TestClient(server.baseUri());
  }

  @AfterEach
  void stop() {
    server.close();
    Logger.getLogger("").removeHandler(capture);
  }

  /**
   * 32 connections trickle or stall their heads and bodies; meanwhile every GET and PUT of another
   * client is answered within a second, each slow connection ends with a 408 problem and is closed,
   * nothing they sent is stored, and nothing is logged with a stack trace.
   */
  @Test
  void thirtyTwoSlowConnectionsDelayNobodyAndEachGetsA408() throws Exception {
    String path = http.create(SHIRT);
    int itemsBefore = json(http.get("items")).size();
    ExecutorService slow = Executors.newFixedThreadPool(32);
    try {
      List<Future<String>> answers = new ArrayList<>();
      for (int i = 0; i < 8; i++) {
        answers.add(slow.submit(() -> slowClient(POST_HEAD, SHIRT, 200)));          // trickles its body
        answers.add(slow.submit(() -> slowClient(POST_HEAD + "{\"na", "", 0)));      // stalls its body
        answers.add(slow.submit(() -> slowClient("", POST_HEAD + SHIRT, 200)));      // trickles its head
        answers.add(slow.submit(() -> slowClient("POST /items HTTP/1.1\r\nHo", "", 0))); // stalls its head
      }
      Thread.sleep(300);

      long slowest = 0;
      String etag = "\"1\"";
      for (int i = 0; i < 10; i++) {
        long start = System.nanoTime();
        HttpResponse<String> got = http.get(path);
        HttpResponse<String> put = http.put(path, "{\"name\":\"T-shirt\",\"price\":" + (i + 1) + "}", "If-Match", etag);
        slowest = Math.max(slowest, System.nanoTime() - start);
        assertEquals(200, got.statusCode());
        assertEquals(200, put.statusCode(), put.body());
        etag = etag(put);
      }
      assertTrue(slowest < TimeUnit.SECONDS.toNanos(1), "a GET and PUT took " + slowest / 1_000_000 + " ms");

      for (Future<String> answer : answers) {
        String received = answer.get(30, TimeUnit.SECONDS);
        assertTrue(received.startsWith("HTTP/1.1 408"), received);
        assertTrue(received.contains("application/problem+json"), received);
        assertTrue(received.contains("\r\nDate: "), received);
        assertTrue(!received.endsWith("[still open]"), "the connection was left open: " + received);
      }
      System.out.printf("slow clients: 32 connections held; slowest GET+PUT of another client %.1f ms;"
          + " every slow connection answered 408 and closed%n", slowest / 1e6);
    } finally {
      slow.shutdownNow();
    }
    assertEquals(itemsBefore, json(http.get("items")).size(), "a slow client's item was stored");
    assertNoStackTraceLogged();
  }

  /** A client that disconnects in the middle of its body is logged in one line; the service carries on. */
  @Test
  void aClientThatBreaksOffMidBodyIsOneLogLineAndNothingIsWritten() throws Exception {
    int itemsBefore = json(http.get("items")).size();
    for (int i = 0; i < 5; i++) {
      try (RawConnection connection = new RawConnection(server.baseUri())) {
        connection.send(POST_HEAD + SHIRT.substring(0, 10));
        Thread.sleep(100);
      }
    }
    Thread.sleep(300);

    assertEquals(itemsBefore, json(http.get("items")).size());
    assertNoStackTraceLogged();
    assertTrue(logged.stream().filter(r -> r.getLevel().intValue() >= Level.INFO.intValue()).count() <= 5,
        "more than one line per broken request: " + logged.stream().map(LogRecord::getMessage).toList());
  }

  /** Sends {@code first}, then {@code rest} one character per {@code pauseMillis} (or never when 0). */
  private String slowClient(String first, String rest, int pauseMillis) throws IOException, InterruptedException {
    try (RawConnection connection = new RawConnection(server.baseUri())) {
      connection.send(first);
      if (pauseMillis > 0) {
        try {
          for (char c : rest.toCharArray()) {
            Thread.sleep(pauseMillis);
            connection.send(String.valueOf(c));
          }
        } catch (IOException closedByTheServer) {
          // expected once the deadline has passed
        }
      }
      return connection.readUntilClosed(15_000);
    }
  }

  private void assertNoStackTraceLogged() {
    for (LogRecord record : logged) {
      assertTrue(record.getThrown() == null && record.getLevel().intValue() < Level.SEVERE.intValue(),
          "logged " + record.getLevel() + " " + record.getMessage() + " " + record.getThrown());
    }
  }
}
