package dev.etagfilter;

/**
 * What the feature does for one resource method, as resolved from its annotations and the feature's
 * options: the rows of the start-up audit ({@link ETagFeature#writePaths()}), and what an OpenAPI
 * document says about the method's conditional headers and responses.
 *
 * @param httpMethod the HTTP method, e.g. {@code PUT}
 * @param pathTemplate the full path template, e.g. {@code /items/{id}}
 * @param etagKind how the entity tags of its responses are made ({@link ETagKind#AUTO}: by the
 *     entity's type)
 * @param protection what a request without a precondition gets
 * @param reason why the method opted out, or empty
 */
public record EndpointPolicy(
    String httpMethod, String pathTemplate, ETagKind etagKind, Protection protection, String reason) {

  /** What a request without {@code If-Match} (or {@code If-None-Match: *}) gets. */
  public enum Protection {
    /** 428: the write must send a precondition. */
    REQUIRED,
    /** Through, unchecked, and reported: {@link Enforcement#REPORT_ONLY}. */
    REPORT_ONLY,
    /** Through: the method or its class says {@code @RequirePrecondition(false)}. */
    OPTED_OUT,
    /** Through: a safe method, or one outside the feature's method set (by default POST). */
    NOT_REQUIRED
  }

  /** Whether the method changes state (RFC 9110 9.2.1: not GET, HEAD, OPTIONS or TRACE). */
  public boolean isWrite() {
    return !MethodPolicies.isSafe(httpMethod);
  }

  /** The audit's row: {@code PUT /items/{id}  VERSION  REQUIRED}, and the reason where there is one. */
  @Override
  public String toString() {
    return String.format("%-7s %-40s %-8s %s%s", httpMethod, pathTemplate, etagKind, protection,
        reason.isEmpty() ? "" : " (" + reason + ")");
  }
}
