package dev.etagfilter.benchmarks.loopback;

import dev.etagfilter.benchmarks.Item;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/**
 * The item resource with no precondition code at all: read, and replace (last write wins). The
 * bare variant serves it as it is, the baseline; the JSON-hash variant serves the very same class
 * behind {@code ETagFeature}, whose pre-check loads the stored item and hashes it ({@code
 * ETagFeature.Builder.preCheck}), so the methods need no change to get entity tags.
 */
@Path("items")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PlainItemResource {

  private final ItemStore store;

  /** A resource over {@code store}. */
  public PlainItemResource(ItemStore store) {
    this.store = store;
  }

  /** The item. */
  @GET
  @Path("{id}")
  public Item get(@PathParam("id") String id) {
    return store.require(id);
  }

  /** Replaces the item unconditionally. */
  @PUT
  @Path("{id}")
  public Item replace(@PathParam("id") String id, Item item) {
    return store.replace(id, item);
  }
}
