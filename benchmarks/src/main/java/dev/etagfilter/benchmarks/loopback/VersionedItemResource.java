package dev.etagfilter.benchmarks.loopback;

import dev.etagfilter.PreconditionFailedException;
import dev.etagfilter.WriteCondition;
import dev.etagfilter.benchmarks.Item;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

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

  /** Replaces the item if its stored version is one the client's {@code If-Match} names. */
  @PUT
  @Path("{id}")
  public Item replace(@PathParam("id") String id, @BeanParam WriteCondition condition, Item item) {
    return store.replaceIf(id, condition::permits, item)
        .orElseThrow(() -> PreconditionFailedException.withCurrent(store.find(id)));
  }
}
