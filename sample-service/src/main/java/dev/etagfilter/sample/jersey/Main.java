package dev.etagfilter.sample.jersey;

import dev.etagfilter.sample.SampleConfig;
import dev.etagfilter.sample.StartBanner;
import java.util.Arrays;
import java.util.List;

/**
 * Starts the sample service from the command line ({@link SampleConfig#USAGE}) and runs it until
 * Ctrl-C or SIGTERM, when a shutdown hook closes the server and the database pool.
 */
public final class Main {

  private Main() {}

  /** Parses {@code args}, starts the server, prints where it is, and waits. */
  public static void main(String[] args) throws InterruptedException {
    List<String> options = Arrays.asList(args);
    if (options.contains("--help") || options.contains("-h")) {
      System.out.println(SampleConfig.USAGE);
      return;
    }
    SampleConfig config;
    try {
      config = SampleConfig.parse(args);
    } catch (IllegalArgumentException e) {
      System.err.println(e.getMessage());
      System.err.println(SampleConfig.USAGE);
      System.exit(2);
      return;
    }
    SampleServer server;
    try {
      server = SampleServer.start(config);
    } catch (RuntimeException e) {
      System.err.println("could not start the sample service: " + e.getMessage());
      System.exit(1);
      return;
    }
    Runtime.getRuntime().addShutdownHook(new Thread(() -> stop(server), "sample-service-shutdown"));
    System.out.println(StartBanner.of(server.baseUri(), config.effectiveJdbcUrl()));
    Thread.currentThread().join();
  }

  /** Runs in the shutdown hook; prints to stdout because java.util.logging may already be closed. */
  private static void stop(SampleServer server) {
    System.out.println("Stopping: finishing running requests, closing the database pool...");
    server.close();
    System.out.println("Stopped.");
  }
}
