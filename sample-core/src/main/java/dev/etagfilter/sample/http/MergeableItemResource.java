package dev.etagfilter.sample.http;

import dev.etagfilter.ETagKind;
import dev.etagfilter.ETagSource;
import dev.etagfilter.ReadCondition;
import dev.etagfilter.RequirePrecondition;
import dev.etagfilter.WriteCondition;
import dev.etagfilter.sample.item.FieldGroups;
import dev.etagfilter.sample.item.ItemField;
import dev.etagfilter.sample.store.ItemStore;
import dev.etagfilter.sample.store.WriteResult;
import io.swagger.v3.oas.annotations.headers.Header;
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
import java.util.OptionalLong;
import java.util.Set;

/**
 * {@code /mergeable-items}: the opt-in collection where a merge patch based on a stale version is
 * merged instead of refused, when that is safe. Everything else is exactly {@code /items}' API
 * (separate items, the same rules).
 *
 * <p>A {@code PATCH} whose {@code If-Match} names one older version is applied on top of the
 * current version when none of the fields it sets changed between that version and the current
 * one, judged by field group ({@link FieldGroups#VARIANT_TOGETHER}: color and size are one group,
 * the variant; name and price stand alone) from the kept history. The answer is the usual 200 with
 * the item and its new {@code ETag}, plus {@code Merged-Onto: "5"}: the entity tag of the version
 * the patch was merged onto, whose changes the result keeps. Any overlap, a base the history no
 * longer keeps, or a deletion in between is the usual 412 with the current item. PUT, DELETE and
 * restore stay strict: a full replace carries every field, so it can never be disjoint.
 *
 * <p>No pre-check is registered for this class (see {@link SampleApplication}): it would refuse a
 * stale {@code If-Match} before the patch could be merged.
 */
@Path("mergeable-items")
@Produces(MediaType.APPLICATION_JSON)
public final class MergeableItemResource {

  /** The response header of a merged patch: the entity tag of the version it was merged onto. */
  public static final String MERGED_ONTO = "Merged-Onto";

  private final ItemStore store;
  private final VersionConditions conditions;
  private final ItemAnswers answers;
  private final ItemResource same;

  /** The collection over {@code store}; the arguments mean what they mean for {@link ItemResource}. */
  public MergeableItemResource(ItemStore store, URI publicBaseUri, VersionConditions conditions) {
    this.store = store;
    this.conditions = conditions;
    this.answers = new ItemAnswers(publicBaseUri, "mergeable-items");
    this.same = new ItemResource(store, publicBaseUri, conditions, "mergeable-items");
  }

  /** Every item; its entity tag is a hash of exactly these bytes. */
  @GET
  @ETagSource(ETagKind.HASH)
  public List<ItemRepresentation> list() {
    return same.list();
  }

  /** One item; 404 when unknown. */
  @GET
  @Path("{id}")
  @ApiResponse(responseCode = "200", description = "The item", content = @Content(schema = @Schema(implementation = ItemRepresentation.class)))
  public Response get(@PathParam("id") String id, @BeanParam ReadCondition read) {
    return same.get(id, read);
  }

  /** Creates an item under a new id. */
  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @ApiResponse(responseCode = "201", description = "Created, at Location", content = @Content(schema = @Schema(implementation = ItemRepresentation.class)))
  public Response create(@HeaderParam(FromHeader.NAME) String from,
      @RequestBody(required = true, content = @Content(schema = @Schema(implementation = ItemRepresentation.class))) JsonObjectBody body) {
    return same.create(from, body);
  }

  /** Full replace, strict as on {@code /items}. */
  @PUT
  @Path("{id}")
  @Consumes(MediaType.APPLICATION_JSON)
  @ApiResponse(responseCode = "200", description = "Replaced", content = @Content(schema = @Schema(implementation = ItemRepresentation.class)))
  @ApiResponse(responseCode = "201", description = "Created with If-None-Match: *", content = @Content(schema = @Schema(implementation = ItemRepresentation.class)))
  public Response replace(@PathParam("id") String id, @BeanParam WriteCondition condition,
      @HeaderParam(FromHeader.NAME) String from, @RequestBody(required = true, content = @Content(schema = @Schema(implementation = ItemRepresentation.class))) JsonObjectBody body) {
    return same.replace(id, condition, from, body);
  }

