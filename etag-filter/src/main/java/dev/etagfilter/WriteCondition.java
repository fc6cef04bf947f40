package dev.etagfilter;

import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.core.Configuration;
import jakarta.ws.rs.core.Context;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * What a write may replace, as the request's {@code If-Match} and {@code If-None-Match} say (RFC 9110
 * <a href="https://www.rfc-editor.org/rfc/rfc9110#section-13.1.1">13.1.1</a> and
 * <a href="https://www.rfc-editor.org/rfc/rfc9110#section-13.1.2">13.1.2</a>): the one value a
 * resource method needs to make its write a compare-and-set. A resource method receives it as a
 * {@code @BeanParam}; by then the feature has answered malformed headers (400) and writes that send
 * none (428).
 *
 * <pre>{@code
 * @PUT @Path("{id}")
 * public Item replace(@PathParam("id") String id, @BeanParam WriteCondition condition, Item item) {
 *   // read the row, test condition.permits(row.version()), then
 *   // UPDATE items SET ..., version = version + 1 WHERE id = ? AND version = ?   (0 rows: read again)
 *   return store.replace(id, condition, item)
 *       .orElseThrow(() -> PreconditionFailedException.withCurrent(store.find(id).orElse(null)));
 * }
 * }</pre>
 *
 * <p>{@link #permits(Object)} and {@link #permitsCreate()} are the exact test, RFC 9110 13.2.2 steps
 * 1 to 3 against the version the store holds (or its absence): use them inside the transaction or
 * compare-and-set that writes. {@link #kind()} sums the condition up for a store that writes in one
 * statement:
 *
 * <pre>
 * If-Match: "7", "8"          VERSIONS          versions() = [7, 8]
 * If-Match: *                 ANY_VERSION       "overwrite anyway": any stored version, never a create
 * If-None-Match: *            CREATE_ONLY       only where nothing is stored yet
 * If-Match: W/"7"             NOTHING           a weak tag never matches If-Match: answer 412
 * (neither header)            UNCONDITIONAL     only where the feature lets such a write through
 * If-None-Match: "7"          ALL_BUT_VERSIONS  anything but versions() = [7]
 * </pre>
 *
 * <p>Versions are compared through their entity tags, exactly as the feature tags responses: version
 * {@code 7} (a {@code long}, {@code int} or the string {@code "7"}) is {@code "7"}. Outside a
 * resource method, for instance in a store's tests, build one with {@link #fromHeaders(String,
 * String)}. Instances made by the runtime are not shared between requests; the value is computed on
 * first use and never changes.
 */
public final class WriteCondition {

  /** How a condition restricts the state a write may replace; see the table in the class doc. */
  public enum Kind {
    /** {@code If-Match} with entity tags: only a stored version among {@link #versions()}. */
    VERSIONS,
    /** {@code If-Match: *}: whatever version is stored, but something must be (never a create). */
    ANY_VERSION,
    /** {@code If-None-Match: *}: only where nothing is stored yet. */
    CREATE_ONLY,
    /** Nothing the server can hold satisfies the headers: answer 412 without writing. */
    NOTHING,
    /** No entity-tag condition: the write is unconditional (only where no precondition is required). */
    UNCONDITIONAL,
    /**
     * {@code If-None-Match} with entity tags and no {@code If-Match} tags: any state except a version
     * among {@link #versions()}; {@link #permitsCreate()} says whether "nothing stored" passes.
     */
    ALL_BUT_VERSIONS
  }

  @HeaderParam(ConditionalHeaders.IF_MATCH)
  private List<String> ifMatchLines;

  @HeaderParam(ConditionalHeaders.IF_NONE_MATCH)
  private List<String> ifNoneMatchLines;

  /** Where the feature left its options, so the headers are read within its configured limits. */
  @Context
  private Configuration configuration;

  /** Computed on first use from the injected headers (or given by a factory). */
  private RequestConditions parsed;

  /** Its summary ({@link #kind()}, {@link #versions()}), computed only when asked for: a write that just calls {@link #permits} needs none. */
  private Resolved resolved;

  /**
   * For the runtime, which fills in the headers when the class is a {@code @BeanParam}. Built by hand
   * (outside a request) it is {@link Kind#UNCONDITIONAL}.
   */
  public WriteCondition() {}

  private WriteCondition(RequestConditions parsed) {
    this.parsed = parsed;
  }

  /**
   * The condition of these raw header values (either may be null for "not sent"), within the default
   * limits (4096 characters, 64 entity tags): for tests, code outside Jakarta REST, and a hot write
   * path on Jersey, which builds a {@code @BeanParam} by reflection on every request. There, take
   * the headers as {@code @HeaderParam(HttpHeaders.IF_MATCH) String} and {@code
   * @HeaderParam(HttpHeaders.IF_NONE_MATCH) String} method parameters: the feature folds a header
   * sent on several lines into one (RFC 9110 5.3), so each parameter holds the whole list. Keep the
   * {@code @BeanParam} where the feature's limits are raised above the defaults.
   *
   * @throws IllegalArgumentException if a value is not a valid {@code If-Match} / {@code
   *     If-None-Match} (RFC 9110 section 13.1.1 grammar)
   */
  public static WriteCondition fromHeaders(String ifMatch, String ifNoneMatch) {
    return new WriteCondition(parseWithDefaultLimits(ifMatch, ifNoneMatch));
  }

  /** Raw {@code If-Match} and {@code If-None-Match} values (null: not sent) within the default limits. */
  static RequestConditions parseWithDefaultLimits(String ifMatch, String ifNoneMatch) {
    return RequestConditions.parse(new ConditionalHeaders(ifMatch, ifNoneMatch, null, null), HeaderLimits.DEFAULT);
  }

