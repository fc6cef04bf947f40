package dev.etagfilter.client.it.server;

import dev.etagfilter.ETagFeature;
import java.net.URI;
import org.glassfish.grizzly.http.server.HttpServer;
import org.glassfish.jersey.grizzly2.httpserver.GrizzlyHttpServerFactory;
import org.glassfish.jersey.jackson.JacksonFeature;
import org.glassfish.jersey.server.ResourceConfig;

/**
 * A real item service for the client tests: Jersey + Grizzly on an ephemeral loopback port with the
 * library's {@link ETagFeature}, until the tests point at the sample service.
 */
public final class ItemServer implements AutoCloseable {

  private final HttpServer server;
  private final URI base;

  private ItemServer() {
    ResourceConfig config = new ResourceConfig()
        .register(new ItemResource(new ItemStore()))
        .register(ETagFeature.builder().withoutLogging().build())
        .register(JacksonFeature.class)
        .register(new IdempotencyKeys());
    server = GrizzlyHttpServerFactory.createHttpServer(URI.create("http://127.0.0.1:0/"), config, true);
    base = URI.create("http://127.0.0.1:" + server.getListeners().iterator().next().getPort() + "/");
  }

  /** Starts a server. */
  public static ItemServer start() {
    return new ItemServer();
  }

  /** The base URI; items are under {@code items/}. */
  public URI base() {
    return base;
  }

  @Override
  public void close() {
    server.shutdownNow();
  }
}
