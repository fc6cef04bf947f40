package dev.etagfilter.internal;

import dev.etagfilter.CurrentStateLoader;
import dev.etagfilter.ETagKind;

/**
 * What the feature does for one resource method, resolved once at deployment.
 *
 * @param pathTemplate the full path template, e.g. {@code /items/{id}}, for events
 * @param preconditionRequired whether a request without If-Match/If-None-Match gets 428
 * @param kind how entity tags are computed for its responses
 * @param loader the pre-check loader, or null
 */
record MethodPolicy(String pathTemplate, boolean preconditionRequired, ETagKind kind, CurrentStateLoader loader) {

  /** For a 412 raised where no resource method matched. */
  static final MethodPolicy UNMATCHED = new MethodPolicy("(unmatched)", false, ETagKind.AUTO, null);
}
