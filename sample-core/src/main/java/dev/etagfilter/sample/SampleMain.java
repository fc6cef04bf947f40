package dev.etagfilter.sample;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

/**
 * The command line of the sample on every runtime: parses the options ({@link SampleConfig#USAGE}),
 * starts the service with that runtime's bootstrap, prints the {@link StartBanner}, and runs until
 * Ctrl-C or SIGTERM, when a shutdown hook stops it (running requests finish, then the database
 * pool closes). A runtime's {@code Main} is one line:
 *
 * <pre>{@code
 * SampleMain.run(args, SampleServer::start);
 * }</pre>
 */
public final class SampleMain {

  private SampleMain() {}

  /**
   * Parses {@code args}, starts the service with {@code start}, prints where it is, and waits.
   * Exits with 2 for bad options and 1 when the service cannot start.
   */
  public static void run(String[] args, Function<SampleConfig, ? extends RunningSample> start)
      throws InterruptedException {
    List<String> options = Arrays.asList(args);
    if (options.contains("--help") || options.contains("-h")) {
      System.out.println(usage());
      return;
    }
    SampleConfig config;
    try {
      config = SampleConfig.parse(args);
    } catch (IllegalArgumentException e) {
      System.err.println(e.getMessage());
      System.err.println(usage());
      System.exit(2);
      return;
    }
    RunningSample service;
    try {
      service = start.apply(config);
    } catch (RuntimeException e) {
      System.err.println("could not start the sample service: " + (e.getMessage() != null ? e.getMessage() : e));
      System.exit(1);
      return;
    }
    Runtime.getRuntime().addShutdownHook(new Thread(() -> stop(service), "sample-service-shutdown"));
    System.out.println(StartBanner.of(service.baseUri(), config.effectiveJdbcUrl()));
    Thread.currentThread().join();
  }

  /** Runs in the shutdown hook; prints to stdout because java.util.logging may already be closed. */
  private static void stop(RunningSample service) {
    System.out.println("Stopping: finishing running requests, closing the database pool...");
    service.close();
    System.out.println("Stopped.");
  }

  /** {@link SampleConfig#USAGE}, naming the jar this runs from (each runtime has its own). */
  private static String usage() {
    try {
      Path location = Path.of(SampleMain.class.getProtectionDomain().getCodeSource().getLocation().toURI());
      if (Files.isRegularFile(location)) {
        return SampleConfig.USAGE.replace("sample-service.jar", location.getFileName().toString());
      }
    } catch (URISyntaxException | RuntimeException e) {
      // no jar to name: the usage as written
    }
    return SampleConfig.USAGE;
  }
}
