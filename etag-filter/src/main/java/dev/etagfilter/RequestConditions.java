package dev.etagfilter;

import static java.util.Objects.requireNonNull;

import java.time.Instant;

/**
 * The parsed conditional headers of one request ({@code null} where a header was not sent, or, for
 * a date, was not a valid HTTP-date): what {@link PreconditionEvaluator} decides on. Parsed once by
 * the request filter, within the feature's limits, and handed to the response filter.
 */
final class RequestConditions {

  /** No conditional header: shared, so a plain request allocates nothing here. */
  static final RequestConditions NONE = new RequestConditions(null, null, null, null);

  private final EntityTagList ifMatch;
  private final EntityTagList ifNoneMatch;
  private final Instant ifModifiedSince;
  private final Instant ifUnmodifiedSince;

  private RequestConditions(
      EntityTagList ifMatch, EntityTagList ifNoneMatch, Instant ifModifiedSince, Instant ifUnmodifiedSince) {
    this.ifMatch = ifMatch;
    this.ifNoneMatch = ifNoneMatch;
    this.ifModifiedSince = ifModifiedSince;
    this.ifUnmodifiedSince = ifUnmodifiedSince;
  }

  /**
   * Parses raw conditional headers. Entity-tag headers must be well formed; dates that are not valid
   * HTTP-dates are ignored, as RFC 9110 13.1.3 and 13.1.4 require.
   *
   * @throws MalformedHeaderException if {@code If-Match} or {@code If-None-Match} is malformed or over
   *     a limit
   */
  static RequestConditions parse(ConditionalHeaders raw, HeaderLimits limits) {
    requireNonNull(raw, "raw");
    if (raw.ifMatch() == null && raw.ifNoneMatch() == null && raw.ifModifiedSince() == null
        && raw.ifUnmodifiedSince() == null) {
      // The common case of a plain request: nothing to parse, nothing to allocate.
      return NONE;
    }
    return new RequestConditions(
        raw.ifMatch() == null ? null : EntityTagList.parse(ConditionalHeaders.IF_MATCH, raw.ifMatch(), limits),
        raw.ifNoneMatch() == null
            ? null
            : EntityTagList.parse(ConditionalHeaders.IF_NONE_MATCH, raw.ifNoneMatch(), limits),
        HttpDates.parse(raw.ifModifiedSince()),
        HttpDates.parse(raw.ifUnmodifiedSince()));
  }

  /** {@code If-Match}, or null when not sent. */
  EntityTagList ifMatch() {
    return ifMatch;
  }

  /** {@code If-None-Match}, or null when not sent. */
  EntityTagList ifNoneMatch() {
    return ifNoneMatch;
  }

  /** {@code If-Modified-Since} as a valid HTTP-date, or null. */
  Instant ifModifiedSince() {
    return ifModifiedSince;
  }

  /** {@code If-Unmodified-Since} as a valid HTTP-date, or null. */
  Instant ifUnmodifiedSince() {
    return ifUnmodifiedSince;
  }

  /** True when the request sent no conditional header (or only dates that are not valid HTTP-dates). */
  boolean isUnconditional() {
    return ifMatch == null && ifNoneMatch == null && ifModifiedSince == null && ifUnmodifiedSince == null;
  }

  /** True when the request sent a date condition, the only case where 13.2.2 reads Last-Modified. */
  boolean hasDateCondition() {
    return ifModifiedSince != null || ifUnmodifiedSince != null;
  }

  /** True when neither {@code If-Match} nor {@code If-None-Match} was sent. */
  boolean lacksEntityTagCondition() {
    return ifMatch == null && ifNoneMatch == null;
  }

  /**
   * Whether the request names the state a write expects: {@code If-Match} (tags or {@code *}) or
   * {@code If-None-Match: *}; the conditions that satisfy a required precondition.
   */
  boolean namesExpectedState() {
    return ifMatch != null || isCreateOnly();
  }

  /** {@code If-Match: *}: the client's explicit "overwrite whatever is there" (RFC 9110 13.1.1). */
  boolean isForcedOverride() {
    return ifMatch != null && ifMatch.isAny();
  }

  /** {@code If-None-Match: *}: "create only if nothing is there yet" (RFC 9110 13.1.2). */
  boolean isCreateOnly() {
    return ifNoneMatch != null && ifNoneMatch.isAny();
  }

  @Override
  public String toString() {
    return "RequestConditions{ifMatch=" + ifMatch + ", ifNoneMatch=" + ifNoneMatch
        + ", ifModifiedSince=" + ifModifiedSince + ", ifUnmodifiedSince=" + ifUnmodifiedSince + "}";
  }
}
