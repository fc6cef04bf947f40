package dev.etagfilter.sample.quarkus;

import dev.etagfilter.sample.SampleConfig;
import jakarta.inject.Singleton;
import java.net.URI;
import org.eclipse.microprofile.config.ConfigProvider;

/** Where the service listens, e.g. {@code http://127.0.0.1:8080/}, with the port Vert.x really bound. */
@Singleton
public class ListenAddress {

  private final SampleConfig config;

  ListenAddress(SampleConfig config) {
    this.config = config;
  }

  /** The listening base URI; only known once the HTTP server has started. */
  URI uri() {
    // Quarkus puts the port it bound into its configuration, also when it was asked for port 0.
    int port = ConfigProvider.getConfig().getValue("quarkus.http.port", Integer.class);
    if (port == 0) {
      throw new IllegalStateException("the HTTP server has not bound its port yet");
    }
    String host = config.host();
    return URI.create("http://" + (host.contains(":") && !host.startsWith("[") ? "[" + host + "]" : host) + ":" + port + "/");
  }
}
