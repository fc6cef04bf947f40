package dev.etagfilter;

import java.time.Instant;
import java.util.Set;

/**
 * Decides a request's preconditions: a pure function of the method, the conditional headers and the
 * resource's current state, with no Jakarta REST types, so every case is a row in a table test.
 *
 * <p>{@link #evaluate(String, RequestConditions, ResourceState)} follows
 * <a href="https://www.rfc-editor.org/rfc/rfc9110#section-13.2.2">RFC 9110 section 13.2.2</a> step by
 * step. {@link #checkRequest(ConditionalHeaders, boolean, HeaderLimits)} is what comes before it: 400
 * for malformed headers and 428 (RFC 6585 section 3) for a write that names no entity tag.
 */
final class PreconditionEvaluator {

  /** The methods that require a precondition unless configured otherwise: the unsafe edits. */
  static final Set<String> DEFAULT_REQUIRING_METHODS = Set.of("PUT", "PATCH", "DELETE");

  private PreconditionEvaluator() {}

  /**
   * The part that needs no knowledge of the resource, done before the method runs: 400 for a
   * malformed header, 428 for a missing required one, else {@link Outcome#PROCEED} with the parsed
   * headers.
   */
  static Decision checkRequest(
      ConditionalHeaders headers, boolean preconditionRequired, HeaderLimits limits) {
    RequestConditions parsed;
    try {
      parsed = RequestConditions.parse(headers, limits);
    } catch (MalformedHeaderException e) {
      return Decision.badRequest(e);
    }
    // RFC 6585 3: the origin requires the request to be conditional, to prevent lost updates. Only a
    // condition that names the state the write expects counts: If-Match (tags or "*") or
    // If-None-Match: * (create only). If-None-Match with tags only names states the write does not
    // expect, and If-Unmodified-Since has one-second resolution: neither can stop a blind overwrite.
    if (preconditionRequired && !parsed.namesExpectedState()) {
      return Decision.of(Outcome.PRECONDITION_REQUIRED, parsed);
    }
    return Decision.of(Outcome.PROCEED, parsed);
  }

  /**
   * {@link #evaluate} for a method that changes state (not GET or HEAD): where a failed condition is
   * 412, never 304.
   */
  static Outcome evaluateWrite(RequestConditions pre, ResourceState current) {
    return evaluate("PUT", pre, current);
  }

  /**
   * RFC 9110 section 13.2.2, "Precedence of Preconditions", for a request whose response without
   * preconditions would be 2xx (section 13.2.1: callers answer 404 and other errors first).
   */
  static Outcome evaluate(String method, RequestConditions pre, ResourceState current) {
    // Step 1: If-Match present: if false, 412.
    Condition ifMatch = checkIfMatch(pre, current);
    if (ifMatch == Condition.FALSE) {
      return Outcome.PRECONDITION_FAILED;
    }
    // Step 2: If-Match absent and If-Unmodified-Since present: if false, 412.
    if (ifMatch == Condition.NONE && checkIfUnmodifiedSince(pre, current) == Condition.FALSE) {
      return Outcome.PRECONDITION_FAILED;
    }
    // Step 3: If-None-Match present: if false, 304 for GET/HEAD, else 412.
    Condition ifNoneMatch = checkIfNoneMatch(pre, current);
    if (ifNoneMatch == Condition.FALSE) {
      return isGetOrHead(method) ? Outcome.NOT_MODIFIED : Outcome.PRECONDITION_FAILED;
    }
    // Step 4: GET/HEAD, If-None-Match absent, If-Modified-Since present: if false, 304.
    if (ifNoneMatch == Condition.NONE
        && isGetOrHead(method)
        && checkIfModifiedSince(pre, current) == Condition.FALSE) {
      return Outcome.NOT_MODIFIED;
    }
    // Step 5: If-Range applies only to Range requests, which this library never serves: skipped.
    // Step 6: perform the method.
    return Outcome.PROCEED;
  }

  /**
   * RFC 9110 <a href="https://www.rfc-editor.org/rfc/rfc9110#section-13.1.1">13.1.1</a> If-Match:
   * {@code *} is true only if a current representation exists; a list is true if one of its tags
   * matches the current tag by strong comparison, so a weak tag on either side never matches.
   */
  static Condition checkIfMatch(RequestConditions pre, ResourceState current) {
    EntityTagList ifMatch = pre.ifMatch();
    if (ifMatch == null) {
      return Condition.NONE;
    }
    if (ifMatch.isAny()) {
      return current.exists() ? Condition.TRUE : Condition.FALSE;
    }
    return current.etag() != null && ifMatch.anyStrongMatch(current.etag())
        ? Condition.TRUE
        : Condition.FALSE;
  }

  /**
   * RFC 9110 <a href="https://www.rfc-editor.org/rfc/rfc9110#section-13.1.4">13.1.4</a>
   * If-Unmodified-Since: ignored when the date is invalid or the resource has no modification date;
   * true when the representation was last modified at or before the date.
   */
  static Condition checkIfUnmodifiedSince(RequestConditions pre, ResourceState current) {
    Instant since = pre.ifUnmodifiedSince();
    if (since == null || current.lastModified() == null) {
      return Condition.NONE;
    }
    return current.lastModified().isAfter(since) ? Condition.FALSE : Condition.TRUE;
  }

  /**
   * RFC 9110 <a href="https://www.rfc-editor.org/rfc/rfc9110#section-13.1.2">13.1.2</a>
   * If-None-Match: {@code *} is false if a current representation exists; a list is false if one of
   * its tags matches the current tag by weak comparison.
   */
  static Condition checkIfNoneMatch(RequestConditions pre, ResourceState current) {
    EntityTagList ifNoneMatch = pre.ifNoneMatch();
    if (ifNoneMatch == null) {
      return Condition.NONE;
    }
    if (ifNoneMatch.isAny()) {
      return current.exists() ? Condition.FALSE : Condition.TRUE;
    }
    return current.etag() != null && ifNoneMatch.anyWeakMatch(current.etag())
        ? Condition.FALSE
        : Condition.TRUE;
  }

  /**
   * RFC 9110 <a href="https://www.rfc-editor.org/rfc/rfc9110#section-13.1.3">13.1.3</a>
   * If-Modified-Since: ignored when the date is invalid or the resource has no modification date
   * (the method check is in the orchestrator); false when not modified after the date.
   */
  static Condition checkIfModifiedSince(RequestConditions pre, ResourceState current) {
    Instant since = pre.ifModifiedSince();
    if (since == null || current.lastModified() == null) {
      return Condition.NONE;
    }
    return current.lastModified().isAfter(since) ? Condition.TRUE : Condition.FALSE;
  }

  /** GET and HEAD are the methods that get 304 rather than 412 (RFC 9110 13.2.2 steps 3 and 4). */
  static boolean isGetOrHead(String method) {
    return "GET".equals(method) || "HEAD".equals(method);
  }
}
