package dev.etagfilter.sample.jersey;

import dev.etagfilter.sample.RunningSample;
import dev.etagfilter.sample.SampleConfig;
import dev.etagfilter.sample.http.ItemPreconditions;
import dev.etagfilter.sample.http.JsonObjectBodyReader;
import dev.etagfilter.sample.http.SampleApplication;
import dev.etagfilter.sample.http.VersionConditions;
import dev.etagfilter.sample.store.Database;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.glassfish.grizzly.http.server.HttpServer;
import org.glassfish.grizzly.http.server.NetworkListener;
import org.glassfish.grizzly.threadpool.ThreadPoolConfig;
import org.glassfish.jersey.grizzly2.httpserver.GrizzlyHttpContainer;
import org.glassfish.jersey.server.ContainerFactory;
import org.glassfish.jersey.server.ResourceConfig;
import org.glassfish.jersey.server.ServerProperties;

/**
 * The running sample service on Jersey and Grizzly: the database, the {@link SampleApplication},
 * and the HTTP listener in front of it. Other modules start it in-process:
 *
 * <pre>{@code
 * try (SampleServer server = SampleServer.start(SampleConfig.defaults().withPort(0))) {
 *   URI items = server.baseUri().resolve("items");   // http://127.0.0.1:PORT/items
 * }
 * }</pre>
 *
 * <p>Everything Jersey- or Grizzly-specific lives in this package; the application itself is plain
 * Jakarta REST.
 */
public final class SampleServer implements RunningSample {

  private static final long GRACE_SECONDS = 5;

  /**
   * Worker threads: Jersey calls resources on them, and a resource blocks on JDBC (a pool of 10
   * connections) and on writing its answer. Slow request bodies never hold one ({@link
   * RequestGate}), so this only has to cover the database and the network, not the clients.
   */
  private static final int CORE_WORKERS = 8;

  private static final int MAX_WORKERS = 64;

  /**
   * Jersey warns that each resource instance "does not implement any provider interfaces" and
   * "will be ignored", then serves it all the same: the warning is about provider registration, and
   * resources given as instances ({@link SampleApplication#getSingletons()}) trip it. Kept here so
   * the level holds (java.util.logging keeps loggers weakly).
   */
  private static final java.util.logging.Logger JERSEY_PROVIDERS = quiet("org.glassfish.jersey.internal.inject.Providers");

  private final SampleConfig config;
  private final Database database;
  private final HttpServer http;
  private final ScheduledExecutorService timer;
  private final URI baseUri;
  private boolean closed;

  private SampleServer(
      SampleConfig config, Database database, HttpServer http, ScheduledExecutorService timer, URI baseUri) {
    this.config = config;
    this.database = database;
    this.http = http;
    this.timer = timer;
    this.baseUri = baseUri;
  }

  /**
   * Opens (and migrates) the database, then starts serving.
   *
   * @throws RuntimeException when the database cannot be opened or the port cannot be bound;
   *     nothing is left running then
   */
  public static SampleServer start(SampleConfig config) {
    return start(config, ItemPreconditions::versionCondition);
  }

  /**
   * As {@link #start(SampleConfig)}, with {@code conditions} deciding what a write may replace and
   * {@code extras} added to the application's providers; tests pass a condition that wraps {@link
   * ItemPreconditions#versionCondition} and the filter that arms it.
   */
  public static SampleServer start(SampleConfig config, VersionConditions conditions, Object... extras) {
    Database database = Database.open(config.jdbcUrl(), config.store());
    ScheduledExecutorService timer = timer();
    try {
      HttpServer http = new HttpServer();
      NetworkListener listener = new NetworkListener("sample", config.host(), config.port());
      http.addListener(listener);
      http.getServerConfiguration().setDefaultQueryEncoding(StandardCharsets.UTF_8);
      RequestDeadline deadline = new RequestDeadline(config.readTimeout(), timer);
      listener.registerAddOn(deadline);
      listener.getTransport().setWorkerThreadPoolConfig(ThreadPoolConfig.defaultConfig().copy()
          .setPoolName("sample-workers").setCorePoolSize(CORE_WORKERS).setMaxPoolSize(MAX_WORKERS));
      startOrFail(http);
      URI listening = URI.create("http://" + hostForUri(config.host()) + ":" + listener.getPort() + "/");
      URI publicBase = config.publicBaseUri() != null ? config.publicBaseUri() : listening;
      ResourceConfig jersey = ResourceConfig.forApplication(
              new SampleApplication(database, publicBase, conditions, extras))
          .property(ServerProperties.WADL_FEATURE_DISABLE, true);
      GrizzlyHttpContainer container = ContainerFactory.createContainer(GrizzlyHttpContainer.class, jersey);
      http.getServerConfiguration().addHttpHandler(
          new RequestGate(container, deadline, timer, JsonObjectBodyReader.DEFAULT_MAX_BYTES));
      return new SampleServer(config, database, http, timer, listening);
    } catch (RuntimeException e) {
      timer.shutdownNow();
      database.close();
      throw e;
    }
  }

  @Override
  public URI baseUri() {
    return baseUri;
  }

  /** The configuration it was started with. */
  public SampleConfig config() {
    return config;
  }

  /**
   * Stops accepting requests, lets running ones finish (up to 5 seconds), then closes the database.
   * Calling it again does nothing.
   */
  @Override
  public synchronized void close() {
    if (closed) {
      return;
    }
    closed = true;
    try {
      stopHttp();
    } finally {
      timer.shutdownNow();
      database.close();
    }
  }

  /** Graceful first; a hard stop only when requests are still running after the grace period. */
  private void stopHttp() {
    try {
      http.shutdown(GRACE_SECONDS, TimeUnit.SECONDS).get(GRACE_SECONDS + 1, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      http.shutdownNow();
    } catch (ExecutionException | TimeoutException e) {
      http.shutdownNow();
    }
  }

  private static java.util.logging.Logger quiet(String name) {
    java.util.logging.Logger logger = java.util.logging.Logger.getLogger(name);
    logger.setLevel(java.util.logging.Level.SEVERE);
    return logger;
  }

  private static ScheduledExecutorService timer() {
    ScheduledThreadPoolExecutor timer = new ScheduledThreadPoolExecutor(1, runnable -> {
      Thread thread = Executors.defaultThreadFactory().newThread(runnable);
      thread.setName("sample-request-deadlines");
      thread.setDaemon(true);
      return thread;
    });
    timer.setRemoveOnCancelPolicy(true);
    return timer;
  }

  private static void startOrFail(HttpServer http) {
    try {
      http.start();
    } catch (IOException e) {
      http.shutdownNow();
      throw new UncheckedIOException("could not listen: " + e.getMessage(), e);
    }
  }

  /** IPv6 literals need brackets in a URI. */
  private static String hostForUri(String host) {
    return host.contains(":") && !host.startsWith("[") ? "[" + host + "]" : host;
  }
}
