package dev.etagfilter;

/**
 * What happens to a write that sends no precondition where one is required: refused, or let through
 * and reported. The way to switch the feature on in a live system whose clients do not send {@code
 * If-Match} yet: {@link #REPORT_ONLY} first, watch {@link ConflictStatistics#uncheckedWrites()} go
 * to zero, then {@link #ENFORCE}.
 */
public enum Enforcement {
  /** Answer the write with {@code 428 Precondition Required} (RFC 6585 section 3). The default. */
  ENFORCE,
  /**
   * Let the write through unchecked, and log, count (per endpoint and per client) and report it to
   * listeners as {@link PreconditionEvent.Type#UNCHECKED_WRITE}. A write that does send a
   * precondition is still evaluated: a stale one gets its 412.
   */
  REPORT_ONLY
}
