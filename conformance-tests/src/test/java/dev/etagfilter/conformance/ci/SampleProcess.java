package dev.etagfilter.conformance.ci;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The sample service as its own process, started the way its README says ({@code java -jar
 * sample-service.jar --port 0 --db-url URL}), from the runnable jar of any runtime's variant; its
 * base URL is read from the start banner, which every variant prints.
 */
final class SampleProcess implements AutoCloseable {

  private static final Pattern LISTENING = Pattern.compile("listening on (http://\\S+)");
  /** How long the process may take to start on a busy machine before the suite gives up. */
  private static final long START_SECONDS = 120;
  /** How long it may take to stop on SIGTERM: running requests finish, then the pool closes. */
  private static final long STOP_SECONDS = 30;

  private final Process process;
  private final URI baseUri;
  private final Path log;

  private SampleProcess(Process process, URI baseUri, Path log) {
    this.process = process;
    this.baseUri = baseUri;
    this.log = log;
  }

  /**
   * The runnable jar named by the system property {@code property} (this module's pom sets one per
   * variant), which must have been built.
   */
  static Path jar(String property) {
    String path = System.getProperty(property);
    if (path == null || !Files.isRegularFile(Path.of(path))) {
      throw new IllegalStateException("The runnable jar of " + property + " is missing (" + path + "): build it first"
          + " with mvn -pl " + moduleOf(path) + " -am package -DskipTests");
    }
    return Path.of(path);
  }

  /** The module a jar under {@code MODULE/target/} belongs to. */
  private static String moduleOf(String jar) {
    for (Path dir = jar == null ? null : Path.of(jar).getParent(); dir != null; dir = dir.getParent()) {
      if (dir.getFileName() != null && dir.getFileName().toString().equals("target") && dir.getParent() != null) {
        return dir.getParent().getFileName().toString();
      }
    }
    return "MODULE";
  }

  /** Starts the jar on a free port and waits for its banner; output goes to target/NAME.log. */
  static SampleProcess start(Path jar, String name, String jdbcUrl) throws IOException, InterruptedException {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process process = new ProcessBuilder(java, "-Xmx256m", "-jar", jar.toString(), "--port", "0", "--db-url", jdbcUrl)
        .redirectErrorStream(true)
        .start();
    Path log = Path.of("target", name + ".log");
    CompletableFuture<URI> listening = new CompletableFuture<>();
    Thread pump = new Thread(() -> pump(process, log, listening), name + "-output");
    pump.setDaemon(true);
    pump.start();
    try {
      return new SampleProcess(process, listening.get(START_SECONDS, TimeUnit.SECONDS), log.toAbsolutePath());
    } catch (ExecutionException | TimeoutException e) {
      process.destroyForcibly().waitFor();
      throw new IllegalStateException("The sample process did not start; see " + log.toAbsolutePath(), e);
    }
  }

  /** Copies the output to the log and completes {@code listening} with the banner's URL. */
  private static void pump(Process process, Path log, CompletableFuture<URI> listening) {
    List<String> seen = new ArrayList<>();
    try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
         var writer = Files.newBufferedWriter(log, StandardCharsets.UTF_8)) {
      for (String line = out.readLine(); line != null; line = out.readLine()) {
        writer.write(line);
        writer.newLine();
        writer.flush();
        seen.add(line);
        Matcher matcher = LISTENING.matcher(line);
        if (matcher.find()) {
          listening.complete(URI.create(matcher.group(1)));
        }
      }
    } catch (IOException e) {
      listening.completeExceptionally(e);
    }
    listening.completeExceptionally(new IllegalStateException("exited before listening: " + String.join("\n", seen)));
  }

  URI baseUri() {
    return baseUri;
  }

  /**
   * SIGTERM, so the sample's shutdown hook closes its pool; a process that is still running 30
   * seconds later is killed and reported, since every variant must stop cleanly on SIGTERM.
   */
  @Override
  public void close() throws IOException {
    process.destroy();
    try {
      if (!process.waitFor(STOP_SECONDS, TimeUnit.SECONDS)) {
        process.destroyForcibly().waitFor();
        throw new IOException("The sample process did not stop within " + STOP_SECONDS + " s of SIGTERM; see " + log);
      }
    } catch (InterruptedException e) {
      process.destroyForcibly();
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while stopping the sample process", e);
    }
  }
}
