package dev.etagfilter;

import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.core.Configuration;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.function.Supplier;

/**
 * A read's conditional headers, to answer a conditional GET from a validator that is cheap to get,
 * without building the representation: a {@code 304} then costs a version lookup, not a query plus
 * serialization. A resource method receives it as a {@code @BeanParam}.
 *
 * <pre>{@code
 * @GET @Path("{id}")
 * public Response get(@PathParam("id") String id, @BeanParam ReadCondition read) {
 *   long version = store.versionOf(id).orElseThrow(NotFoundException::new);  // SELECT version ...
 *   return read.respond(version, () -> store.find(id));                       // 304, or 200 + ETag
 * }
 * }</pre>
 *
 * <p>The version is tagged exactly as {@link ETagVersion} tags an entity ({@code 7} is {@code "7"}),
 * so the tag of a 200 from here and of one the feature makes from the entity are the same. A
 * collection can answer the same way from an aggregate version that changes whenever any member
 * does (a counter written with every change, say).
 */
public final class ReadCondition {

  @HeaderParam(ConditionalHeaders.IF_MATCH)
  private List<String> ifMatchLines;

  @HeaderParam(ConditionalHeaders.IF_NONE_MATCH)
  private List<String> ifNoneMatchLines;

  /** Where the feature left its options, so the headers are read within its configured limits. */
  @Context
  private Configuration configuration;

  private RequestConditions parsed;

  /** For the runtime, which fills in the headers when the class is a {@code @BeanParam}. */
  public ReadCondition() {}

  private ReadCondition(RequestConditions parsed) {
    this.parsed = parsed;
  }

  /**
   * The condition of these raw header values (either may be null for "not sent"), within the default
   * limits: for tests, code outside Jakarta REST, and a hot path on Jersey, which builds a {@code
   * @BeanParam} by reflection on every request: take the headers as two {@code @HeaderParam String}
   * method parameters, as {@link WriteCondition#fromHeaders} explains.
   *
   * @throws IllegalArgumentException if a value is not a valid entity-tag list (RFC 9110 13.1.1)
   */
  public static ReadCondition fromHeaders(String ifMatch, String ifNoneMatch) {
    return new ReadCondition(WriteCondition.parseWithDefaultLimits(ifMatch, ifNoneMatch));
  }

  /**
   * Whether a GET of the representation at {@code currentVersion} is answered {@code 304}: RFC 9110
   * 13.2.2 with that version's tag, {@code If-None-Match} compared weakly (13.1.2). False when an
   * {@code If-Match} fails first: that is a 412, answered from the full representation.
   */
  public boolean isUnchanged(Object currentVersion) {
    return PreconditionEvaluator.evaluate("GET", parsed(), ResourceState.of(VersionTags.of(currentVersion)))
        == Outcome.NOT_MODIFIED;
  }

  /**
   * {@code 304 Not Modified} with the version's {@code ETag} and no body when the client's copy is
   * current (RFC 9110 15.4.5), else {@code 200} with the representation {@code build} returns; the
   * feature then evaluates the rest of the request's preconditions against it, as for any GET.
   *
   * <p>The 200 carries a version's tag too, whatever the method's {@link ETagKind}, so that the next
   * conditional GET compares like with like and is answered here again (a hash-tagged method would
   * otherwise hand out a hash tag that no version matches, and serialize for every 304): the
   * representation's own version when it declares one ({@link ETagVersion}), so a write landing
   * between the version lookup and the build can never pair a body with another version's tag;
   * else (a collection) {@code currentVersion}, which was read before the representation, so a later
   * 304 is never given for content older than what the client holds.
   */
  public Response respond(Object currentVersion, Supplier<?> build) {
    if (isUnchanged(currentVersion)) {
      return Response.notModified().header(HttpHeaders.ETAG, VersionTags.of(currentVersion).toString()).build();
    }
    Object representation = build.get();
    Object version = representation != null && VersionExtractor.declaresVersion(representation.getClass())
        ? VersionExtractor.versionOf(representation)
        : null;
    return Response.ok(representation)
        .header(HttpHeaders.ETAG, VersionTags.of(version != null ? version : currentVersion).toString())
        .build();
  }

  private RequestConditions parsed() {
    RequestConditions p = parsed;
    if (p == null) {
      p = WriteCondition.parseInjected(ifMatchLines, ifNoneMatchLines, configuration);
      parsed = p;
    }
    return p;
  }
}