  /** The condition of conditional headers the feature has already parsed. */
  static WriteCondition of(RequestConditions parsed) {
    return new WriteCondition(parsed);
  }

  /** What the condition allows, summed up; see the table in the class doc. */
  public Kind kind() {
    return resolved().kind;
  }

  /**
   * For {@link Kind#VERSIONS} the versions the write may replace, for {@link Kind#ALL_BUT_VERSIONS}
   * those it may not, in the order sent; empty for every other kind. A version is the text its
   * entity tag stands for ({@code "7"} for {@code If-Match: "7"}); one your store does not have,
   * such as a word where versions are numbers, simply matches nothing.
   */
  public List<String> versions() {
    return resolved().versions;
  }

  /**
   * Whether the write may replace the resource stored at {@code currentVersion}: RFC 9110 13.2.2
   * steps 1 and 3, with strong comparison for {@code If-Match} (13.1.1) and weak for {@code
   * If-None-Match} (13.1.2). Call it on the version the compare-and-set then writes against.
   */
  public boolean permits(Object currentVersion) {
    EntityTag current = VersionTags.of(currentVersion);
    return PreconditionEvaluator.evaluateWrite(parsed(), ResourceState.of(current)) == Outcome.PROCEED;
  }

  /**
   * Whether the write may proceed where nothing is stored (or only a deleted item's tombstone):
   * true for {@code If-None-Match: *}, false for any {@code If-Match} (RFC 9110 13.1.1: "*" is false
   * when there is no current representation, and no tag can match one).
   */
  public boolean permitsCreate() {
    return PreconditionEvaluator.evaluateWrite(parsed(), ResourceState.absent()) == Outcome.PROCEED;
  }

  /** {@code If-Match: *}: the client's explicit "overwrite whatever is there". */
  public boolean isForcedOverride() {
    return parsed().isForcedOverride();
  }

  private RequestConditions parsed() {
    RequestConditions p = parsed;
    if (p == null) {
      p = parseInjected(ifMatchLines, ifNoneMatchLines, configuration);
      parsed = p;
    }
    return p;
  }

  private Resolved resolved() {
    Resolved r = resolved;
    if (r == null) {
      r = Resolved.of(parsed());
      resolved = r;
    }
    return r;
  }

  /**
   * The headers a runtime injected, within the feature's limits. Where the feature is registered it
   * has answered a malformed header with 400 already; without it, the same 400 comes from here.
   */
  static RequestConditions parseInjected(List<String> ifMatch, List<String> ifNoneMatch, Configuration configuration) {
    try {
      ConditionalHeaders headers =
          new ConditionalHeaders(ConditionalHeaders.joined(ifMatch), ConditionalHeaders.joined(ifNoneMatch), null, null);
      return RequestConditions.parse(headers, FeatureOptions.headerLimitsIn(configuration));
    } catch (MalformedHeaderException e) {
      throw new BadRequestException(ProblemResponses.malformedHeader(e));
    }
  }

  @Override
  public String toString() {
    Resolved r = resolved();
    return "WriteCondition{" + r.kind + (r.versions.isEmpty() ? "" : " " + r.versions) + "}";
  }

  /** What the parsed headers allow, summed up. */
  private static final class Resolved {
    final Kind kind;
    final List<String> versions;

    private Resolved(Kind kind, List<String> versions) {
      this.kind = kind;
      this.versions = versions;
    }

    static Resolved of(RequestConditions parsed) {
      EntityTagList ifMatch = parsed.ifMatch();
      EntityTagList ifNoneMatch = parsed.ifNoneMatch();
      if (ifMatch == null && ifNoneMatch == null) {
        return new Resolved(Kind.UNCONDITIONAL, List.of());
      }
      if (ifMatch == null) {
        return ifNoneMatch.isAny()
            ? new Resolved(Kind.CREATE_ONLY, List.of())
            : new Resolved(Kind.ALL_BUT_VERSIONS, versionsOf(ifNoneMatch.tags(), true));
      }
      // If-Match requires a current representation; If-None-Match: * requires none.
      if (ifNoneMatch != null && ifNoneMatch.isAny()) {
        return new Resolved(Kind.NOTHING, List.of());
      }
      if (ifMatch.isAny()) {
        return ifNoneMatch == null
            ? new Resolved(Kind.ANY_VERSION, List.of())
            : new Resolved(Kind.ALL_BUT_VERSIONS, versionsOf(ifNoneMatch.tags(), true));
      }
      List<String> candidates = versionsOf(ifMatch.tags(), false);
      if (ifNoneMatch != null) {
        // Step 3 after step 1: a version If-None-Match names (weak comparison) is excluded.
        candidates = new ArrayList<>(candidates);
        candidates.removeAll(versionsOf(ifNoneMatch.tags(), true));
      }
      return candidates.isEmpty()
          ? new Resolved(Kind.NOTHING, List.of())
          : new Resolved(Kind.VERSIONS, Collections.unmodifiableList(candidates));
    }

    /** The versions named by {@code tags}; weak tags only where weak comparison applies. */
    private static List<String> versionsOf(List<EntityTag> tags, boolean includeWeak) {
      List<String> versions = new ArrayList<>(tags.size());
      for (EntityTag tag : tags) {
        if (includeWeak || !tag.isWeak()) {
          String version = VersionTags.versionOf(tag);
          if (version != null && !versions.contains(version)) {
            versions.add(version);
          }
        }
      }
      return Collections.unmodifiableList(versions);
    }
  }
}
