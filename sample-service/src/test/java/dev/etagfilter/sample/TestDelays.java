package dev.etagfilter.sample;

import dev.etagfilter.sample.http.ItemPreconditions;
import dev.etagfilter.sample.http.WriteConditions;
import dev.etagfilter.sample.jersey.SampleServer;
import dev.etagfilter.sample.store.WriteCondition;

/**
 * A test hook that exists only in test code: a write carrying {@code X-Test-Delay-Millis: N} (0 to
 * 5000) waits N milliseconds after the store has read the current version and before its
 * compare-and-set, so concurrent writers with the same {@code If-Match} reliably overlap and a test
 * sees the compare-and-set, not timing, decide the winner. Start a server with it through {@link
 * #start(SampleConfig)}.
 */
public final class TestDelays {

  /** The request header naming the pause. */
  public static final String HEADER = "X-Test-Delay-Millis";

  private static final long MAX_MILLIS = 5000;

  private TestDelays() {}

  /** The sample service with this hook installed around its usual write conditions. */
  public static SampleServer start(SampleConfig config) {
    return SampleServer.start(config, around(ItemPreconditions::writeCondition));
  }

  /** {@code conditions}, pausing first when a request asks for it. */
  public static WriteConditions around(WriteConditions conditions) {
    return headers -> {
      WriteCondition condition = conditions.of(headers);
      String value = headers.getHeaderString(HEADER);
      if (value == null) {
        return condition;
      }
      long millis = Math.min(MAX_MILLIS, Math.max(0, Long.parseLong(value.trim())));
      return version -> {
        pause(millis);
        return condition.permits(version);
      };
    };
  }

  private static void pause(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
