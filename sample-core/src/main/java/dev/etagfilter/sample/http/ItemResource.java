package dev.etagfilter.sample.http;

import dev.etagfilter.ETagKind;
import dev.etagfilter.ETagSource;
import dev.etagfilter.WriteCondition;
import dev.etagfilter.sample.item.Item;
import dev.etagfilter.sample.item.ItemFields;
import dev.etagfilter.sample.item.ItemIds;
import dev.etagfilter.sample.store.ItemStore;
import dev.etagfilter.sample.store.WriteResult;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
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
import java.util.function.Supplier;

/**
 * {@code /items}: the item API of the sample contract (see the README). It holds no entity-tag
 * logic: the library tags every response from {@link ItemRepresentation#version()} (or, for the
 * list, from a hash of its JSON), answers 304, 428 and malformed headers, and turns the 412 of
 * {@link ItemPreconditions} into a response with the current item. What this class adds is the
 * atomic part: each write receives its {@link WriteCondition} (the parsed {@code If-Match} /
 * {@code If-None-Match}) as a {@code @BeanParam} and hands it to the store as a {@link
 * dev.etagfilter.sample.store.VersionCondition}, and the store's compare-and-set decides.
 */
@Path("items")
@Produces(MediaType.APPLICATION_JSON)
public final class ItemResource {

  /** RFC 7396 JSON merge patch. */
  public static final String MERGE_PATCH_JSON = JsonObjectBodyReader.MERGE_PATCH_JSON;

  private final ItemStore store;
  private final URI items;
  private final VersionConditions conditions;

  /**
   * The resource over {@code store}.
   *
   * @param publicBaseUri where clients reach the service, e.g. {@code https://shop.example/api/};
   *     every {@code Location} is built from it, never from the request's {@code Host}
   * @param conditions how a write's condition becomes the store's, normally {@link
   *     ItemPreconditions#versionCondition}
   */
  public ItemResource(ItemStore store, URI publicBaseUri, VersionConditions conditions) {
    this.store = store;
    this.items = publicBaseUri.resolve("items/");
    this.conditions = conditions;
  }

  /** Every item; its entity tag is a hash of exactly these bytes. */
  @GET
  @ETagSource(ETagKind.HASH)
  public List<ItemRepresentation> list() {
    return store.list().stream().map(ItemRepresentation::of).toList();
  }

  /** One item; 404 when unknown. HEAD is served from here too. */
  @GET
  @Path("{id}")
  public ItemRepresentation get(@PathParam("id") String id) {
    return ItemRepresentation.of(store.find(requireValid(id)).orElseThrow(() -> notFound(id)));
  }

  /** Creates an item under a new id: 201 with {@code Location}, the item and its {@code ETag}. */
  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  public Response create(JsonObjectBody body) {
    return created(store.create(ItemBodies.replacement(body.members())));
  }

  /**
   * Full replace with {@code If-Match}, or create at this id with {@code If-None-Match: *}. With
   * {@code If-Match} an unknown id is 412: a PUT never creates that way.
   */
  @PUT
  @Path("{id}")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response replace(@PathParam("id") String id, @BeanParam WriteCondition condition, JsonObjectBody body) {
    requireValid(id);
    ItemFields fields = ItemBodies.replacement(body.members());
    if (ItemPreconditions.isCreateOnly(condition)) {
      // RFC 9110 13.1.2: If-None-Match: * performs the PUT only where nothing is stored yet.
      WriteResult result = store.createIfAbsent(id, fields);
      if (result instanceof WriteResult.Created done) {
        return created(done.item());
      }
      return Response.ok(written(result, ItemPreconditions::failedAbsent)).build();
    }
    WriteResult result = store.replace(id, conditions.of(condition), current -> fields);
    // RFC 9110 13.1.1: If-Match is false when there is no current representation: 412, not a create.
    return Response.ok(written(result, ItemPreconditions::failedAbsent)).build();
  }

  /** RFC 7396 merge patch of the item: {@code null} removes a field; unknown id 404. */
  @PATCH
  @Path("{id}")
  @Consumes(MERGE_PATCH_JSON)
  public ItemRepresentation patch(
      @PathParam("id") String id, @BeanParam WriteCondition condition, JsonObjectBody patch) {
    requireValid(id);
    WriteResult result =
        store.replace(id, conditions.of(condition), current -> ItemBodies.mergePatch(patch.members(), current));
    // RFC 9110 13.2.1: a request that would be 404 without preconditions is answered 404.
    return written(result, () -> notFound(id));
  }

  /** Deletes the item: 204; unknown id 404. Its version lives on in a tombstone. */
  @DELETE
  @Path("{id}")
  public Response delete(@PathParam("id") String id, @BeanParam WriteCondition condition) {
    requireValid(id);
    WriteResult result = store.delete(id, conditions.of(condition));
    if (result instanceof WriteResult.Deleted) {
      return Response.noContent().build();
    }
    written(result, () -> notFound(id));
    throw new IllegalStateException("unexpected delete result " + result);
  }

  /** 201 with the item, its {@code Location} under the public base URI (RFC 9110 10.2.2). */
  private Response created(Item item) {
    return Response.created(items.resolve(item.id())).entity(ItemRepresentation.of(item)).build();
  }

  /**
   * The item a write left stored; a conflict becomes the library's 412 with the current item, an
   * absent item {@code whenAbsent}.
   */
  private static ItemRepresentation written(WriteResult result, Supplier<RuntimeException> whenAbsent) {
    if (result instanceof WriteResult.Changed changed) {
      return ItemRepresentation.of(changed.item());
    }
    if (result instanceof WriteResult.Unchanged unchanged) {
      return ItemRepresentation.of(unchanged.item());
    }
    if (result instanceof WriteResult.Conflict conflict) {
      throw ItemPreconditions.failed(conflict.current());
    }
    if (result instanceof WriteResult.Absent) {
      throw whenAbsent.get();
    }
    throw new IllegalStateException("unexpected write result " + result);
  }

  /** {@code id} if valid, else a 400 saying which characters are allowed. */
  private static String requireValid(String id) {
    if (!ItemIds.isValid(id)) {
      throw ProblemException.badRequest(
          "The item id in the path is not valid: ids are 1 to 64 characters of A-Z, a-z, 0-9, '_' and '-'"
              + " (for example 'blue-shirt_2'). Use the id from the item's Location header or its \"id\" field.");
    }
    return id;
  }

  private static ProblemException notFound(String id) {
    return ProblemException.notFound("No item has the id '" + id + "'. GET /items lists the items there are.");
  }
}
