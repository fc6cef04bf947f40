package dev.etagfilter.testsupport;

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
 * A runnable jar as its own process ({@code java -Xmx256m -jar JAR ARGS}), its output copied to
 * {@code target/NAME.log} and its base URL read from the {@code listening on URL} line that every
 * variant of the sample prints once it serves.
 *
 * <pre>{@code
 * try (JarProcess sample = JarProcess.startSample(JarProcess.jar("etagfilter.sample.jar"), "sample", jdbcUrl)) {
 *   URI base = sample.baseUri();
 * }
 * }</pre>
 */
public final class JarProcess implements AutoCloseable {

  private static final Pattern LISTENING = Pattern.compile("listening on (http://\\S+)");
  /** How long the process may take to start on a busy machine before the test gives up. */
  private static final long START_SECONDS = 120;
  /** How long it may take to stop on SIGTERM: running requests finish, then the pool closes. */
  private static final long STOP_SECONDS = 30;

  private final Process process;
  private final URI baseUri;
  private final Path log;

  private JarProcess(Process process, URI baseUri, Path log) {
    this.process = process;
    this.baseUri = baseUri;
    this.log = log;
  }

  /**
   * The runnable jar named by the system property {@code property} (the module's pom sets it),
   * which must have been built.
   */
  public static Path jar(String property) {
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

  /**
   * Starts a sample variant's jar as its README says ({@code --port 0 --db-url URL}), on a free port
   * with the database at {@code jdbcUrl}, and waits until it listens.
   */
  public static JarProcess startSample(Path jar, String name, String jdbcUrl) throws IOException, InterruptedException {
    return start(jar, name, "--port", "0", "--db-url", jdbcUrl);
  }

  /** Starts {@code jar} with {@code arguments} and waits for its banner; output goes to target/NAME.log. */
  public static JarProcess start(Path jar, String name, String... arguments) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx256m", "-jar", jar.toString()));
    command.addAll(List.of(arguments));
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    Path log = Path.of("target", name + ".log").toAbsolutePath();
    CompletableFuture<URI> listening = new CompletableFuture<>();
    Thread pump = new Thread(() -> pump(process, log, listening), name + "-output");
    pump.setDaemon(true);
    pump.start();
    try {
      return new JarProcess(process, listening.get(START_SECONDS, TimeUnit.SECONDS), log);
    } catch (ExecutionException | TimeoutException e) {
      process.destroyForcibly().waitFor();
      throw new IllegalStateException("The process of " + jar.getFileName() + " did not start; see " + log, e);
    }
  }

  /** Copies the output to the log and completes {@code listening} with the banner's URL. */
  private static void pump(Process process, Path log, CompletableFuture<URI> listening) {
    List<String> beforeBanner = new ArrayList<>();
    try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
         var writer = Files.newBufferedWriter(log, StandardCharsets.UTF_8)) {
      for (String line = out.readLine(); line != null; line = out.readLine()) {
        writer.write(line);
        writer.newLine();
        writer.flush();
        if (!listening.isDone()) {
          beforeBanner.add(line);
        }
        Matcher matcher = LISTENING.matcher(line);
        if (matcher.find()) {
          listening.complete(URI.create(matcher.group(1)));
        }
      }
    } catch (IOException e) {
      listening.completeExceptionally(e);
    }
    listening.completeExceptionally(new IllegalStateException("exited before listening: " + String.join("\n", beforeBanner)));
  }

  /** The base URL from the banner, e.g. {@code http://127.0.0.1:41234/}. */
  public URI baseUri() {
    return baseUri;
  }

  /** SIGKILL, as a crash or {@code kill -9} would end it: no shutdown hook runs. */
  public void crash() throws InterruptedException {
    process.destroyForcibly().waitFor();
  }

  /**
   * SIGTERM, so the process's shutdown hooks run; one still running 30 seconds later is killed and
   * reported, since every variant must stop cleanly on SIGTERM.
   */
  @Override
  public void close() throws IOException {
    process.destroy();
    try {
      if (!process.waitFor(STOP_SECONDS, TimeUnit.SECONDS)) {
        process.destroyForcibly().waitFor();
        throw new IOException("The process did not stop within " + STOP_SECONDS + " s of SIGTERM; see " + log);
      }
    } catch (InterruptedException e) {
      process.destroyForcibly();
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while stopping the process", e);
    }
  }
}
