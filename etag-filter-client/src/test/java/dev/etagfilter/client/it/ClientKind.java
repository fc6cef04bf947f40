package dev.etagfilter.client.it;

import jakarta.ws.rs.client.Client;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.glassfish.jersey.client.HttpUrlConnectorProvider;
import org.glassfish.jersey.client.JerseyClientBuilder;
import org.glassfish.jersey.jackson.JacksonFeature;
import org.jboss.resteasy.client.jaxrs.internal.ResteasyClientBuilderImpl;

/** The client implementations every client test runs on, each with Jackson for JSON. */
enum ClientKind {
  JERSEY {
    @Override
    Client newClient(Duration readTimeout) {
      return new JerseyClientBuilder()
          .readTimeout(readTimeout.toMillis(), TimeUnit.MILLISECONDS)
          // HttpURLConnection refuses PATCH unless told to work around it (see the pom's argLine).
          .property(HttpUrlConnectorProvider.SET_METHOD_WORKAROUND, true)
          .register(JacksonFeature.class)
          .build();
    }
  },
  RESTEASY {
    @Override
    Client newClient(Duration readTimeout) {
      return new ResteasyClientBuilderImpl()
          .readTimeout(readTimeout.toMillis(), TimeUnit.MILLISECONDS)
          .connectionPoolSize(16)
          .build();   // finds resteasy-jackson2-provider on its own
    }
  };

  /** A new client, with nothing of this library registered. */
  Client newClient() {
    return newClient(Duration.ofSeconds(30));
  }

  /** A new client that gives up waiting for an answer after {@code readTimeout}. */
  abstract Client newClient(Duration readTimeout);
}
