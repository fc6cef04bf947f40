package dev.etagfilter;

import jakarta.ws.rs.core.MediaType;

/**
 * What the feature does for one resource method, resolved once at deployment from its annotations.
 *
 * @param httpMethod the method's HTTP method, e.g. {@code PUT}
 * @param pathTemplate the full path template, e.g. {@code /items/{id}}, for events
 * @param preconditionRequired whether a request without If-Match/If-None-Match gets 428
 * @param kind how entity tags are computed for its responses
 * @param loader the pre-check loader, or null
 * @param produces the one concrete media type the method produces, or null when it may produce
 *     several or did not say: the type a 412's current representation is written in when the
 *     response does not name one
 */
record MethodPolicy(
    String httpMethod,
    String pathTemplate,
    boolean preconditionRequired,
    ETagKind kind,
    CurrentStateLoader loader,
    MediaType produces) {

  /** Whether the feature has anything to do for this method: a rule to enforce or a tag to add. */
  boolean isGoverned() {
    return preconditionRequired || loader != null || kind != ETagKind.NONE;
  }
}
