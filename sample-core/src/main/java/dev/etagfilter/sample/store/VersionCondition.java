package dev.etagfilter.sample.store;

/**
 * What a write demands of the stored item, checked against the version the store has just read,
 * immediately before its compare-and-set on that same version. If another write lands in between,
 * the compare-and-set matches no row and the store reads and checks again.
 */
@FunctionalInterface
public interface VersionCondition {

  /** Whether the write may replace the item that is stored at {@code currentVersion}. */
  boolean permits(long currentVersion);

  /** Any version: the write overwrites whatever is stored (but never creates). */
  static VersionCondition anyVersion() {
    return currentVersion -> true;
  }

  /** Exactly {@code expected}: a classic optimistic lock. */
  static VersionCondition version(long expected) {
    return currentVersion -> currentVersion == expected;
  }
}
