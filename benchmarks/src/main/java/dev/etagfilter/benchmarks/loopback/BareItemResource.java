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

/** The baseline: no entity tags, no preconditions, last write wins. */
@Path("items")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class BareItemResource {

  private final ItemStore store;

  /** A resource over {@code store}. */
  public BareItemResource(ItemStore store) {
    this.store = store;
  }

  /** The item. */
  @GET
  @Path("{id}")
  public Item get(@PathParam("id") String id) {
    Item item = store.find(id);
    if (item == null) {
      throw new NotFoundException();
    }
    return item;
  }

  /** Replaces the item unconditionally. */
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
