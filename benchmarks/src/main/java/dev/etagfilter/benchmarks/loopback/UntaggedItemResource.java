package dev.etagfilter.benchmarks.loopback;

import dev.etagfilter.ETagKind;
import dev.etagfilter.ETagSource;
import dev.etagfilter.benchmarks.Item;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/**
 * A read the feature does not govern ({@code @ETagSource(NONE)}: no entity tag, nothing to check) in
 * an application that registers the feature: what such a request still costs is the price every
 * other endpoint of an adopting service pays.
 */
@Path("items")
@Produces(MediaType.APPLICATION_JSON)
@ETagSource(ETagKind.NONE)
public class UntaggedItemResource {

  private final ItemStore store;

  /** A resource over {@code store}. */
  public UntaggedItemResource(ItemStore store) {
    this.store = store;
  }

  /** The item, untagged. */
  @GET
  @Path("{id}")
  public Item get(@PathParam("id") String id) {
    return store.require(id);
  }
}
