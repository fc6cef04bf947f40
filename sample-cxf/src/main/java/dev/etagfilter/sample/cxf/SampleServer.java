package dev.etagfilter.sample.cxf;

import dev.etagfilter.sample.RunningSample;
import dev.etagfilter.sample.SampleConfig;
import dev.etagfilter.sample.http.SampleApplication;
import dev.etagfilter.sample.store.Database;
import jakarta.ws.rs.ext.RuntimeDelegate;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.security.GeneralSecurityException;
import java.util.concurrent.TimeUnit;
import org.apache.cxf.Bus;
import org.apache.cxf.BusFactory;
import org.apache.cxf.endpoint.Server;
import org.apache.cxf.jaxrs.JAXRSServerFactoryBean;
import org.apache.cxf.transport.http_jetty.JettyHTTPServerEngine;
import org.apache.cxf.transport.http_jetty.JettyHTTPServerEngineFactory;
import org.eclipse.jetty.server.ServerConnector;

/**
 * The running sample service on Apache CXF and Jetty: the database, sample-core's {@link
 * SampleApplication} made an endpoint by CXF's {@link RuntimeDelegate} (CXF reads its singletons,
 * the library's feature among them), on CXF's Jetty transport. Everything CXF- or Jetty-specific is
 * here.
 */
public final class SampleServer implements RunningSample {

  private static final long GRACE_MILLIS = TimeUnit.SECONDS.toMillis(5);

  private final Database database;
  private final Bus bus;
  private final Server endpoint;
  private final URI baseUri;
  private boolean closed;

  private SampleServer(Database database, Bus bus, Server endpoint, URI baseUri) {
    this.database = database;
    this.bus = bus;
    this.endpoint = endpoint;
    this.baseUri = baseUri;
  }

  /**
   * Opens (and migrates) the database, then starts serving.
   *
   * @throws RuntimeException when the database cannot be opened or the port cannot be bound;
   *     nothing is left running then
   */
  public static SampleServer start(SampleConfig config) {
    Database database = Database.open(config.jdbcUrl(), config.store());
    Bus bus = BusFactory.newInstance().createBus();
    try {
      int port = listen(bus, config);
      URI listening = URI.create("http://" + hostForUri(config.host()) + ":" + port + "/");
      URI publicBase = config.publicBaseUri() != null ? config.publicBaseUri() : listening;
      JAXRSServerFactoryBean factory = RuntimeDelegate.getInstance()
          .createEndpoint(SampleApplication.of(database, publicBase), JAXRSServerFactoryBean.class);
      factory.setBus(bus);
      factory.setAddress(listening.toString());
      // CXF keeps the Content-Type of a response without a body (a 304) outside the headers the
      // library's filters can remove; this CXF switch drops it.
      factory.getProperties(true).put("remove.content.type.for.empty.response", true);
      return new SampleServer(database, bus, factory.create(), listening);
    } catch (RuntimeException e) {
      bus.shutdown(true);
      database.close();
      throw e;
    }
  }

  /**
   * Binds Jetty's connector now, so that with {@code --port 0} the port is known before the
   * application (whose {@code Location} headers need it) is built, and hands it to the engine CXF
   * will use for that port, which then starts the connector's Jetty server with CXF's handlers.
   */
  private static int listen(Bus bus, SampleConfig config) {
    org.eclipse.jetty.server.Server jetty = new org.eclipse.jetty.server.Server();
    jetty.setStopTimeout(GRACE_MILLIS);
    ServerConnector connector = new ServerConnector(jetty);
    connector.setHost(config.host());
    connector.setPort(config.port());
    // Jetty's closest to the read timeout: a request whose head or body stalls that long is dropped.
    connector.setIdleTimeout(config.readTimeout().toMillis());
    try {
      connector.open();
      // Registers itself on the bus, which then shuts the engine down with it.
      JettyHTTPServerEngine engine = new JettyHTTPServerEngineFactory(bus).createJettyHTTPServerEngine(config.host(), connector.getLocalPort(), "http");
      engine.setConnector(connector);
      return connector.getLocalPort();
    } catch (IOException e) {
      connector.close();
      throw new UncheckedIOException("could not listen: " + e.getMessage(), e);
    } catch (GeneralSecurityException e) {
      connector.close();
      throw new IllegalStateException(e);
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
      endpoint.destroy();
      bus.shutdown(true);
    } finally {
      database.close();
    }
  }

  /** IPv6 literals need brackets in a URI. */
  private static String hostForUri(String host) {
    return host.contains(":") && !host.startsWith("[") ? "[" + host + "]" : host;
  }
}
