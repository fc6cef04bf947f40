package dev.etagfilter.benchmarks.loopback;

import dev.etagfilter.benchmarks.Item;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import java.util.Optional;

/**
 * What users write today without the library: {@link Request#evaluatePreconditions(EntityTag)} in
 * every method, a hand-made 428, and a compare-and-set on the version that was checked.
 */
@Path("items")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class HandWrittenItemResource {

  private final ItemStore store;

  /** A resource over {@code store}. */
  public HandWrittenItemResource(ItemStore store) {
    this.store = store;
  }

  /** The item with its {@code ETag}, or 304 for a matching {@code If-None-Match}. */
  @GET
  @Path("{id}")
  public Response get(@PathParam("id") String id, @Context Request request) {
    Item item = store.find(id);
    if (item == null) {
      return Response.status(Response.Status.NOT_FOUND).build();
    }
    EntityTag tag = tagOf(item);
    Response.ResponseBuilder notModified = request.evaluatePreconditions(tag);
    if (notModified != null) {
      return notModified.build();
    }
    return Response.ok(item).tag(tag).build();
  }

  /** Replaces the item if {@code If-Match} names its current version; 428 without it. */
  @PUT
  @Path("{id}")
  public Response replace(
      @PathParam("id") String id, @Context Request request, @Context HttpHeaders headers, Item item) {
    if (headers.getHeaderString(HttpHeaders.IF_MATCH) == null) {
      return Response.status(428).build();
    }
    Item current = store.find(id);
    if (current == null) {
      return Response.status(Response.Status.NOT_FOUND).build();
    }
    Response.ResponseBuilder failed = request.evaluatePreconditions(tagOf(current));
    if (failed != null) {
      return failed.build();
    }
    Optional<Item> written = store.replaceIf(id, version -> version == current.version(), item);
    if (written.isEmpty()) {
      return Response.status(Response.Status.PRECONDITION_FAILED).build();
    }
    return Response.ok(written.get()).tag(tagOf(written.get())).build();
  }

  private static EntityTag tagOf(Item item) {
    return new EntityTag(Long.toString(item.version()));
  }
}
