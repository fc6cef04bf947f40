package dev.etagfilter.sample.item;

import dev.etagfilter.ETagKind;
import dev.etagfilter.ETagSource;
import dev.etagfilter.PreconditionFailedException;
import dev.etagfilter.Preconditions;
import dev.etagfilter.sample.store.ItemStore;
import dev.etagfilter.sample.store.WriteCondition;
import dev.etagfilter.sample.store.WriteResult;
import dev.etagfilter.sample.web.JsonObjectBody;
import dev.etagfilter.sample.web.JsonObjectBodyReader;
import dev.etagfilter.sample.web.ProblemException;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.function.Supplier;

/**
 * {@code /items}: the item API of the sample contract (see the README). It holds no entity-tag
 * logic: the library tags every response from {@link Item#version()} (or, for the list, from a hash
 * of its JSON), answers 304, 428 and malformed headers, and turns {@link
 * PreconditionFailedException} into 412 with the current item. What this class adds is the atomic
 * part: each write hands the request's {@link Preconditions} to the store as a {@link
 * WriteCondition}, and the store's compare-and-set decides.
 */
@Path("items")
@Singleton
@Produces(MediaType.APPLICATION_JSON)
public final class ItemResource {

  /** RFC 7396 JSON merge patch. */
  public static final String MERGE_PATCH_JSON = JsonObjectBodyReader.MERGE_PATCH_JSON;

  private final ItemStore store;
  private final TestDelays delays;

  /** The resource over {@code store}, pausing writes as {@code delays} says (tests only). */
  @Inject
  public ItemResource(ItemStore store, TestDelays delays) {
    this.store = store;
    this.delays = delays;
  }

  /** Every item; its entity tag is a hash of exactly these bytes. */
  @GET
  @ETagSource(ETagKind.JSON_HASH)
  public List<Item> list() {
    return store.list();
  }

  /** One item; 404 when unknown. HEAD is served from here too. */
  @GET
  @Path("{id}")
  public Item get(@PathParam("id") String id) {
    return store.find(ItemIds.requireValid(id)).orElseThrow(() -> notFound(id));
  }

  /** Creates an item under a new id: 201 with {@code Location}, the item and its {@code ETag}. */
  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  public Response create(JsonObjectBody body, @Context UriInfo uri) {
    Item item = store.create(ItemBodies.replacement(body.members()));
    return Response.created(uri.getAbsolutePathBuilder().path(item.id()).build()).entity(item).build();
  }

  /**
   * Full replace with {@code If-Match}, or create at this id with {@code If-None-Match: *}. With
   * {@code If-Match} an unknown id is 412: a PUT never creates that way.
   */
  @PUT
  @Path("{id}")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response replace(
      @PathParam("id") String id, @Context HttpHeaders headers, @Context UriInfo uri, JsonObjectBody body) {
    ItemIds.requireValid(id);
    ItemFields fields = ItemBodies.replacement(body.members());
    Preconditions pre = Preconditions.from(headers);
    if (ItemConditions.permitsCreate(pre)) {
      // RFC 9110 13.1.2: If-None-Match: * performs the PUT only where nothing is stored yet.
      WriteResult result = store.createIfAbsent(id, fields);
      if (result instanceof WriteResult.Created created) {
        return Response.created(uri.getAbsolutePath()).entity(created.item()).build();
      }
      return Response.ok(written(result, PreconditionFailedException::resourceAbsent)).build();
    }
    WriteResult result = store.replace(id, condition(pre, headers), current -> fields);
    // RFC 9110 13.1.1: If-Match is false when there is no current representation: 412, not a create.
    return Response.ok(written(result, PreconditionFailedException::resourceAbsent)).build();
  }

  /** RFC 7396 merge patch of the item: {@code null} removes a field; unknown id 404. */
  @PATCH
  @Path("{id}")
  @Consumes(MERGE_PATCH_JSON)
  public Item patch(@PathParam("id") String id, @Context HttpHeaders headers, JsonObjectBody patch) {
    ItemIds.requireValid(id);
    Preconditions pre = Preconditions.from(headers);
    WriteResult result =
        store.replace(id, condition(pre, headers), current -> ItemBodies.mergePatch(patch.members(), current));
    // RFC 9110 13.2.1: a request that would be 404 without preconditions is answered 404.
    return written(result, () -> notFound(id));
  }

  /** Deletes the item: 204; unknown id 404. Its version lives on in a tombstone. */
  @DELETE
  @Path("{id}")
  public Response delete(@PathParam("id") String id, @Context HttpHeaders headers) {
    ItemIds.requireValid(id);
    WriteResult result = store.delete(id, condition(Preconditions.from(headers), headers));
    if (result instanceof WriteResult.Deleted) {
      return Response.noContent().build();
    }
    written(result, () -> notFound(id));
    throw new IllegalStateException("unexpected delete result " + result);
  }

  private WriteCondition condition(Preconditions pre, HttpHeaders headers) {
    return delays.around(ItemConditions.of(pre), headers);
  }

  /**
   * The item a write left stored; a conflict becomes the library's 412 with the current item, an
   * absent item {@code whenAbsent}.
   */
  private static Item written(WriteResult result, Supplier<RuntimeException> whenAbsent) {
    if (result instanceof WriteResult.Changed changed) {
      return changed.item();
    }
    if (result instanceof WriteResult.Unchanged unchanged) {
      return unchanged.item();
    }
    if (result instanceof WriteResult.Conflict conflict) {
      throw PreconditionFailedException.withCurrent(conflict.current());
    }
    if (result instanceof WriteResult.Absent) {
      throw whenAbsent.get();
    }
    throw new IllegalStateException("unexpected write result " + result);
  }

  private static ProblemException notFound(String id) {
    return ProblemException.notFound("No item has the id '" + id + "'. GET /items lists the items there are.");
  }
}
