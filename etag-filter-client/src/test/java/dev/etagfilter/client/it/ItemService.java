package dev.etagfilter.client.it;

import dev.etagfilter.sample.SampleConfig;
import dev.etagfilter.sample.jersey.SampleServer;
import jakarta.ws.rs.client.Client;
import jakarta.ws.rs.client.Entity;
import jakarta.ws.rs.client.WebTarget;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.UUID;

/**
 * The item service under test: the one at {@code -Detagfilter.client.baseUri=...} (anything with
 * the sample's {@code /items} contract), or else the sample service itself, started once in this
 * JVM on an in-memory H2 database.
 */
final class ItemService {

  private static URI base;

  private ItemService() {}

  static synchronized URI base() {
    if (base == null) {
      String configured = System.getProperty("etagfilter.client.baseUri");
      if (configured != null && !configured.isBlank()) {
        base = URI.create(configured.endsWith("/") ? configured : configured + "/");
      } else {
        SampleServer server = SampleServer.start(
            SampleConfig.defaults().withPort(0).withJdbcUrl("jdbc:h2:mem:client-tests;DB_CLOSE_DELAY=-1"));
        Runtime.getRuntime().addShutdownHook(new Thread(server::close));
        base = server.baseUri();
      }
    }
    return base;
  }

  /** {@code items/{id}} on {@code client}. */
  static WebTarget item(Client client, String id) {
    return client.target(base()).path("items").path(id);
  }

  /** Creates a fresh item through a plain client (nothing remembered anywhere) and returns it. */
  static Item create(ClientKind kind) {
    Client client = kind.newClient();
    try (Response created = client.target(base()).path("items").request(MediaType.APPLICATION_JSON)
        .post(Entity.json(Item.draft("item-" + UUID.randomUUID())))) {
      if (created.getStatus() != 201) {
        throw new AssertionError("POST /items answered " + created.getStatus());
      }
      return created.readEntity(Item.class);
    } finally {
      client.close();
    }
  }

  /** The item as the server holds it now, read by a plain client; null when it does not exist. */
  static Item current(ClientKind kind, String id) {
    Client client = kind.newClient();
    try (Response read = item(client, id).request(MediaType.APPLICATION_JSON).get()) {
      return read.getStatus() == 404 ? null : read.readEntity(Item.class);
    } finally {
      client.close();
    }
  }
}
