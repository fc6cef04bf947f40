package dev.etagfilter;

/**
 * The result of one precondition header: {@link #NONE} when the header is absent or must be
 * ignored, so an absent header is never mistaken for a false one (the shape of Go's {@code
 * condResult}).
 */
enum Condition {
  /** The header is absent, or RFC 9110 says to ignore it here. */
  NONE,
  /** The condition holds. */
  TRUE,
  /** The condition does not hold. */
  FALSE
}