  /**
   * RFC 7396 merge patch; with a stale {@code If-Match} merged onto the current version when the
   * field groups it sets are untouched since (then {@code Merged-Onto}), else 412.
   */
  @PATCH
  @Path("{id}")
  @Consumes(ItemResource.MERGE_PATCH_JSON)
  @ApiResponse(responseCode = "200", description = "Patched; merged onto a newer version when Merged-Onto says so",
      content = @Content(schema = @Schema(implementation = ItemRepresentation.class)), headers = @Header(name = MERGED_ONTO,
          description = "The entity tag of the version a stale patch was merged onto"))
  public Response patch(@PathParam("id") String id, @BeanParam WriteCondition condition,
      @HeaderParam(FromHeader.NAME) String from,
      @RequestBody(required = true, content = @Content(mediaType = ItemResource.MERGE_PATCH_JSON,
          schema = @Schema(implementation = ItemRepresentation.class))) JsonObjectBody patch) {
    ItemAnswers.requireValid(id);
    String author = FromHeader.author(from);
    Set<ItemField> touched = ItemBodies.touchedFields(patch.members());
    WriteResult result = store.mergePatch(id, conditions.of(condition), baseVersion(condition), touched,
        FieldGroups.VARIANT_TOGETHER, current -> ItemBodies.mergePatch(patch.members(), current), author);
    Response.ResponseBuilder answer = Response.ok(ItemAnswers.written(result, () -> answers.notFound(id)));
    if (result instanceof WriteResult.Merged merged) {
      answer.header(MERGED_ONTO, "\"" + merged.onto() + "\"");
    }
    return answer.build();
  }

  /** Deletes the item, strict as on {@code /items}. */
  @DELETE
  @Path("{id}")
  @ApiResponse(responseCode = "204", description = "Deleted")
  public Response delete(@PathParam("id") String id, @BeanParam WriteCondition condition,
      @HeaderParam(FromHeader.NAME) String from) {
    return same.delete(id, condition, from);
  }

  /** The item's kept versions, newest first, paged. */
  @GET
  @Path("{id}/versions")
  @ETagSource(ETagKind.HASH)
  @ApiResponse(responseCode = "200", description = "A page of the history, newest first",
      content = @Content(schema = @Schema(implementation = HistoryPageRepresentation.class)))
  public Response versions(
      @PathParam("id") String id, @QueryParam("before") String before, @QueryParam("limit") String limit) {
    return same.versions(id, before, limit);
  }

  /** One kept version, with its version as the entity tag. */
  @GET
  @Path("{id}/versions/{version}")
  public ItemVersionRepresentation version(@PathParam("id") String id, @PathParam("version") String version) {
    return same.version(id, version);
  }

  /** Restores a kept version as a new version; needs {@code If-Match} of the current one. */
  @POST
  @Path("{id}/versions/{version}/restore")
  @RequirePrecondition
  @ApiResponse(responseCode = "200", description = "Restored as a new version", content = @Content(schema = @Schema(implementation = ItemRepresentation.class)))
  @ApiResponse(responseCode = "201", description = "Re-created with If-None-Match: *", content = @Content(schema = @Schema(implementation = ItemRepresentation.class)))
  public Response restore(@PathParam("id") String id, @PathParam("version") String version,
      @BeanParam WriteCondition condition, @HeaderParam(FromHeader.NAME) String from) {
    return same.restore(id, version, condition, from);
  }

  /** The one version a patch was based on: its {@code If-Match} named exactly one version tag. */
  private static OptionalLong baseVersion(WriteCondition condition) {
    if (condition.kind() != WriteCondition.Kind.VERSIONS || condition.versions().size() != 1) {
      return OptionalLong.empty();
    }
    try {
      return OptionalLong.of(Long.parseLong(condition.versions().get(0)));
    } catch (NumberFormatException e) {
      return OptionalLong.empty();
    }
  }
}
