package dev.etagfilter;

import static java.util.Objects.requireNonNull;

import java.time.Duration;

/**
 * Where the feature keeps the first successful answer to each write that carried an {@code
 * Idempotency-Key} (IETF httpapi draft "The Idempotency-Key HTTP Header Field"), so a retry of a
 * write that already applied gets that answer again instead of a second write, or a 412 for its now
 * stale {@code If-Match}. A retry is recognised by the request itself (key plus a fingerprint of
 * method, target and body), never by comparing states: two clients that each add 1 to a counter
 * send the same new state, and answering the second one from the first would lose an increment.
 *
 * <pre>{@code
 * ETagFeature.builder().idempotencyStore(IdempotencyStore.inMemory(10_000, Duration.ofHours(24)))
 * }</pre>
 *
 * <p>The default is {@link #inMemory(int, Duration)}, which is right for one process; replicas
 * behind a load balancer share one store, such as a database table (see the sample service).
 * Implementations must be thread-safe and make {@link #claim} atomic: of two concurrent claims of a
 * key, exactly one is {@link Claim#first()}.
 */
public interface IdempotencyStore {

  /**
   * Claims {@code key} for a request with this fingerprint.
   *
   * @return {@link Claim#first()} when the key is new (or its earlier request ended without a
   *     success, or was abandoned in progress): the request proceeds and is later {@link #complete
   *     completed} or {@link #release released}; else what is known of the key
   */
  Claim claim(String key, String fingerprint);

  /** Keeps {@code answer}, the first successful answer to the claimed request, for replays. */
  void complete(String key, String fingerprint, StoredAnswer answer);

  /** Gives the key up: the claimed request ended without success, so a retry may try again. */
  void release(String key, String fingerprint);

  /**
   * A store in this process's memory: at most {@code maxKeys} keys (the oldest go first), each
   * answer kept for {@code retention}; a claim still in progress after a minute counts as abandoned.
   */
  static IdempotencyStore inMemory(int maxKeys, Duration retention) {
    if (maxKeys <= 0) {
      throw new IllegalArgumentException("maxKeys must be positive: " + maxKeys);
    }
    requireNonNull(retention, "retention");
    return new InMemoryIdempotencyStore(maxKeys, retention, Duration.ofMinutes(1), java.time.Clock.systemUTC());
  }

  /**
   * What a store knows of a key when it is claimed.
   *
   * @param state which case it is
   * @param answer the stored answer, present exactly for {@link State#ANSWERED}
   */
  record Claim(State state, StoredAnswer answer) {

    /** The cases of a claim. */
    public enum State {
      /** The key is this request's now: proceed. */
      FIRST,
      /** The same key is still being processed for a request: answer 409. */
      IN_PROGRESS,
      /** The same request was answered successfully already: send that answer again. */
      ANSWERED,
      /** The key was used for a different request (another fingerprint): answer 422. */
      OTHER_REQUEST
    }

    /** Checks that exactly {@link State#ANSWERED} carries an answer. */
    public Claim {
      requireNonNull(state, "state");
      if ((state == State.ANSWERED) != (answer != null)) {
        throw new IllegalArgumentException("an answer comes exactly with ANSWERED: " + state);
      }
    }

    /** The key is this request's now. */
    public static Claim first() {
      return new Claim(State.FIRST, null);
    }

    /** The same key is in progress. */
    public static Claim inProgress() {
      return new Claim(State.IN_PROGRESS, null);
    }

    /** The same request was answered with {@code answer}. */
    public static Claim answered(StoredAnswer answer) {
      return new Claim(State.ANSWERED, requireNonNull(answer, "answer"));
    }

    /** The key belongs to a different request. */
    public static Claim otherRequest() {
      return new Claim(State.OTHER_REQUEST, null);
    }
  }
}
