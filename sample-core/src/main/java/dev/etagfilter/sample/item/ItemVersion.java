package dev.etagfilter.sample.item;

import java.time.Instant;

/**
 * One kept version of an item: what it held after a write, when, and who wrote it when the request
 * said so. A deletion is a version too (with no fields), so the history shows it.
 *
 * @param itemId the item's id
 * @param version the version this write produced
 * @param fields the item's fields at this version; null when this version is the deletion
 * @param savedAt when it was written; null for versions written before history was kept
 * @param savedBy who wrote it, as the request's {@code From} header said, or null
 */
public record ItemVersion(String itemId, long version, ItemFields fields, Instant savedAt, String savedBy) {

  /** Whether this version records the item's deletion. */
  public boolean deleted() {
    return fields == null;
  }
}
