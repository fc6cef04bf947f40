package dev.etagfilter.sample.http;

import dev.etagfilter.ETagKind;
import dev.etagfilter.ETagSource;
import dev.etagfilter.RequirePrecondition;
import dev.etagfilter.ReadCondition;
import dev.etagfilter.WriteCondition;
import dev.etagfilter.sample.item.ItemFields;
import dev.etagfilter.sample.store.ItemStore;
import dev.etagfilter.sample.store.WriteResult;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;

/**
 * {@code /items}: the item API of the sample contract (see the README), always strict: a write
 * based on a stale version is a 412 even when it touches other fields than the change it missed
 * (the T-shirt: green from one save and size M from another must never combine silently). It holds
 * no entity-tag logic: the library tags every response from {@link ItemRepresentation#version()}
 * (or, for the list, from a hash of its JSON), answers 304, 428 and malformed headers, replays the
 * answer to a retried write with its {@code Idempotency-Key}, and turns the 412 of {@link
 * ItemPreconditions} into a response with the current item. What this class adds is the atomic
 * part: each write receives its {@link WriteCondition} (the parsed {@code If-Match} / {@code
 * If-None-Match}) as a {@code @BeanParam} and hands it to the store as a {@link
 * dev.etagfilter.sample.store.VersionCondition}, and the store's compare-and-set decides. Every
 * write names its author in the history when the request sends {@code From} ({@link FromHeader});
 * the history endpoints are {@link ItemHistory}'s.
 */
@Path("items")
@Produces(MediaType.APPLICATION_JSON)
public final class ItemResource {

  /** RFC 7396 JSON merge patch. */
  public static final String MERGE_PATCH_JSON = JsonObjectBodyReader.MERGE_PATCH_JSON;

  private final ItemStore store;
  private final ItemAnswers answers;
  private final VersionConditions conditions;
  private final ItemHistory history;

  /**
   * The resource over {@code store}.
   *
   * @param publicBaseUri where clients reach the service, e.g. {@code https://shop.example/api/};
   *     every {@code Location} is built from it, never from the request's {@code Host}
   * @param conditions how a write's condition becomes the store's, normally {@link
   *     ItemPreconditions#versionCondition}
   */
  public ItemResource(ItemStore store, URI publicBaseUri, VersionConditions conditions) {
    this(store, publicBaseUri, conditions, "items");
  }

  /** The same API for the collection at {@code path}; {@link MergeableItemResource} delegates to one. */
  ItemResource(ItemStore store, URI publicBaseUri, VersionConditions conditions, String path) {
    this.store = store;
    this.answers = new ItemAnswers(publicBaseUri, path);
    this.conditions = conditions;
    this.history = new ItemHistory(store, answers, conditions);
  }

  /** Every item; its entity tag is a hash of exactly these bytes. */
  @GET
  @ETagSource(ETagKind.HASH)
  public List<ItemRepresentation> list() {
    return store.list().stream().map(ItemRepresentation::of).toList();
  }

  /**
   * One item; 404 when unknown. HEAD is served from here too. A client whose copy is current gets
   * its 304 from the version column alone: the item is read and written out only when it is sent.
   */
  @GET
  @Path("{id}")
  @ApiResponse(responseCode = "200", description = "The item", content = @Content(schema = @Schema(implementation = ItemRepresentation.class)))
  public Response get(@PathParam("id") String id, @BeanParam ReadCondition read) {
    long version = store.versionOf(ItemAnswers.requireValid(id)).orElseThrow(() -> answers.notFound(id));
    return read.respond(version, () -> ItemRepresentation.of(store.find(id).orElseThrow(() -> answers.notFound(id))));
  }

  /** Creates an item under a new id: 201 with {@code Location}, the item and its {@code ETag}. */
  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @ApiResponse(responseCode = "201", description = "Created, at Location", content = @Content(schema = @Schema(implementation = ItemRepresentation.class)))
  public Response create(@HeaderParam(FromHeader.NAME) String from,
      @RequestBody(required = true, content = @Content(schema = @Schema(implementation = ItemRepresentation.class))) JsonObjectBody body) {
    String author = FromHeader.author(from);
    return answers.created(store.create(ItemBodies.replacement(body.members()), author));
  }

