package dev.etagfilter;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.etagfilter.IdempotencyStore.Claim.State;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The in-memory store: one owner per key, answers kept for their retention, bounded in count. */
class InMemoryIdempotencyStoreTest {

  /** A clock the test moves. */
  private static final class TestClock extends Clock {
    private Instant now = Instant.parse("2026-11-29T10:00:00Z");

    void advance(Duration duration) {
      now = now.plus(duration);
    }

    @Override public ZoneOffset getZone() { return ZoneOffset.UTC; }
    @Override public Clock withZone(java.time.ZoneId zone) { return this; }
    @Override public Instant instant() { return now; }
  }

  private final TestClock clock = new TestClock();
  private final IdempotencyStore store =
      new InMemoryIdempotencyStore(3, Duration.ofHours(24), Duration.ofMinutes(1), clock);

  private static final StoredAnswer OK =
      new StoredAnswer(200, List.of(Map.entry("ETag", "\"4\"")), "{\"v\":4}".getBytes());

  /** The first claim owns the key; a second one for the same request waits (409). */
  @Test
  void firstClaimOwnsTheKeyAndTheSameRequestWaits() {
    assertEquals(State.FIRST, store.claim("k", "f").state());
    assertEquals(State.IN_PROGRESS, store.claim("k", "f").state());
  }

  /** A completed key gives its answer back to the same request, and 422 to another. */
  @Test
  void completedKeyReplaysToTheSameRequestOnly() {
    store.claim("k", "f");
    store.complete("k", "f", OK);
    IdempotencyStore.Claim again = store.claim("k", "f");
    assertEquals(State.ANSWERED, again.state());
    assertArrayEquals(OK.body(), again.answer().body());
    assertEquals(State.OTHER_REQUEST, store.claim("k", "other").state());
  }

  /** A released key can be claimed again. */
  @Test
  void releasedKeyCanBeClaimedAgain() {
    store.claim("k", "f");
    store.release("k", "f");
    assertEquals(State.FIRST, store.claim("k", "f").state());
  }

  /** A claim abandoned in progress (its process died, say) is taken over after a minute. */
  @Test
  void abandonedClaimIsTakenOver() {
    store.claim("k", "f");
    clock.advance(Duration.ofSeconds(61));
    assertEquals(State.FIRST, store.claim("k", "f").state());
  }

  /** Answers are kept for the retention, then forgotten. */
  @Test
  void answersExpireAfterTheRetention() {
    store.claim("k", "f");
    store.complete("k", "f", OK);
    clock.advance(Duration.ofHours(23));
    assertEquals(State.ANSWERED, store.claim("k", "f").state());
    clock.advance(Duration.ofHours(2));
    assertEquals(State.FIRST, store.claim("k", "f").state());
  }

  /** At most maxKeys are kept: the oldest go first. */
  @Test
  void theOldestKeysGoFirstWhenFull() {
    for (String key : List.of("a", "b", "c", "d")) {
      store.claim(key, "f");
      store.complete(key, "f", OK);
    }
    assertEquals(State.FIRST, store.claim("a", "f").state());
    assertEquals(State.ANSWERED, store.claim("d", "f").state());
  }
}
