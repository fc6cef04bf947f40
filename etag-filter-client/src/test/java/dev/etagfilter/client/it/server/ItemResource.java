package dev.etagfilter.client.it.server;

import dev.etagfilter.PreconditionFailedException;
import dev.etagfilter.WriteCondition;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.math.BigDecimal;
import java.util.Map;

/** {@code /items} as the sample's contract has it, on the library's {@link WriteCondition}. */
@Path("items")
@Produces(MediaType.APPLICATION_JSON)
public final class ItemResource {

  static final String MERGE_PATCH_JSON = "application/merge-patch+json";

  private final ItemStore store;

  ItemResource(ItemStore store) {
    this.store = store;
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  public Response create(StoredItem body, @Context UriInfo uri) {
    StoredItem item = store.create(body);
    return Response.created(uri.getAbsolutePathBuilder().path(item.id()).build()).entity(item).build();
  }

  @GET
  @Path("{id}")
  public StoredItem get(@PathParam("id") String id) {
    return store.find(id).orElseThrow(NotFoundException::new);
  }

  @PUT
  @Path("{id}")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response replace(
      @PathParam("id") String id, @BeanParam WriteCondition condition, StoredItem body, @Context UriInfo uri) {
    if (condition.kind() == WriteCondition.Kind.CREATE_ONLY) {
      StoredItem created = store.createAt(id, body)
          .orElseThrow(() -> PreconditionFailedException.withCurrent(store.find(id).orElse(null)));
      return Response.created(uri.getAbsolutePath()).entity(created).build();
    }
    // RFC 9110 13.1.1: If-Match on nothing stored is false: 412, never a create.
    return Response.ok(store.replaceIf(id, condition::permits, current -> body, false)).build();
  }

  @PATCH
  @Path("{id}")
  @Consumes(MERGE_PATCH_JSON)
  public StoredItem patch(@PathParam("id") String id, @BeanParam WriteCondition condition, Map<String, Object> patch) {
    return store.replaceIf(id, condition::permits, current -> merged(current, patch), true);
  }

  @DELETE
  @Path("{id}")
  public Response delete(@PathParam("id") String id, @BeanParam WriteCondition condition) {
    store.deleteIf(id, condition::permits);
    return Response.noContent().build();
  }

  /** RFC 7396 on the editable fields: a member sets its field, null removes it. */
  private static StoredItem merged(StoredItem current, Map<String, Object> patch) {
    return new StoredItem(
        current.id(),
        patch.containsKey("name") ? (String) patch.get("name") : current.name(),
        patch.containsKey("color") ? (String) patch.get("color") : current.color(),
        patch.containsKey("size") ? (String) patch.get("size") : current.size(),
        patch.containsKey("price") ? new BigDecimal(String.valueOf(patch.get("price"))) : current.price(),
        current.version());
  }
}
