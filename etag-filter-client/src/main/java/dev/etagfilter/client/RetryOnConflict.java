package dev.etagfilter.client;

import static java.util.Objects.requireNonNull;

import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.client.Entity;
import jakarta.ws.rs.client.ResponseProcessingException;
import jakarta.ws.rs.client.WebTarget;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;

/**
 * Read, decide, write with the {@code ETag} read, and on {@code 412} decide again on the state the
 * 412 carries: the edit is re-run on every new state, so each write it makes was validated against
 * what it replaces (a blind resend of the same body would not be). Kubernetes' {@code
 * RetryOnConflict}, for any Jakarta REST client.
 *
 * <pre>{@code
 * RetryOnConflict retry = RetryOnConflict.defaults();
 * Order shipped = retry.update(client.target(base).path("orders/42"), Order.class, order -> {
 *   if (order.cancelled()) {
 *     throw new OrderCancelledException(order);   // a refusal: reaches the caller as it is
 *   }
 *   return order.withStatus("shipped");
 * });
 * }</pre>
 *
 * <p>One {@link #update(WebTarget, Class, Edit)}:
 *
 * <ol>
 *   <li>GET the target; its {@code ETag} must be strong (a weak tag can never satisfy {@code If-Match}).
 *   <li>Apply the edit to the entity. Whatever it throws ends the update and reaches the caller
 *       unchanged, checked exceptions included: that is how an edit refuses ("the order was
 *       cancelled meanwhile").
 *   <li>PUT the result with {@code If-Match} and a new {@link ETagClientFeature#IDEMPOTENCY_KEY}.
 *       A 2xx answer ends the update. On {@code 412} with the current representation, go back to
 *       step 2 with it and its {@code ETag} (no extra GET), after a pause. When the write got no
 *       answer (a timeout, a dropped connection) the same request is sent again with the same key,
 *       so a server that keeps first answers does not apply it twice.
 * </ol>
 *
 * <p>Every write sent counts as one attempt, and so does a read that got no answer; when none are
 * left, the last {@link EditConflictException} (or transport {@link ProcessingException}) is thrown.
 * Between attempts it waits a random time between half and all of a delay that starts at {@code
 * firstDelay} and doubles up to {@code maxDelay}, so competing writers spread out. Any other status
 * is thrown as {@link ETagResponses#readEntity(Response, Class)} throws it. Instances are immutable
 * and safe to share.
 *
 * <p>Sending a write again after no answer relies on the server keeping the first answer per {@code
 * Idempotency-Key}, as the draft describes. A server that ignores the key answers an applied write's
 * resend with {@code 412}, and the edit is then decided again on a state that already contains it:
 * harmless for "set the status to shipped", an extra increment for "add one".
 */
public final class RetryOnConflict {

  /**
   * The caller's decision on the current state: the new state to write, or an exception to refuse.
   *
   * @param <T> the entity type
   * @param <X> what the edit throws to refuse ({@code RuntimeException} when it throws nothing checked)
   */
  @FunctionalInterface
  public interface Edit<T, X extends Exception> {

    /**
     * The state to write in place of {@code current}.
     *
     * @param current what the server holds now
     * @return the full new state to PUT
     * @throws X to refuse: nothing is written and the exception reaches the caller of {@code update}
     */
    T apply(T current) throws X;
  }

  private static final RetryOnConflict DEFAULTS = builder().build();

  private final int maxAttempts;
  private final Duration firstDelay;
  private final Duration maxDelay;
  private final MediaType mediaType;

  private RetryOnConflict(Builder builder) {
    this.maxAttempts = builder.maxAttempts;
    this.firstDelay = builder.firstDelay;
    this.maxDelay = builder.maxDelay;
    this.mediaType = builder.mediaType;
  }

  /**
   * Up to 10 attempts, pauses from 20 ms doubling up to 1 s, JSON.
   *
   * @return the shared default instance
   */
  public static RetryOnConflict defaults() {
    return DEFAULTS;
  }

  /**
   * A builder starting from the {@link #defaults()}.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Reads {@code target}, applies {@code edit} and writes the result conditionally, again on the
   * new state after each {@code 412}, until it is written, refused or out of attempts.
   *
   * @param <T> the entity type
   * @param <X> what {@code edit} throws to refuse
   * @param target the resource, e.g. {@code client.target(base).path("items/42")}
   * @param type the entity type, read and written in this instance's media type
   * @param edit the decision, run once per state seen; it must not have side effects beyond its result
   * @return what the server answered to the successful write, or the state written when it answered
   *     without a body
   * @throws X when {@code edit} refuses, unchanged
   * @throws EditConflictException when every attempt lost to another write, or the resource is gone
   * @throws ProcessingException when the last attempt got no answer
   * @throws IllegalStateException when the server's GET carries no strong {@code ETag}
   */
  public <T, X extends Exception> T update(WebTarget target, Class<T> type, Edit<T, X> edit) throws X {
    requireNonNull(target, "target");
    requireNonNull(type, "type");
    requireNonNull(edit, "edit");
    Attempts attempts = new Attempts();
    Response read = send(() -> target.request(mediaType).get(), attempts, false);
    String etag = strongETagOf(read, target);
    T current = ETagResponses.readEntity(read, type);
    while (true) {
      T desired = edit.apply(current);
      String key = ResendKeys.newKey();
      String ifMatch = etag;
      Response written = send(
          () -> target.request(mediaType)
              .header(HttpHeaders.IF_MATCH, ifMatch)
              .header(ETagClientFeature.IDEMPOTENCY_KEY, key)
              .put(Entity.entity(desired, mediaType)),
          attempts,
          true);
      try {
        T saved = ETagResponses.readEntity(written, type);
        return saved == null ? desired : saved;
      } catch (EditConflictException conflict) {
        // RFC 9110 13.1.1: the state changed; the 412 carries it, so decide again on that (no GET).
        String currentETag = conflict.getResponse().getHeaderString(HttpHeaders.ETAG);
        if (!conflict.hasCurrent() || !isStrong(currentETag) || attempts.used >= maxAttempts) {
          throw conflict;
        }
        current = conflict.current(type);
        etag = currentETag.strip();
        pause(attempts.used, conflict);
      }
    }
  }

