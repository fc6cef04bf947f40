package dev.etagfilter.openapi;

import dev.etagfilter.ETagKind;
import dev.etagfilter.ETagSource;
import dev.etagfilter.PreconditionFailedException;
import dev.etagfilter.RequirePrecondition;
import dev.etagfilter.WriteCondition;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** A versioned item collection, as an application would write it: the document describes this. */
@Path("items")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ItemResource {

  private final Map<String, Item> items = new ConcurrentHashMap<>();

  @GET
  public List<Item> list() {
    return List.copyOf(items.values());
  }

  @GET
  @Path("{id}")
  public Item get(@PathParam("id") String id) {
    return find(id).orElseThrow(NotFoundException::new);
  }

  @GET
  @Path("{id}/summary")
  @Produces(MediaType.TEXT_PLAIN)
  @ETagSource(ETagKind.NONE)
  public String summary(@PathParam("id") String id) {
    return get(id).getName();
  }

  @POST
  @ApiResponse(responseCode = "201", description = "Created",
      content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Item.class)))
  public Response create(Item item) {
    Item created = new Item(String.valueOf(items.size() + 1), item.getName(), 1);
    items.put(created.getId(), created);
    return Response.created(URI.create("items/" + created.getId())).entity(created).build();
  }

  @PUT
  @Path("{id}")
  public Item replace(@PathParam("id") String id, @BeanParam WriteCondition condition, Item item) {
    return write(id, condition, item.getName());
  }

  @PATCH
  @Path("{id}")
  @Consumes("application/merge-patch+json")
  public Item patch(@PathParam("id") String id, @BeanParam WriteCondition condition, Map<String, Object> patch) {
    return write(id, condition, String.valueOf(patch.get("name")));
  }

  @DELETE
  @Path("{id}")
  public Response delete(@PathParam("id") String id, @BeanParam WriteCondition condition) {
    synchronized (items) {
      Item current = get(id);
      if (!condition.permits(current.getVersion())) {
        throw PreconditionFailedException.withCurrent(current);
      }
      items.remove(id);
      return Response.noContent().build();
    }
  }

  @POST
  @Path("{id}/comments")
  @RequirePrecondition(value = false, reason = "appending a comment cannot lose anyone's update")
  public Response comment(@PathParam("id") String id, String comment) {
    return Response.noContent().build();
  }

  private Item write(String id, WriteCondition condition, String name) {
    synchronized (items) {
      Item current = find(id).orElseThrow(PreconditionFailedException::resourceAbsent);
      if (!condition.permits(current.getVersion())) {
        throw PreconditionFailedException.withCurrent(current);
      }
      Item next = new Item(id, name, current.getVersion() + 1);
      items.put(id, next);
      return next;
    }
  }

  private Optional<Item> find(String id) {
    return Optional.ofNullable(items.get(id));
  }
}
