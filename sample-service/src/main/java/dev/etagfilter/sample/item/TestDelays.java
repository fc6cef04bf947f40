package dev.etagfilter.sample.item;

import dev.etagfilter.sample.store.WriteCondition;
import dev.etagfilter.sample.web.ProblemException;
import jakarta.ws.rs.core.HttpHeaders;

/**
 * For tests only, off unless the server is started with {@code testDelays}: a write that carries
 * {@code X-Test-Delay-Millis: N} (0 to 5000) waits N milliseconds after the store has read the
 * current version and before its compare-and-set, so concurrent writers with the same {@code
 * If-Match} reliably overlap and the test sees the compare-and-set, not timing, decide the winner.
 * Applies to PUT, PATCH and DELETE of an existing item.
 */
public final class TestDelays {

  /** The request header naming the pause. */
  static final String HEADER = "X-Test-Delay-Millis";

  private static final long MAX_MILLIS = 5000;

  private final boolean enabled;

  /** Pauses only when {@code enabled}; otherwise the header is ignored. */
  public TestDelays(boolean enabled) {
    this.enabled = enabled;
  }

  /** {@code condition}, pausing first when enabled and asked for. */
  WriteCondition around(WriteCondition condition, HttpHeaders headers) {
    String value = enabled ? headers.getHeaderString(HEADER) : null;
    if (value == null) {
      return condition;
    }
    long millis = parse(value);
    return version -> {
      pause(millis);
      return condition.permits(version);
    };
  }

  private static long parse(String value) {
    try {
      long millis = Long.parseLong(value.trim());
      if (millis >= 0 && millis <= MAX_MILLIS) {
        return millis;
      }
    } catch (NumberFormatException e) {
      // answered below
    }
    throw ProblemException.badRequest(HEADER + " must be a whole number of milliseconds from 0 to " + MAX_MILLIS + ".");
  }

  private static void pause(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
