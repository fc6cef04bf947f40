package dev.etagfilter.benchmarks.loopback;

import dev.etagfilter.PreconditionFailedException;
import dev.etagfilter.Preconditions;
import dev.etagfilter.benchmarks.Item;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.util.OptionalLong;

/**
 * The item resource as the README integrates it with {@code ETagFeature}: version entity tags,
 * and every write a compare-and-set on the version named by {@code If-Match}.
 */
@Path("items")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class VersionedItemResource {

  private final ItemStore store;

  /** A resource over {@code store}. */
  public VersionedItemResource(ItemStore store) {
    this.store = store;
  }

  /** The item; the feature adds its {@code ETag} and answers {@code If-None-Match}. */
  @GET
  @Path("{id}")
  public Item get(@PathParam("id") String id) {
    return store.require(id);
  }

  /**
   * Replaces the item if it is still at the version the client edited. {@code If-Match} comes in
   * through {@code @HeaderParam}: injecting {@code @Context HttpHeaders} instead costs Jersey about
   * 2 KB per request (RESULTS.md).
   */
  @PUT
  @Path("{id}")
  public Item replace(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, Item item) {
    OptionalLong expected = Preconditions.fromEntityTagHeaders(ifMatch, null).expectedVersion();
    if (expected.isEmpty()) {
      throw PreconditionFailedException.withCurrent(store.find(id));
    }
    return store.replaceIfVersion(id, expected.getAsLong(), item)
        .orElseThrow(() -> PreconditionFailedException.withCurrent(store.find(id)));
  }
}