  /** The attempts one update has used. */
  private static final class Attempts {
    int used;
  }

  /**
   * Sends {@code request}, and sends it again unchanged (same headers, same key) after a pause when
   * it got no answer, while attempts are left. A write counts as an attempt; a read only when it
   * got no answer.
   */
  private Response send(Supplier<Response> request, Attempts attempts, boolean isWrite) {
    while (true) {
      try {
        if (isWrite) {
          attempts.used++;
        }
        return request.get();
      } catch (ProcessingException failure) {
        if (!isWrite) {
          attempts.used++;
        }
        // No answer: maybe applied, maybe not. The same request with the same key lets the server tell.
        if (!isTransportFailure(failure) || attempts.used >= maxAttempts) {
          throw failure;
        }
        pause(attempts.used, failure);
      }
    }
  }

  /** No answer arrived: an I/O failure under the client's ProcessingException, not a bad answer. */
  private static boolean isTransportFailure(ProcessingException e) {
    if (e instanceof ResponseProcessingException) {
      return false;
    }
    for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
      if (cause instanceof IOException) {
        return true;
      }
    }
    return false;
  }

  /** Sleeps a random time in [delay / 2, delay], delay = firstDelay * 2^(attempt-1) capped at maxDelay. */
  private void pause(int attempt, RuntimeException ifInterrupted) {
    long first = firstDelay.toNanos();
    long cap = maxDelay.toNanos();
    int doublings = attempt - 1;
    long delay = doublings < 62 && first <= cap >> doublings ? first << doublings : cap;
    long nanos = delay / 2 + ThreadLocalRandom.current().nextLong(delay / 2 + 1);
    try {
      Thread.sleep(nanos / 1_000_000, (int) (nanos % 1_000_000));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      ifInterrupted.addSuppressed(e);
      throw ifInterrupted;
    }
  }

  private static String strongETagOf(Response read, WebTarget target) {
    String etag = read.getHeaderString(HttpHeaders.ETAG);
    if (read.getStatusInfo().getFamily() == Response.Status.Family.SUCCESSFUL && !isStrong(etag)) {
      read.close();
      throw new IllegalStateException("GET " + target.getUri() + " answered without a strong ETag ("
          + etag + "): a conditional write needs one. Is the server's ETag support switched on?");
    }
    return etag == null ? null : etag.strip();
  }

  /** RFC 9110 13.1.1: If-Match compares strongly, so only a strong tag can ever match. */
  private static boolean isStrong(String etag) {
    return etag != null && !etag.isBlank() && !etag.strip().startsWith("W/");
  }

  @Override
  public String toString() {
    return "RetryOnConflict{maxAttempts=" + maxAttempts + ", delays " + firstDelay.toMillis() + " ms to "
        + maxDelay.toMillis() + " ms, " + mediaType + "}";
  }

  /** Options for {@link RetryOnConflict}; every setter returns this builder. */
  public static final class Builder {
    private int maxAttempts = 10;
    private Duration firstDelay = Duration.ofMillis(20);
    private Duration maxDelay = Duration.ofSeconds(1);
    private MediaType mediaType = MediaType.APPLICATION_JSON_TYPE;

    private Builder() {}

    /**
     * How many writes to send at most, counting resends after no answer (default 10).
     *
     * @param attempts at least 1
     * @return this builder
     * @throws IllegalArgumentException if {@code attempts} is less than 1
     */
    public Builder maxAttempts(int attempts) {
      if (attempts < 1) {
        throw new IllegalArgumentException("maxAttempts must be at least 1: " + attempts);
      }
      this.maxAttempts = attempts;
      return this;
    }

    /**
     * The pause before the second attempt, doubled before each further one up to {@code max}, of
     * which a random half to all is waited (defaults 20 ms and 1 s).
     *
     * @param first the first delay, zero or more
     * @param max the longest delay, at least {@code first}
     * @return this builder
     * @throws IllegalArgumentException if {@code first} is negative or greater than {@code max}
     */
    public Builder backoff(Duration first, Duration max) {
      requireNonNull(first, "first");
      requireNonNull(max, "max");
      if (first.isNegative() || first.compareTo(max) > 0) {
        throw new IllegalArgumentException("backoff needs 0 <= first <= max: " + first + ", " + max);
      }
      this.firstDelay = first;
      this.maxDelay = max;
      return this;
    }

    /**
     * The media type read and written (default {@code application/json}).
     *
     * @param type the representation's media type
     * @return this builder
     */
    public Builder mediaType(MediaType type) {
      this.mediaType = requireNonNull(type, "type");
      return this;
    }

    /**
     * The helper.
     *
     * @return an immutable {@link RetryOnConflict}
     */
    public RetryOnConflict build() {
      return new RetryOnConflict(this);
    }
  }
}
