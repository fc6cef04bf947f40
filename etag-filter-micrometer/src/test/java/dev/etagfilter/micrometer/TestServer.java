package dev.etagfilter.micrometer;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.glassfish.grizzly.http.server.HttpServer;
import org.glassfish.jersey.grizzly2.httpserver.GrizzlyHttpServerFactory;
import org.glassfish.jersey.jackson.JacksonFeature;
import org.glassfish.jersey.server.ResourceConfig;
import org.glassfish.jersey.server.ServerProperties;

/** A real Grizzly + Jersey 4 server on an ephemeral loopback port, and a client for it. */
final class TestServer implements AutoCloseable {

  private final HttpServer server;
  private final URI base;
  private final HttpClient client =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).version(HttpClient.Version.HTTP_1_1).build();

  TestServer(Object... components) {
    ResourceConfig config = new ResourceConfig()
        .property(ServerProperties.WADL_FEATURE_DISABLE, true)
        .register(JacksonFeature.class);
    for (Object component : components) {
      config.register(component);
    }
    server = GrizzlyHttpServerFactory.createHttpServer(URI.create("http://127.0.0.1:0/"), config, true);
    base = URI.create("http://127.0.0.1:" + server.getListeners().iterator().next().getPort() + "/");
  }

  /** Sends {@code method} to {@code path} with a JSON body for writes and {@code headers} (name, value, ...). */
  HttpResponse<String> send(String method, String path, String... headers) {
    HttpRequest.BodyPublisher body = method.equals("GET")
        ? HttpRequest.BodyPublishers.noBody()
        : HttpRequest.BodyPublishers.ofString("{\"text\":\"edited\"}");
    HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path))
        .timeout(Duration.ofSeconds(10))
        .header("Content-Type", "application/json")
        .method(method, body);
    if (headers.length > 0) {
      request.headers(headers);
    }
    try {
      return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  @Override
  public void close() {
    server.shutdownNow();
  }
}
