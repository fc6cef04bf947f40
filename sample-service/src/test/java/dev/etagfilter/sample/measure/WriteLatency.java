package dev.etagfilter.sample.measure;

import dev.etagfilter.sample.SampleConfig;
import dev.etagfilter.sample.jersey.SampleServer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Not a test: measures the latency of conditional PUTs against the sample on an H2 file, as a user
 * of the edit page would feel it (one HTTP round trip on loopback). Run by hand, e.g.
 *
 * <pre>{@code
 * java -cp "sample-service/target/test-classes:$(cat cp.txt)" dev.etagfilter.sample.measure.WriteLatency 2000 4
 * }</pre>
 *
 * It prints the median, 90th and 99th percentile and the mean of sequential PUTs (one writer),
 * then of {@code writers} concurrent writers, each on its own item. The figures are recorded in the
 * module README; they are not asserted anywhere.
 */
public final class WriteLatency {

  private static final String BODY = "{\"name\":\"T-shirt\",\"color\":\"c%d\",\"size\":\"M\",\"price\":12.50}";

  private WriteLatency() {}

  /**
   * {@code args}: number of PUTs per writer (default 1000), concurrent writers (default 4), and
   * extra H2 URL settings such as {@code ;WRITE_DELAY=0} (default none).
   */
  public static void main(String[] args) throws Exception {
    int count = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
    int writers = args.length > 1 ? Integer.parseInt(args[1]) : 4;
    String settings = args.length > 2 ? args[2] : "";
    Path dir = Files.createTempDirectory("write-latency-");
    String url = "jdbc:h2:file:" + dir.resolve("items") + ";DB_CLOSE_ON_EXIT=FALSE" + settings;
    try (SampleServer server = SampleServer.start(SampleConfig.defaults().withPort(0).withJdbcUrl(url))) {
      HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
      URI base = server.baseUri();
      run(client, base, 200, 1); // warm-up
      print("sequential, 1 writer", run(client, base, count, 1));
      print("concurrent, " + writers + " writers", run(client, base, count, writers));
    }
    // The JDK HTTP client's threads would keep the JVM alive.
    System.exit(0);
  }

  private static long[] run(HttpClient client, URI base, int count, int writers) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(writers);
    try {
      List<Future<long[]>> results = new ArrayList<>();
      for (int w = 0; w < writers; w++) {
        results.add(pool.submit(() -> writer(client, base, count)));
      }
      List<Long> all = new ArrayList<>();
      for (Future<long[]> result : results) {
        for (long nanos : result.get()) {
          all.add(nanos);
        }
      }
      return all.stream().mapToLong(Long::longValue).sorted().toArray();
    } finally {
      pool.shutdown();
    }
  }

  /** Creates an item, then PUTs it {@code count} times, each with the ETag the last answer gave. */
  private static long[] writer(HttpClient client, URI base, int count) throws Exception {
    HttpResponse<String> created = client.send(HttpRequest.newBuilder(base.resolve("items"))
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(String.format(BODY, 0))).build(),
        HttpResponse.BodyHandlers.ofString());
    URI item = URI.create(created.headers().firstValue("Location").orElseThrow());
    String etag = created.headers().firstValue("ETag").orElseThrow();
    long[] nanos = new long[count];
    for (int i = 0; i < count; i++) {
      long start = System.nanoTime();
      HttpResponse<String> put = client.send(HttpRequest.newBuilder(item)
          .header("Content-Type", "application/json").header("If-Match", etag)
          .PUT(HttpRequest.BodyPublishers.ofString(String.format(BODY, i + 1))).build(),
          HttpResponse.BodyHandlers.ofString());
      nanos[i] = System.nanoTime() - start;
      if (put.statusCode() != 200) {
        throw new IllegalStateException("PUT answered " + put.statusCode() + ": " + put.body());
      }
      etag = put.headers().firstValue("ETag").orElseThrow();
    }
    return nanos;
  }

  private static void print(String what, long[] sorted) {
    System.out.printf("%-24s n=%d  median %.2f ms  p90 %.2f ms  p99 %.2f ms  mean %.2f ms%n", what, sorted.length,
        millis(sorted[sorted.length / 2]), millis(sorted[(int) (sorted.length * 0.9)]),
        millis(sorted[(int) (sorted.length * 0.99)]), Arrays.stream(sorted).average().orElse(0) / 1e6);
  }

  private static double millis(long nanos) {
    return nanos / 1e6;
  }
}
