package dev.etagfilter.benchmarks.loopback;

import dev.etagfilter.benchmarks.Item;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/**
 * The item resource with JSON-hash entity tags: the methods know nothing of entity tags. A stale
 * {@code If-Match} is answered by the feature's pre-check, which loads the stored item and hashes
 * it ({@code ETagFeature.Builder.preCheck}), so the write itself is a plain replace.
 */
@Path("items")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class HashedItemResource {

  private final ItemStore store;

  /** A resource over {@code store}. */
  public HashedItemResource(ItemStore store) {
    this.store = store;
  }

  /** The item; the feature hashes its JSON into the {@code ETag}. */
  @GET
  @Path("{id}")
  public Item get(@PathParam("id") String id) {
    Item item = store.find(id);
    if (item == null) {
      throw new NotFoundException();
    }
    return item;
  }

  /** Replaces the item; the feature has already checked {@code If-Match} against its hash. */
  @PUT
  @Path("{id}")
  public Item replace(@PathParam("id") String id, Item item) {
    Item written = store.replace(id, item);
    if (written == null) {
      throw new NotFoundException();
    }
    return written;
  }
}
