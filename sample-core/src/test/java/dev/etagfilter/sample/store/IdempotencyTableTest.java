package dev.etagfilter.sample.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.etagfilter.IdempotencyStore;
import dev.etagfilter.IdempotencyStore.Claim;
import dev.etagfilter.StoredAnswer;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The table-backed {@link IdempotencyStore}, on H2 and on a real PostgreSQL. Two instances on one
 * database stand for two replicas; time is a clock the test moves, never a wait.
 */
class IdempotencyTableTest {

  private static final Duration RETENTION = Duration.ofHours(24);

  private static final StoredAnswer ANSWER = new StoredAnswer(200,
      List.of(Map.entry("ETag", "\"2\""), Map.entry("Content-Type", "application/json"), Map.entry("Vary", "a, b")),
      "{\"id\":\"x\",\"version\":2}".getBytes(StandardCharsets.UTF_8));

  /** A clock the test moves forward. */
  private static final class TestClock extends Clock {
    private Instant now = Instant.parse("2025-01-01T10:00:00.123Z");

    void advance(Duration by) {
      now = now.plus(by);
    }

    @Override
    public Instant instant() {
      return now;
    }

    @Override
    public java.time.ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(java.time.ZoneId zone) {
      return this;
    }
  }

  private final TestClock clock = new TestClock();

  private IdempotencyTable table(TestDatabase db) {
    return db.database().idempotencyKeys(RETENTION, clock);
  }

  private static String newKey() {
    return UUID.randomUUID().toString();
  }

  /** The first claim of a key proceeds; the same request again, still running, is in progress (409). */
  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void firstClaimProceedsAndARepeatWhileItRunsIsInProgress(TestDatabase db) {
    IdempotencyTable table = table(db);
    String key = newKey();

    assertEquals(Claim.first(), table.claim(key, "fp"));
    assertEquals(Claim.inProgress(), table.claim(key, "fp"));
  }

  /** A completed key gives back exactly its answer: status, headers in order, body bytes. */
  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void completedKeyReplaysTheExactAnswer(TestDatabase db) {
    IdempotencyTable table = table(db);
    String key = newKey();
    table.claim(key, "fp");

    table.complete(key, "fp", ANSWER);
    Claim replay = table.claim(key, "fp");

    assertEquals(Claim.State.ANSWERED, replay.state());
    assertEquals(ANSWER.status(), replay.answer().status());
    assertEquals(ANSWER.headers(), replay.answer().headers());
    assertArrayEquals(ANSWER.body(), replay.answer().body());
  }

  /** The key of another request (another fingerprint) is 422, answered or not. */
  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void keyOfAnotherRequestIsReported(TestDatabase db) {
    IdempotencyTable table = table(db);
    String key = newKey();
    table.claim(key, "fp");

    assertEquals(Claim.otherRequest(), table.claim(key, "other"));
    table.complete(key, "fp", ANSWER);
    assertEquals(Claim.otherRequest(), table.claim(key, "other"));
  }

  /** A released key (the request failed) can be claimed again. */
  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void releasedKeyCanBeClaimedAgain(TestDatabase db) {
    IdempotencyTable table = table(db);
    String key = newKey();
    table.claim(key, "fp");

    table.release(key, "fp");

    assertEquals(Claim.first(), table.claim(key, "fp"));
  }

  /** Another replica on the same database sees the answer: the table is shared. */
  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void answerIsSharedByEveryReplicaOnTheDatabase(TestDatabase db) {
    IdempotencyTable replicaA = table(db);
    IdempotencyTable replicaB = table(db);
    String key = newKey();
    replicaA.claim(key, "fp");

    assertEquals(Claim.inProgress(), replicaB.claim(key, "fp"));
    replicaA.complete(key, "fp", ANSWER);
    assertEquals(Claim.State.ANSWERED, replicaB.claim(key, "fp").state());
  }

  /** An answer is kept for the retention, then forgotten: the key is new again. */
  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void answerExpiresAfterTheRetention(TestDatabase db) {
    IdempotencyTable table = table(db);
    String key = newKey();
    table.claim(key, "fp");
    table.complete(key, "fp", ANSWER);

    clock.advance(RETENTION);
    assertEquals(Claim.State.ANSWERED, table.claim(key, "fp").state());
    clock.advance(Duration.ofSeconds(1));
    assertEquals(Claim.first(), table.claim(key, "other"));
  }

  /** A claim whose request never finished (its process died) is taken over after a minute. */
  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void abandonedClaimIsTakenOver(TestDatabase db) {
    IdempotencyTable table = table(db);
    String key = newKey();
    table.claim(key, "fp");

    clock.advance(IdempotencyTable.ABANDONED_AFTER);
    assertEquals(Claim.inProgress(), table.claim(key, "fp"));
    clock.advance(Duration.ofSeconds(1));
    assertEquals(Claim.first(), table.claim(key, "fp"));
  }

  /** Concurrent claims of one key, through several replicas: exactly one proceeds. */
  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void concurrentClaimsHaveExactlyOneFirst(TestDatabase db) throws Exception {
    int claimers = 8;
    String key = newKey();
    ExecutorService pool = Executors.newFixedThreadPool(claimers);
    try {
      CyclicBarrier start = new CyclicBarrier(claimers);
      List<Future<Claim>> futures = new ArrayList<>();
      for (int i = 0; i < claimers; i++) {
        IdempotencyTable replica = table(db);
        futures.add(pool.submit(() -> {
          start.await(10, TimeUnit.SECONDS);
          return replica.claim(key, "fp");
        }));
      }
      List<Claim> claims = new ArrayList<>();
      for (Future<Claim> future : futures) {
        claims.add(future.get(30, TimeUnit.SECONDS));
      }
      assertEquals(1, claims.stream().filter(Claim.first()::equals).count(), claims.toString());
      assertEquals(claimers - 1, claims.stream().filter(Claim.inProgress()::equals).count(), claims.toString());
    } finally {
      pool.shutdownNow();
    }
  }
}
