package dev.etagfilter.benchmarks.loopback;

import dev.etagfilter.PreconditionFailedException;
import dev.etagfilter.WriteCondition;
import dev.etagfilter.benchmarks.Item;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/**
 * {@link VersionedItemResource} with the write's condition made from the two headers as method
 * parameters ({@link WriteCondition#fromHeaders}) instead of a {@code @BeanParam}: Jersey extracts a
 * method's header parameters with extractors it builds once, but creates a bean parameter by
 * reflection on every request.
 */
@Path("items")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class HeaderParamItemResource {

  private final ItemStore store;

  /** A resource over {@code store}. */
  public HeaderParamItemResource(ItemStore store) {
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
  public Item replace(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch,
      @HeaderParam("If-None-Match") String ifNoneMatch, Item item) {
    WriteCondition condition = WriteCondition.fromHeaders(ifMatch, ifNoneMatch);
    return store.replaceIf(id, condition::permits, item)
        .orElseThrow(() -> PreconditionFailedException.withCurrent(store.find(id)));
  }
}
