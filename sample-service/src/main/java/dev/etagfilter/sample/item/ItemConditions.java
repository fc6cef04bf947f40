package dev.etagfilter.sample.item;

import dev.etagfilter.Preconditions;
import dev.etagfilter.ResourceState;
import dev.etagfilter.VersionTags;
import dev.etagfilter.sample.store.WriteCondition;

/**
 * The bridge from the request's conditional headers to the store's compare-and-set: a version is
 * acceptable when the library's RFC 9110 13.2.2 evaluation lets the write proceed against the
 * entity tag that version has ({@link VersionTags#of}, the same tag the library sends). So {@code
 * If-Match: "7"} permits exactly version 7, {@code If-Match: *} any version, and a weak or hash tag
 * none.
 */
final class ItemConditions {

  private ItemConditions() {}

  /** The condition {@code pre} sets on the stored version. */
  static WriteCondition of(Preconditions pre) {
    return version -> pre.permitsWrite(ResourceState.of(VersionTags.of(version)));
  }

  /** Whether {@code pre} lets a write proceed where nothing is stored yet (only {@code If-None-Match: *}). */
  static boolean permitsCreate(Preconditions pre) {
    return pre.isCreateOnly() && pre.permitsWrite(ResourceState.absent());
  }
}
