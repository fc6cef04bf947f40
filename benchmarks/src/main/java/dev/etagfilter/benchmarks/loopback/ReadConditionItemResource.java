package dev.etagfilter.benchmarks.loopback;

import dev.etagfilter.ETagKind;
import dev.etagfilter.ETagSource;
import dev.etagfilter.ReadCondition;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * A representation the feature tags by a hash of its bytes, whose GET answers a conditional request
 * from a cheap validator instead, as the 1.0 README documents: {@link ReadCondition} compares {@code
 * If-None-Match} with the stored version alone and builds the representation only for a 200. Without
 * it, the feature must serialize and hash the whole body to learn that a 304 applies.
 */
@Path("items")
@Produces(MediaType.APPLICATION_JSON)
@ETagSource(ETagKind.HASH)
public class ReadConditionItemResource {

  private final ItemStore store;

  /** A resource over {@code store}. */
  public ReadConditionItemResource(ItemStore store) {
    this.store = store;
  }

  /** 304 from the version alone, or 200 with the item and the version's {@code ETag}. */
  @GET
  @Path("{id}")
  public Response get(@PathParam("id") String id, @BeanParam ReadCondition read) {
    return read.respond(store.versionOf(id), () -> store.require(id));
  }
}
