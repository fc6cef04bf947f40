package dev.etagfilter.sample.store;

/**
 * A collection of items and its tables: the items themselves (one row per id, tombstones
 * included) and their kept versions. Both collections have the same columns; they differ only in
 * what the HTTP layer lets a stale write do (see {@code MergeableItemResource}).
 */
public enum ItemCollection {
  /** {@code /items}: every stale write is refused. */
  ITEMS("items", "item_versions"),
  /** {@code /mergeable-items}: a merge patch of fields nobody else changed is merged. */
  MERGEABLE_ITEMS("mergeable_items", "mergeable_item_versions");

  private final String itemsTable;
  private final String versionsTable;

  ItemCollection(String itemsTable, String versionsTable) {
    this.itemsTable = itemsTable;
    this.versionsTable = versionsTable;
  }

  /** The table of the items, e.g. {@code items}. */
  String itemsTable() {
    return itemsTable;
  }

  /** The table of their versions, e.g. {@code item_versions}. */
  String versionsTable() {
    return versionsTable;
  }
}
