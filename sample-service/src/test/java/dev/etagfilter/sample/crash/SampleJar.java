package dev.etagfilter.sample.crash;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The sample's runnable jar ({@code target/sample-service.jar}, built in {@code package}) as its own
 * process, started the way its README says; its base URL is read from the start banner, and its
 * output goes to {@code target/NAME.log}.
 */
final class SampleJar implements AutoCloseable {

  private static final Pattern LISTENING = Pattern.compile("listening on (http://\\S+)");
  private static final long START_SECONDS = 120;

  private final Process process;
  private final URI baseUri;

  private SampleJar(Process process, URI baseUri) {
    this.process = process;
    this.baseUri = baseUri;
  }

  /** Starts the jar on a free port with the database at {@code jdbcUrl} and waits until it listens. */
  static SampleJar start(String name, String jdbcUrl) throws IOException, InterruptedException {
    Path jar = Path.of(System.getProperty("etagfilter.sample.jar", "target/sample-service.jar"));
    if (!Files.isRegularFile(jar)) {
      throw new IllegalStateException("The runnable jar " + jar.toAbsolutePath() + " is missing: run mvn package first");
    }
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
      return new SampleJar(process, listening.get(START_SECONDS, TimeUnit.SECONDS));
    } catch (ExecutionException | TimeoutException e) {
      process.destroyForcibly().waitFor();
      throw new IllegalStateException("The sample process did not start; see " + log.toAbsolutePath(), e);
    }
  }

  private static void pump(Process process, Path log, CompletableFuture<URI> listening) {
    try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
         var writer = Files.newBufferedWriter(log, StandardCharsets.UTF_8,
             java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND)) {
      for (String line = out.readLine(); line != null; line = out.readLine()) {
        writer.write(line);
        writer.newLine();
        writer.flush();
        Matcher matcher = LISTENING.matcher(line);
        if (matcher.find()) {
          listening.complete(URI.create(matcher.group(1)));
        }
      }
    } catch (IOException e) {
      listening.completeExceptionally(e);
    }
    listening.completeExceptionally(new IllegalStateException("exited before listening"));
  }

  URI baseUri() {
    return baseUri;
  }

  /** SIGKILL, as a crash or {@code kill -9} would end it: no shutdown hook runs. */
  void crash() throws InterruptedException {
    process.destroyForcibly().waitFor();
  }

  @Override
  public void close() throws InterruptedException {
    process.destroy();
    if (!process.waitFor(30, TimeUnit.SECONDS)) {
      process.destroyForcibly().waitFor();
    }
  }
}