  /**
   * Full replace with {@code If-Match}, or create at this id with {@code If-None-Match: *}. With
   * {@code If-Match} an unknown id is 412: a PUT never creates that way.
   */
  @PUT
  @Path("{id}")
  @Consumes(MediaType.APPLICATION_JSON)
  @ApiResponse(responseCode = "200", description = "Replaced", content = @Content(schema = @Schema(implementation = ItemRepresentation.class)))
  @ApiResponse(responseCode = "201", description = "Created with If-None-Match: *", content = @Content(schema = @Schema(implementation = ItemRepresentation.class)))
  public Response replace(@PathParam("id") String id, @BeanParam WriteCondition condition,
      @HeaderParam(FromHeader.NAME) String from, @RequestBody(required = true, content = @Content(schema = @Schema(implementation = ItemRepresentation.class))) JsonObjectBody body) {
    ItemAnswers.requireValid(id);
    String author = FromHeader.author(from);
    ItemFields fields = ItemBodies.replacement(body.members());
    if (ItemPreconditions.isCreateOnly(condition)) {
      // RFC 9110 13.1.2: If-None-Match: * performs the PUT only where nothing is stored yet.
      WriteResult result = store.createIfAbsent(id, fields, author);
      if (result instanceof WriteResult.Created done) {
        return answers.created(done.item());
      }
      return Response.ok(ItemAnswers.written(result, ItemPreconditions::failedAbsent)).build();
    }
    WriteResult result = store.replace(id, conditions.of(condition), current -> fields, author);
    // RFC 9110 13.1.1: If-Match is false when there is no current representation: 412, not a create.
    return Response.ok(ItemAnswers.written(result, ItemPreconditions::failedAbsent)).build();
  }

  /** RFC 7396 merge patch of the item: {@code null} removes a field; unknown id 404. Never merged. */
  @PATCH
  @Path("{id}")
  @Consumes(MERGE_PATCH_JSON)
  public ItemRepresentation patch(@PathParam("id") String id, @BeanParam WriteCondition condition,
      @HeaderParam(FromHeader.NAME) String from,
      @RequestBody(required = true, content = @Content(mediaType = MERGE_PATCH_JSON,
          schema = @Schema(implementation = ItemRepresentation.class))) JsonObjectBody patch) {
    ItemAnswers.requireValid(id);
    String author = FromHeader.author(from);
    WriteResult result = store.replace(id, conditions.of(condition),
        current -> ItemBodies.mergePatch(patch.members(), current), author);
    // RFC 9110 13.2.1: a request that would be 404 without preconditions is answered 404.
    return ItemAnswers.written(result, () -> answers.notFound(id));
  }

  /** Deletes the item: 204; unknown id 404. Its version lives on in a tombstone, its history stays. */
  @DELETE
  @Path("{id}")
  @ApiResponse(responseCode = "204", description = "Deleted")
  public Response delete(@PathParam("id") String id, @BeanParam WriteCondition condition,
      @HeaderParam(FromHeader.NAME) String from) {
    ItemAnswers.requireValid(id);
    WriteResult result = store.delete(id, conditions.of(condition), FromHeader.author(from));
    if (result instanceof WriteResult.Deleted) {
      return Response.noContent().build();
    }
    ItemAnswers.written(result, () -> answers.notFound(id));
    throw new IllegalStateException("unexpected delete result " + result);
  }

  /** The item's kept versions, newest first, paged ({@code before}, {@code limit}); a hash ETag. */
  @GET
  @Path("{id}/versions")
  @ETagSource(ETagKind.HASH)
  @ApiResponse(responseCode = "200", description = "A page of the history, newest first",
      content = @Content(schema = @Schema(implementation = HistoryPageRepresentation.class)))
  public Response versions(
      @PathParam("id") String id, @QueryParam("before") String before, @QueryParam("limit") String limit) {
    return history.page(id, before, limit);
  }

  /** One kept version, with its version as the entity tag. */
  @GET
  @Path("{id}/versions/{version}")
  public ItemVersionRepresentation version(@PathParam("id") String id, @PathParam("version") String version) {
    return history.version(id, version);
  }

  /** Restores a kept version as a new version; needs {@code If-Match} of the current one (428, 412). */
  @POST
  @Path("{id}/versions/{version}/restore")
  @RequirePrecondition
  @ApiResponse(responseCode = "200", description = "Restored as a new version", content = @Content(schema = @Schema(implementation = ItemRepresentation.class)))
  @ApiResponse(responseCode = "201", description = "Re-created with If-None-Match: *", content = @Content(schema = @Schema(implementation = ItemRepresentation.class)))
  public Response restore(@PathParam("id") String id, @PathParam("version") String version,
      @BeanParam WriteCondition condition, @HeaderParam(FromHeader.NAME) String from) {
    return history.restore(id, version, condition, from);
  }
}
