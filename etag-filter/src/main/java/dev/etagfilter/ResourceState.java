package dev.etagfilter;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * What the server holds for the target resource when preconditions are evaluated: whether a
 * current representation exists, its entity tag and its last-modified date (each may be unknown).
 *
 * @param exists whether the origin server has a current representation
 * @param etag its entity tag, or null when it has none
 * @param lastModified its modification date, or null when unknown; kept to whole seconds because
 *     HTTP-dates carry no fractions
 */
record ResourceState(boolean exists, EntityTag etag, Instant lastModified) {

  private static final ResourceState ABSENT = new ResourceState(false, null, null);

  /** Truncates {@code lastModified} to seconds and rejects validators on an absent resource. */
  ResourceState {
    if (!exists && (etag != null || lastModified != null)) {
      throw new IllegalArgumentException("an absent resource has no validators");
    }
    lastModified = lastModified == null ? null : lastModified.truncatedTo(ChronoUnit.SECONDS);
  }

  /** No current representation. */
  static ResourceState absent() {
    return ABSENT;
  }

  /** A current representation with this entity tag (may be null) and no known date. */
  static ResourceState of(EntityTag etag) {
    return new ResourceState(true, etag, null);
  }

  /** A current representation with this entity tag and last-modified date (either may be null). */
  static ResourceState of(EntityTag etag, Instant lastModified) {
    return new ResourceState(true, etag, lastModified);
  }
}
