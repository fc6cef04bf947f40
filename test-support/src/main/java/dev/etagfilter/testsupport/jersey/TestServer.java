package dev.etagfilter.testsupport.jersey;

import dev.etagfilter.testsupport.HttpTestClient;
import jakarta.ws.rs.Path;
import java.net.URI;
import org.glassfish.grizzly.http.server.HttpServer;
import org.glassfish.jersey.grizzly2.httpserver.GrizzlyHttpServerFactory;
import org.glassfish.jersey.jackson.JacksonFeature;
import org.glassfish.jersey.server.ResourceConfig;
import org.glassfish.jersey.server.ServerProperties;

/**
 * A real Jersey + Grizzly server on an ephemeral loopback port, started with the application under
 * test; it is also the {@link HttpTestClient} for its own base URI, so a test talks to it directly.
 *
 * <pre>{@code
 * try (TestServer server = new TestServer(TestServer.jsonApp(ETagFeature.class, new ItemResource()))) {
 *   assertEquals(428, server.put("items/1", "{}").statusCode());
 * }
 * }</pre>
 */
public final class TestServer extends HttpTestClient implements AutoCloseable {

  private final HttpServer server;

  /** Starts {@code config} on {@code 127.0.0.1} and a port the system picks. */
  public TestServer(ResourceConfig config) {
    this(GrizzlyHttpServerFactory.createHttpServer(URI.create("http://127.0.0.1:0/"), config, true));
  }

  private TestServer(HttpServer server) {
    super(URI.create("http://127.0.0.1:" + server.getListeners().iterator().next().getPort() + "/"));
    this.server = server;
  }

  /**
   * The application most tests serve: Jackson for JSON, no WADL, and {@code components}, each a
   * class, a resource instance, or a provider or feature instance.
   */
  public static ResourceConfig jsonApp(Object... components) {
    ResourceConfig config = new ResourceConfig().property(ServerProperties.WADL_FEATURE_DISABLE, true);
    config.register(JacksonFeature.class);
    for (Object component : components) {
      if (component instanceof Class<?> type) {
        config.register(type);
      } else if (component.getClass().isAnnotationPresent(Path.class)) {
        config.registerInstances(component);
      } else {
        config.register(component);
      }
    }
    return config;
  }

  /** Stops the server at once, dropping open connections. */
  @Override
  public void close() {
    server.shutdownNow();
  }
}
