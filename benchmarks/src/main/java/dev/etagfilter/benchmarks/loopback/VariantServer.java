package dev.etagfilter.benchmarks.loopback;

import java.net.URI;
import org.glassfish.grizzly.http.server.HttpServer;
import org.glassfish.grizzly.http.server.NetworkListener;
import org.glassfish.jersey.grizzly2.httpserver.GrizzlyHttpServerFactory;
import org.glassfish.jersey.server.ResourceConfig;

/** A Grizzly + Jersey server for one variant on an ephemeral loopback port. */
final class VariantServer implements AutoCloseable {

  private final HttpServer server;
  private final URI base;

  VariantServer(ResourceConfig application) {
    server = GrizzlyHttpServerFactory.createHttpServer(URI.create("http://127.0.0.1:0/"), application, false);
    for (NetworkListener listener : server.getListeners()) {
      // Grizzly closes a connection after 256 requests by default; wrk would then measure reconnects.
      listener.getKeepAlive().setMaxRequestsCount(-1);
    }
    try {
      server.start();
    } catch (java.io.IOException e) {
      throw new IllegalStateException("could not start the server", e);
    }
    base = URI.create("http://127.0.0.1:" + server.getListeners().iterator().next().getPort());
  }

  /** {@code http://127.0.0.1:PORT}, without a trailing slash. */
  URI base() {
    return base;
  }

  @Override
  public void close() {
    server.shutdownNow();
  }
}
