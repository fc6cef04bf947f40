package dev.etagfilter;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * The library's error responses, as RFC 9457 problem details ({@code application/problem+json}) that
 * tell a person what to send instead. Bodies are bytes, so they do not depend on the application's
 * JSON provider.
 */
final class ProblemResponses {

  /** {@code application/problem+json} (RFC 9457 section 3). */
  static final MediaType PROBLEM_JSON = new MediaType("application", "problem+json");

  private ProblemResponses() {}

  /** 400 for a malformed or oversized conditional header. */
  static Response malformedHeader(MalformedHeaderException e) {
    ProblemDocument problem = ProblemDocument.of(400, "Bad Request",
        "The " + e.headerName() + " header is malformed: " + e.reason() + ". Send entity tags exactly as"
            + " received in the ETag response header, in double quotes, separated by commas, e.g. "
            + e.headerName() + ": " + e.example() + ".")
        .with("header", e.headerName())
        .with("example", e.headerName() + ": " + e.example());
    return response(400, problem);
  }

  /**
   * 428 for a write that names no expected state (RFC 6585 section 3); {@code ifNoneMatchSent} when
   * it sent If-None-Match with entity tags, which cannot protect a write.
   */
  static Response preconditionRequired(String method, boolean ifNoneMatchSent) {
    String why = ifNoneMatchSent
        ? method + " sent If-None-Match with entity tags, which only names versions the write does not"
            + " expect and so cannot stop it from overwriting someone else's change. Send If-Match"
            + " with the ETag of the version you edited instead, e.g. If-Match: \"7\" (or"
            + " If-None-Match: * to create a resource only if it does not exist yet)."
        : method + " requires an If-Match header carrying the ETag of the version you edited, so that"
            + " your change cannot silently overwrite someone else's. GET the resource, keep the value"
            + " of its ETag response header, and send it back, e.g. If-Match: \"7\". To create a"
            + " resource only if it does not exist yet, send If-None-Match: * instead.";
    ProblemDocument problem = ProblemDocument.of(428, "Precondition Required", why)
        .with("header", "If-Match")
        .with("example", "If-Match: \"7\"");
    return response(428, problem);
  }

  /** 412 when there is no current representation to send. */
  static Response absentResource() {
    return response(412, ProblemDocument.of(412, "Precondition Failed",
        "The resource does not exist (or no longer does), so the entity tag you sent cannot match."
            + " To create it, send If-None-Match: * instead of If-Match."));
  }

  /** What a request gets when the feature cannot tell which resource method it is for. */
  static final String UNBOUND_DETAIL = "etag-filter cannot tell which resource method this request is"
      + " for, so it refuses the request rather than let a write through unchecked: this runtime did"
      + " not call ETagFeature as a DynamicFeature and injected no ResourceInfo. Register ETagFeature"
      + " itself (Application#getClasses, or a @Provider subclass on Quarkus), not through another Feature.";

  /** 500 for a request the feature cannot bind to a resource method: a deployment error, not the client's. */
  static Response unbound() {
    return response(500, ProblemDocument.of(500, "Internal Server Error", UNBOUND_DETAIL));
  }

  /** 400 for an {@code Idempotency-Key} that is not a short string. */
  static Response malformedIdempotencyKey() {
    return response(400, ProblemDocument.of(400, "Bad Request",
        "The Idempotency-Key header must be a string of at most 255 visible ASCII characters in double"
            + " quotes, unique per write, e.g. Idempotency-Key: \"8e03978e-40d5-43e8-bc93-6894a57f9324\".")
        .with("header", "Idempotency-Key"));
  }

  /** 413 for a body too large to be recognised when retried. */
  static Response idempotentBodyTooLarge(int maxBytes) {
    return response(413, ProblemDocument.of(413, "Content Too Large",
        "A write with an Idempotency-Key may carry at most " + maxBytes + " bytes, so that a retry can be"
            + " recognised. Send a smaller body, or the write without the key."));
  }

  /** 409 while the first request with a key is still being processed (draft section 2.6). */
  static Response idempotencyKeyInProgress() {
    return response(409, ProblemDocument.of(409, "Conflict",
        "A request with this Idempotency-Key is still being processed. Wait for its answer, then retry"
            + " with the same key to get it.").with("header", "Idempotency-Key"));
  }

  /** 422 when a key is sent again with a different request (draft section 2.6). */
  static Response idempotencyKeyReused() {
    return response(422, ProblemDocument.of(422, "Unprocessable Content",
        "This Idempotency-Key was already used for a different request (another method, target or"
            + " body). Use a new key for each new write; send the same key only to retry the same write.")
        .with("header", "Idempotency-Key"));
  }

  private static Response response(int status, ProblemDocument problem) {
    return Response.status(status).type(PROBLEM_JSON).entity(problem.toBytes()).build();
  }
}
