package dev.etagfilter;

import jakarta.ws.rs.core.MediaType;

/**
 * What the feature does for one resource method, resolved once from its annotations.
 *
 * @param httpMethod the method's HTTP method, e.g. {@code PUT}
 * @param pathTemplate the full path template, e.g. {@code /items/{id}}, for events
 * @param protection what a request without a precondition gets
 * @param reason why the method opted out, or empty
 * @param kind how entity tags are computed for its responses
 * @param loader the pre-check loader, or null
 * @param produces the one concrete media type the method produces, or null when it may produce
 *     several or did not say: the type a 412's current representation is written in when the
 *     response does not name one
 */
record MethodPolicy(
    String httpMethod,
    String pathTemplate,
    EndpointPolicy.Protection protection,
    String reason,
    ETagKind kind,
    CurrentStateLoader loader,
    MediaType produces) {

  /** Whether the feature has anything to do for this method: a write to watch or a tag to add. */
  boolean isGoverned() {
    return !MethodPolicies.isSafe(httpMethod) || loader != null || kind != ETagKind.NONE;
  }

  /** Whether a write without a precondition is refused (428) or reported (report-only). */
  boolean demandsPrecondition() {
    return protection == EndpointPolicy.Protection.REQUIRED || protection == EndpointPolicy.Protection.REPORT_ONLY;
  }

  /**
   * Whether a write that proceeds without an entity-tag check is reported: everywhere but a POST
   * that no rule covers (a create through a collection, where no update can be lost).
   */
  boolean reportsUncheckedWrites() {
    return !MethodPolicies.isSafe(httpMethod)
        && !(protection == EndpointPolicy.Protection.NOT_REQUIRED && "POST".equals(httpMethod));
  }

  /** The public description, for the audit and OpenAPI. */
  EndpointPolicy describe() {
    return new EndpointPolicy(httpMethod, pathTemplate, kind, protection, reason);
  }
}
