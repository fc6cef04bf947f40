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

  private static Response response(int status, ProblemDocument problem) {
    return Response.status(status).type(PROBLEM_JSON).entity(problem.toBytes()).build();
  }
}
