package dev.etagfilter.sample;

import com.zaxxer.hikari.HikariDataSource;
import dev.etagfilter.ConflictStatistics;
import dev.etagfilter.ETagFeature;
import dev.etagfilter.sample.store.Database;
import dev.etagfilter.sample.store.ItemStore;
import dev.etagfilter.sample.store.ItemTable;
import dev.etagfilter.sample.web.JsonMapperResolver;
import dev.etagfilter.sample.web.RequestTargetGuard;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.glassfish.grizzly.http.server.HttpServer;
import org.glassfish.grizzly.http.server.NetworkListener;
import org.glassfish.jersey.grizzly2.httpserver.GrizzlyHttpContainer;
import org.glassfish.jersey.grizzly2.httpserver.GrizzlyHttpServerFactory;
import org.glassfish.jersey.server.ContainerFactory;

/**
 * The running sample service: the database pool, the Jersey application and the Grizzly server.
 * Other modules start it in-process:
 *
 * <pre>{@code
 * try (SampleServer server = SampleServer.start(SampleConfig.defaults().withPort(0))) {
 *   URI items = server.baseUri().resolve("items");   // http://127.0.0.1:PORT/items
 *   ...
 *   server.statistics().snapshot();                  // the 412/428 counts per resource
 * }
 * }</pre>
 */
public final class SampleServer implements AutoCloseable {

  private static final long GRACE_SECONDS = 5;

  private final SampleConfig config;
  private final HikariDataSource pool;
  private final HttpServer http;
  private final ETagFeature feature;
  private final URI baseUri;
  private boolean closed;

  private SampleServer(SampleConfig config, HikariDataSource pool, HttpServer http, ETagFeature feature, URI baseUri) {
    this.config = config;
    this.pool = pool;
    this.http = http;
    this.feature = feature;
    this.baseUri = baseUri;
  }

  /**
   * Opens (and migrates) the database, then starts serving.
   *
   * @throws RuntimeException when the database cannot be opened or the port cannot be bound;
   *     nothing is left running then
   */
  public static SampleServer start(SampleConfig config) {
    HikariDataSource pool = Database.open(config.jdbcUrl());
    try {
      ItemStore store = new ItemStore(new ItemTable(pool));
      JsonMapperResolver json = new JsonMapperResolver();
      ETagFeature feature = SampleApplication.feature(store, json);
      URI bind = URI.create("http://" + hostForUri(config.host()) + ":" + config.port() + "/");
      GrizzlyHttpContainer jersey = ContainerFactory.createContainer(
          GrizzlyHttpContainer.class, SampleApplication.create(store, feature, json, config.testDelays()));
      HttpServer http = GrizzlyHttpServerFactory.createHttpServer(bind, false);
      http.getServerConfiguration().addHttpHandler(new RequestTargetGuard(jersey, json.mapper()));
      startOrFail(http);
      int port = http.getListeners().stream().findFirst().map(NetworkListener::getPort).orElseThrow();
      URI base = URI.create("http://" + hostForUri(config.host()) + ":" + port + "/");
      return new SampleServer(config, pool, http, feature, base);
    } catch (RuntimeException e) {
      pool.close();
      throw e;
    }
  }

  /** Where it serves, e.g. {@code http://127.0.0.1:8080/}; {@code items} resolves against it. */
  public URI baseUri() {
    return baseUri;
  }

  /** The registered library feature. */
  public ETagFeature feature() {
    return feature;
  }

  /** The library's per-resource counts of 412, 428 and forced overrides (as at {@code /admin/conflicts}). */
  public ConflictStatistics statistics() {
    return feature.statistics();
  }

  /** The configuration it was started with. */
  public SampleConfig config() {
    return config;
  }

  /**
   * Stops accepting requests, lets running ones finish (up to 5 seconds), then closes the pool.
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
      pool.close();
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
