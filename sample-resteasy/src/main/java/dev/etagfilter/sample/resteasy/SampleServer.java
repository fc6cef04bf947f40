package dev.etagfilter.sample.resteasy;

import dev.etagfilter.sample.RunningSample;
import dev.etagfilter.sample.SampleConfig;
import dev.etagfilter.sample.http.ItemPreconditions;
import dev.etagfilter.sample.http.SampleApplication;
import dev.etagfilter.sample.store.Database;
import io.undertow.Handlers;
import io.undertow.Undertow;
import io.undertow.UndertowOptions;
import io.undertow.server.handlers.GracefulShutdownHandler;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.jboss.resteasy.plugins.server.undertow.UndertowJaxrsServer;

/**
 * The running sample service on RESTEasy and Undertow: the database, sample-core's {@link
 * SampleApplication} deployed as it is (RESTEasy reads its singletons, the library's feature among
 * them), and Undertow's listener in front. Everything RESTEasy- or Undertow-specific is here.
 */
public final class SampleServer implements RunningSample {

  private static final long GRACE_MILLIS = TimeUnit.SECONDS.toMillis(5);

  /**
   * RESTEasy logs one line per singleton of the application at start (a dozen here); warnings
   * stay. Kept here so the level holds (java.util.logging keeps loggers weakly).
   */
  private static final Logger RESTEASY_DEPLOYMENT = quiet("org.jboss.resteasy.core.ResteasyDeploymentImpl");

  private final Database database;
  private final Deployment http;
  private final URI baseUri;
  private boolean closed;

  private SampleServer(Database database, Deployment http, URI baseUri) {
    this.database = database;
    this.http = http;
    this.baseUri = baseUri;
  }

  /**
   * Opens (and migrates) the database, then starts serving.
   *
   * @throws RuntimeException when the database cannot be opened or the port cannot be bound;
   *     nothing is left running then
   */
  public static SampleServer start(SampleConfig config) {
    return start(config, new Object[0]);
  }

  /**
   * As {@link #start(SampleConfig)}, with {@code extras} added to the application's providers (such
   * as an authentication filter).
   */
  public static SampleServer start(SampleConfig config, Object... extras) {
    Database database = Database.open(config.jdbcUrl(), config.store());
    Deployment http = new Deployment();
    try {
      int timeoutMillis = Math.toIntExact(config.readTimeout().toMillis());
      http.start(Undertow.builder()
          .addHttpListener(config.port(), config.host())
          // The head must arrive within the read timeout. Bodies have no such bound here: Undertow's
          // socket read timeout breaks its own servlet input stream (a NullPointerException inside
          // Undertow instead of an IOException), so a stalled body holds a worker until the client goes.
          .setServerOption(UndertowOptions.REQUEST_PARSE_TIMEOUT, timeoutMillis));
      URI listening = URI.create("http://" + hostForUri(config.host()) + ":" + http.port() + "/");
      URI publicBase = config.publicBaseUri() != null ? config.publicBaseUri() : listening;
      http.deploy(new SampleApplication(database, publicBase, ItemPreconditions::versionCondition, extras), "/");
      return new SampleServer(database, http, listening);
    } catch (RuntimeException e) {
      http.stop();
      database.close();
      throw e;
    }
  }

  @Override
  public URI baseUri() {
    return baseUri;
  }

  @Override
  public synchronized void close() {
    if (closed) {
      return;
    }
    closed = true;
    try {
      http.stopGracefully();
    } finally {
      database.close();
    }
  }

  private static Logger quiet(String name) {
    Logger logger = Logger.getLogger(name);
    logger.setLevel(Level.WARNING);
    return logger;
  }

  /** IPv6 literals need brackets in a URI. */
  private static String hostForUri(String host) {
    return host.contains(":") && !host.startsWith("[") ? "[" + host + "]" : host;
  }

  /**
   * RESTEasy's Undertow server with what it does not offer: the bound port (for {@code --port 0})
   * and a graceful stop, through a {@link GracefulShutdownHandler} in front of its deployments.
   */
  private static final class Deployment extends UndertowJaxrsServer {

    private final GracefulShutdownHandler graceful = Handlers.gracefulShutdown(root);

    @Override
    public UndertowJaxrsServer start(Undertow.Builder builder) {
      server = builder.setHandler(graceful).build();
      server.start();
      return this;
    }

    int port() {
      return ((InetSocketAddress) server.getListenerInfo().get(0).getAddress()).getPort();
    }

    /** Refuses new requests (503), waits for running ones up to the grace period, then stops. */
    void stopGracefully() {
      graceful.shutdown();
      try {
        graceful.awaitShutdown(GRACE_MILLIS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      } finally {
        stop();
      }
    }

    @Override
    public void stop() {
      if (server != null) {
        super.stop();
      }
    }
  }
}
