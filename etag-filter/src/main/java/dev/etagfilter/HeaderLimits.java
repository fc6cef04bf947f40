package dev.etagfilter;


/**
 * Upper bounds on the conditional headers a request may send. A header over a limit is answered
 * with 400, like any other malformed header, so a client can never make the server do unbounded
 * work or fail with a 5xx.
 *
 * @param maxLength the most characters one conditional header may have (all its lines joined)
 * @param maxTags the most entity tags one {@code If-Match} or {@code If-None-Match} may list
 */
record HeaderLimits(int maxLength, int maxTags) {

  /** 4096 characters and 64 tags: far above any real client, far below any cost that matters. */
  static final HeaderLimits DEFAULT = new HeaderLimits(4096, 64);

  /** Checks that both limits are positive. */
  HeaderLimits {
    if (maxLength <= 0) {
      throw new IllegalArgumentException("maxLength must be positive: " + maxLength);
    }
    if (maxTags <= 0) {
      throw new IllegalArgumentException("maxTags must be positive: " + maxTags);
    }
  }
}
