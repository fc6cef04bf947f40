package dev.etagfilter.sample.store;

import dev.etagfilter.sample.item.Item;

/** How a conditional write ended; every outcome other than a success wrote nothing. */
public sealed interface WriteResult {

  /** The write was applied; {@code item} is what is stored now, with its new version. */
  record Changed(Item item) implements WriteResult {}

  /**
   * A merge patch based on an older version was applied on top of version {@code onto}, because no
   * field it sets changed since (see {@code FieldGroups}); {@code item} is what is stored now.
   */
  record Merged(Item item, long onto) implements WriteResult {}

  /** The write asked for what was already stored: nothing written, the version is unchanged. */
  record Unchanged(Item item) implements WriteResult {}

  /** A new item (or one re-created over a tombstone) was stored. */
  record Created(Item item) implements WriteResult {}

  /** The item was deleted. */
  record Deleted() implements WriteResult {}

  /** The condition does not hold for what is stored; {@code current} is that item. */
  record Conflict(Item current) implements WriteResult {}

  /** No item has the id (or it was deleted). */
  record Absent() implements WriteResult {}
}
