package dev.etagfilter.sample.crash;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.etagfilter.testsupport.JarProcess;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * "A write is acknowledged only once it is durable" (shared/DESIGN.md), tested the hard way: the
 * sample's jar runs as its own process, clients make conditional writes and keep every answer, the
 * process is killed with SIGKILL ({@code destroyForcibly()}, no shutdown hook), and a new process on
 * the same data must still have every acknowledged version with its body. A version therefore never
 * goes backwards, and no entity tag is ever handed out twice (RFC 9110 8.8.3). Runs on the default
 * embedded H2 (where the database dies with the process) and on PostgreSQL.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CrashDurabilityIT {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final int ITEMS = 20;
  private static final int SEQUENTIAL_WRITES = 200;
  private static final int WRITERS = 8;
  private static final long CONCURRENT_MILLIS = 2000;

  private final HttpClient client =
      HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();
  private EmbeddedPostgres postgres;

  @BeforeAll
  void startPostgres() throws IOException {
    postgres = EmbeddedPostgres.builder().start();
  }

  @AfterAll
  void stopPostgres() throws IOException {
    postgres.close();
  }

  /** H2: every acknowledged sequential and concurrent write survives a SIGKILL of the service. */
  @Test
  void acknowledgedWritesSurviveAKilledServiceOnH2(@TempDir Path dir) throws Exception {
    assertAcknowledgedWritesSurviveCrashes("h2", "jdbc:h2:file:" + dir.resolve("items") + ";DB_CLOSE_ON_EXIT=FALSE");
    assertTrue(Files.exists(dir.resolve("items.mv.db")));
  }

  /** PostgreSQL: the same, with the database outliving the service. */
  @Test
  void acknowledgedWritesSurviveAKilledServiceOnPostgres() throws Exception {
    assertAcknowledgedWritesSurviveCrashes("postgres", postgres.getJdbcUrl("postgres", "postgres"));
  }

  private void assertAcknowledgedWritesSurviveCrashes(String name, String jdbcUrl) throws Exception {
    Map<String, Ack> acked = new ConcurrentHashMap<>();

    // Sequential: one writer, round-robin over the items, killed right after the last answer.
    try (JarProcess sample = start("crash-" + name + "-1", jdbcUrl)) {
      List<String> items = new ArrayList<>();
      for (int i = 0; i < ITEMS; i++) {
        items.add(create(sample.baseUri(), acked));
      }
      for (int i = 0; i < SEQUENTIAL_WRITES; i++) {
        put(sample.baseUri(), items.get(i % ITEMS), "seq-" + i, acked);
      }
      sample.crash();
    }
    int sequential = ITEMS + SEQUENTIAL_WRITES;
    assertEveryAcknowledgedWriteIsStored(name + " after the sequential crash", jdbcUrl, acked, Map.of());

    // Concurrent: several writers, killed at a moment when writes are on their way.
    Map<String, String> inFlight = new ConcurrentHashMap<>();
    int concurrent;
    try (JarProcess sample = start("crash-" + name + "-2", jdbcUrl)) {
      concurrent = writeConcurrentlyThenCrash(sample, acked, inFlight);
    }
    assertEveryAcknowledgedWriteIsStored(name + " after the concurrent crash", jdbcUrl, acked, inFlight);
    System.out.printf("crash test on %s: %d sequential and %d concurrent writes acknowledged; all found after"
        + " the restarts (%d items, %d writes in flight at the concurrent crash)%n",
        name, sequential, concurrent, acked.size(), inFlight.size());
  }

  /** Restarts on the data and checks every item: its last acknowledged version and body, or the write in flight. */
  private void assertEveryAcknowledgedWriteIsStored(
      String when, String jdbcUrl, Map<String, Ack> acked, Map<String, String> inFlight) throws Exception {
    try (JarProcess sample = start("crash-" + when.replace(' ', '-'), jdbcUrl)) {
      for (Map.Entry<String, Ack> entry : acked.entrySet()) {
        Ack ack = entry.getValue();
        String path = entry.getKey();
        HttpResponse<String> got = send(HttpRequest.newBuilder(sample.baseUri().resolve(path)).GET());
        assertEquals(200, got.statusCode(), when + ": " + path + " is gone");
        JsonNode stored = JSON.readTree(got.body());
        long version = stored.get("version").asLong();
        String color = stored.get("color").asText();
        if (version == ack.version() + 1 && color.equals(inFlight.get(entry.getKey()))) {
          // A write that was stored but whose answer never arrived: allowed, it was never acknowledged.
          entry.setValue(new Ack(version, color));
          continue;
        }
        assertEquals(ack.version(), version, when + ": the version of " + path + " went backwards or jumped");
        assertEquals(ack.color(), color, when + ": the body of " + path + " version " + version);
        assertEquals("\"" + version + "\"", got.headers().firstValue("ETag").orElseThrow());
      }
      // A stale ETag never matches again: the version it named is not reused for other content.
      for (Map.Entry<String, Ack> entry : acked.entrySet()) {
        long previous = entry.getValue().version() - 1;
        HttpResponse<String> stale =
            putRequest(sample.baseUri().resolve(entry.getKey()), "\"" + previous + "\"", "stale");
        assertEquals(412, stale.statusCode(), when + ": a stale If-Match matched " + entry.getKey());
      }
      sample.close();
    }
  }

  /** Writers on their own items until the service is killed; returns how many writes were acknowledged. */
  private int writeConcurrentlyThenCrash(JarProcess sample, Map<String, Ack> acked, Map<String, String> inFlight)
      throws Exception {
    List<String> items = new ArrayList<>(acked.keySet());
    URI base = sample.baseUri();
    AtomicBoolean crashed = new AtomicBoolean();
    ExecutorService pool = Executors.newFixedThreadPool(WRITERS);
    List<java.util.concurrent.Future<Integer>> counts = new ArrayList<>();
    for (int w = 0; w < WRITERS; w++) {
      int writer = w;
      counts.add(pool.submit(() -> {
        List<String> mine = new ArrayList<>();
        for (int i = writer; i < items.size(); i += WRITERS) {
          mine.add(items.get(i));
        }
        int done = 0;
        for (int i = 0; !crashed.get(); i++) {
          String item = mine.get(i % mine.size());
          String color = "w" + writer + "-" + i;
          inFlight.put(item, color);
          try {
            put(base, item, color, acked);
            done++;
          } catch (IOException e) {
            return done;   // the service is gone
          }
          inFlight.remove(item, color);
        }
        return done;
      }));
    }
    Thread.sleep(CONCURRENT_MILLIS);
    sample.crash();
    crashed.set(true);
    int total = 0;
    for (java.util.concurrent.Future<Integer> count : counts) {
      total += count.get(60, TimeUnit.SECONDS);
    }
    pool.shutdownNow();
    return total;
  }

  /** The sample's runnable jar (target/sample-service.jar, built in package) on the database at {@code jdbcUrl}. */
  private static JarProcess start(String name, String jdbcUrl) throws IOException, InterruptedException {
    return JarProcess.startSample(JarProcess.jar("etagfilter.sample.jar"), name, jdbcUrl);
  }

  /** POST a new item; its first version is acknowledged. */
  private String create(URI base, Map<String, Ack> acked) throws Exception {
    HttpResponse<String> created = send(HttpRequest.newBuilder(base.resolve("items"))
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(body("new"))));
    assertEquals(201, created.statusCode(), created.body());
    JsonNode item = JSON.readTree(created.body());
    String path = "items/" + item.get("id").asText();
    acked.put(path, new Ack(item.get("version").asLong(), "new"));
    return path;
  }

  /** PUT with the last acknowledged ETag; a 200 is recorded as acknowledged. */
  private void put(URI base, String item, String color, Map<String, Ack> acked) throws Exception {
    Ack last = acked.get(item);
    HttpResponse<String> answer = putRequest(base.resolve(item), "\"" + last.version() + "\"", color);
    assertEquals(200, answer.statusCode(), answer.body());
    long version = JSON.readTree(answer.body()).get("version").asLong();
    assertEquals(last.version() + 1, version);
    acked.put(item, new Ack(version, color));
  }

  private HttpResponse<String> putRequest(URI uri, String etag, String color) throws Exception {
    return send(HttpRequest.newBuilder(uri)
        .header("Content-Type", "application/json").header("If-Match", etag)
        .PUT(HttpRequest.BodyPublishers.ofString(body(color))));
  }

  private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
    return client.send(request.timeout(Duration.ofSeconds(20)).build(), HttpResponse.BodyHandlers.ofString());
  }

  private static String body(String color) {
    return "{\"name\":\"crash test\",\"color\":\"" + color + "\",\"price\":1}";
  }

  /** The last acknowledged state of an item: its version and the color written. */
  private record Ack(long version, String color) {}
}
