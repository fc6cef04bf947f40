package dev.etagfilter.sample.store;

import java.time.Duration;

/**
 * How much the store keeps.
 *
 * @param historyVersions the most versions kept per item, the current one included (at least 1);
 *     older ones are removed in the transaction of the write that adds a new one
 * @param idempotencyRetention how long the answer to a write with an {@code Idempotency-Key} is
 *     kept for its retries (at least a second)
 */
public record StoreOptions(int historyVersions, Duration idempotencyRetention) {

  /** The default {@link #historyVersions()}. */
  public static final int DEFAULT_HISTORY_VERSIONS = 100;

  /** The default {@link #idempotencyRetention()}: a day, long enough for any client's retries. */
  public static final Duration DEFAULT_IDEMPOTENCY_RETENTION = Duration.ofHours(24);

  /**
   * Checks both values.
   *
   * @throws IllegalArgumentException when {@code historyVersions} is below 1 or the retention is
   *     shorter than a second
   */
  public StoreOptions {
    if (historyVersions < 1) {
      throw new IllegalArgumentException("the history must keep at least 1 version, got " + historyVersions);
    }
    if (idempotencyRetention == null || idempotencyRetention.compareTo(Duration.ofSeconds(1)) < 0) {
      throw new IllegalArgumentException("idempotency keys must be kept at least a second, got " + idempotencyRetention);
    }
  }

  /** 100 versions per item, idempotency keys for 24 hours. */
  public static StoreOptions defaults() {
    return new StoreOptions(DEFAULT_HISTORY_VERSIONS, DEFAULT_IDEMPOTENCY_RETENTION);
  }
}
