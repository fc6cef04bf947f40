package dev.etagfilter;

import static java.util.Objects.requireNonNull;

import dev.etagfilter.internal.HttpDates;
import jakarta.ws.rs.core.HttpHeaders;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * The parsed conditional headers of one request: what a resource method needs to make its write a
 * compare-and-set.
 *
 * <pre>{@code
 * @PUT @Path("{id}")
 * public Item replace(@PathParam("id") String id, @Context HttpHeaders headers, Item item) {
 *   Preconditions pre = Preconditions.from(headers);
 *   if (pre.isForcedOverride()) return store.overwrite(id, item);
 *   long expected = pre.expectedVersion().orElseThrow(...);
 *   // UPDATE items SET ..., version = version + 1 WHERE id = ? AND version = ?
 *   return store.replaceIfVersion(id, expected, item)
 *       .orElseThrow(() -> PreconditionFailedException.withCurrent(store.find(id)));
 * }
 * }</pre>
 *
 * <p>The request filter has already answered malformed headers (400) and missing ones (428) by the
 * time a resource method runs, so {@link #from(HttpHeaders)} does not throw there.
 */
public final class Preconditions {

  private static final Preconditions NONE = new Preconditions(null, null, null, null);

  private final EntityTagList ifMatch;
  private final EntityTagList ifNoneMatch;
  private final Instant ifModifiedSince;
  private final Instant ifUnmodifiedSince;

  private Preconditions(
      EntityTagList ifMatch, EntityTagList ifNoneMatch, Instant ifModifiedSince, Instant ifUnmodifiedSince) {
    this.ifMatch = ifMatch;
    this.ifNoneMatch = ifNoneMatch;
    this.ifModifiedSince = ifModifiedSince;
    this.ifUnmodifiedSince = ifUnmodifiedSince;
  }

  /** No conditional header. */
  public static Preconditions none() {
    return NONE;
  }

  /**
   * Parses the request's conditional headers within {@link HeaderLimits#DEFAULT}.
   *
   * @throws MalformedHeaderException if {@code If-Match} or {@code If-None-Match} is malformed
   *     (mapped to 400 by the feature)
   */
  public static Preconditions from(HttpHeaders headers) {
    return parse(ConditionalHeaders.from(headers), HeaderLimits.DEFAULT);
  }

  /**
   * Parses the two headers a compare-and-set needs, as a resource method receives them through
   * {@code @HeaderParam} (either may be null). Equivalent to {@link #from(HttpHeaders)} for writes
   * (the feature has already evaluated the date headers), and cheaper: on Jersey, injecting {@code
   * HttpHeaders} into a resource method costs about 2 KB of garbage per request (see
   * benchmarks/RESULTS.md).
   *
   * <p>One caveat: RFC 9110 5.3 lets a client split a list over several {@code If-Match} field
   * lines, and Jersey hands a {@code String} header parameter only the first of them. The feature's
   * own check sees every line; a tag that only a later line carries is ignored here, so such a write
   * fails safe with 412 rather than going through. Use {@link #from(HttpHeaders)} if your clients
   * repeat the header.
   *
   * <pre>{@code
   * @PUT @Path("{id}")
   * public Item replace(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch, Item item) {
   *   long expected = Preconditions.fromEntityTagHeaders(ifMatch, null).expectedVersion().orElseThrow(...);
   * }
   * }</pre>
   *
   * @throws MalformedHeaderException if a header is malformed (the feature has answered it with 400
   *     before the method runs)
   */
  public static Preconditions fromEntityTagHeaders(String ifMatch, String ifNoneMatch) {
    return parse(new ConditionalHeaders(ifMatch, ifNoneMatch, null, null), HeaderLimits.DEFAULT);
  }

  /**
   * Parses raw conditional headers. Entity-tag headers must be well formed; dates that are not valid
   * HTTP-dates are ignored, as RFC 9110 13.1.3 and 13.1.4 require.
   *
   * @throws MalformedHeaderException if {@code If-Match} or {@code If-None-Match} is malformed
   */
  public static Preconditions parse(ConditionalHeaders raw, HeaderLimits limits) {
    requireNonNull(raw, "raw");
    if (raw.ifMatch() == null && raw.ifNoneMatch() == null && raw.ifModifiedSince() == null
        && raw.ifUnmodifiedSince() == null) {
      // The common case of a plain request: nothing to parse, nothing to allocate.
      return NONE;
    }
    return new Preconditions(
        raw.ifMatch() == null ? null : EntityTagList.parse(ConditionalHeaders.IF_MATCH, raw.ifMatch(), limits),
        raw.ifNoneMatch() == null
            ? null
            : EntityTagList.parse(ConditionalHeaders.IF_NONE_MATCH, raw.ifNoneMatch(), limits),
        HttpDates.parse(raw.ifModifiedSince()).orElse(null),
        HttpDates.parse(raw.ifUnmodifiedSince()).orElse(null));
  }

  /** {@code If-Match}, when sent. */
  public Optional<EntityTagList> ifMatch() {
    return Optional.ofNullable(ifMatch);
  }

  /** {@code If-None-Match}, when sent. */
  public Optional<EntityTagList> ifNoneMatch() {
    return Optional.ofNullable(ifNoneMatch);
  }

  /** {@code If-Modified-Since}, when sent as a valid HTTP-date. */
  public Optional<Instant> ifModifiedSince() {
    return Optional.ofNullable(ifModifiedSince);
  }

  /** {@code If-Unmodified-Since}, when sent as a valid HTTP-date. */
  public Optional<Instant> ifUnmodifiedSince() {
    return Optional.ofNullable(ifUnmodifiedSince);
  }

  /** True when the request sent no conditional header (or only dates that are not valid HTTP-dates). */
  public boolean isUnconditional() {
    return ifMatch == null && ifNoneMatch == null && ifModifiedSince == null && ifUnmodifiedSince == null;
  }

  /** True when neither {@code If-Match} nor {@code If-None-Match} was sent. */
  public boolean lacksEntityTagCondition() {
    return ifMatch == null && ifNoneMatch == null;
  }

  /** {@code If-Match: *}: the client's explicit "overwrite whatever is there" (RFC 9110 13.1.1). */
  public boolean isForcedOverride() {
    return ifMatch != null && ifMatch.isAny();
  }

  /** {@code If-None-Match: *}: "create only if nothing is there yet" (RFC 9110 13.1.2). */
  public boolean isCreateOnly() {
    return ifNoneMatch != null && ifNoneMatch.isAny();
  }

  /**
   * Whether a state-changing request may proceed against {@code current}: RFC 9110 13.2.2 steps 1
   * to 3 for a method other than GET/HEAD. Call it inside the lock or transaction that then writes,
   * so that the test and the write are one atomic step.
   */
  public boolean permitsWrite(ResourceState current) {
    return PreconditionEvaluator.evaluate("PUT", this, current) == Outcome.PROCEED;
  }

  /**
   * {@link #permitsWrite(ResourceState)} for an existing entity whose version is {@code
   * currentVersion}: true for {@code If-Match: *} or when one strong tag names that version. Use it
   * inside the lock or transaction that writes, e.g. after {@code SELECT ... FOR UPDATE}.
   */
  public boolean permitsWriteAtVersion(Object currentVersion) {
    return permitsWrite(ResourceState.of(VersionTags.of(currentVersion)));
  }

  /**
   * The version named by {@code If-Match} when it lists exactly one strong tag made by {@link
   * VersionTags#of(Object)} from a whole number: the expected value for a compare-and-set such as
   * {@code UPDATE ... WHERE id = ? AND version = ?}. Empty for {@code *}, for no {@code If-Match},
   * for several tags or for tags that are not versions (such a write cannot match; see {@link
   * #expectedVersions()}).
   */
  public OptionalLong expectedVersion() {
    List<String> versions = expectedVersions();
    if (versions.size() != 1) {
      return OptionalLong.empty();
    }
    return VersionTags.parseLong(versions.get(0));
  }

  /**
   * The versions named by the strong tags of {@code If-Match}, decoded by {@link
   * VersionTags#versionOf(EntityTag)}, in the order sent. Weak tags are left out: they never match
   * {@code If-Match} (RFC 9110 13.1.1 uses strong comparison). Empty for {@code *} or no header.
   */
  public List<String> expectedVersions() {
    if (ifMatch == null || ifMatch.isAny()) {
      return List.of();
    }
    List<String> versions = new ArrayList<>(ifMatch.tags().size());
    for (EntityTag tag : ifMatch.tags()) {
      if (!tag.isWeak()) {
        VersionTags.versionOf(tag).ifPresent(versions::add);
      }
    }
    return versions;
  }

  @Override
  public String toString() {
    return "Preconditions{ifMatch=" + ifMatch + ", ifNoneMatch=" + ifNoneMatch
        + ", ifModifiedSince=" + ifModifiedSince + ", ifUnmodifiedSince=" + ifUnmodifiedSince + "}";
  }
}
