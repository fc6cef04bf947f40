package dev.etagfilter.client;

import java.lang.ref.WeakReference;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * The {@code Idempotency-Key} of each write still waiting for its answer, so that the same request
 * sent again after a timeout or a dropped connection carries the same key. "The same request" is
 * the same method, URI and {@code If-Match} with the very same entity object (compared by
 * identity, held weakly): two increments of a counter send equal bodies, but they are two writes.
 * An answer ends the wait; bounded, the oldest waits forgotten first.
 */
final class ResendKeys {

  static final int DEFAULT_CAPACITY = 1024;

  /** One write waiting for its answer. */
  private record Pending(WeakReference<Object> entity, String key) {
    boolean isFor(Object candidate) {
      Object held = entity == null ? null : entity.get();
      return entity == null ? candidate == null : held != null && held == candidate;
    }
  }

  private final Map<String, Pending> pending;

  ResendKeys(int capacity) {
    this.pending = ETagMemory.bounded(capacity, false);
  }

  /** The slot of a request: its method, URI and If-Match. */
  static String slotOf(String method, String uri, String ifMatch) {
    return method + ' ' + uri + ' ' + Objects.requireNonNullElse(ifMatch, "");
  }

  /** The key of the write waiting in {@code slot} if it carried this very {@code entity}; a new key otherwise. */
  synchronized String keyFor(String slot, Object entity) {
    Pending waiting = pending.get(slot);
    if (waiting != null && waiting.isFor(entity)) {
      return waiting.key();
    }
    String key = newKey();
    pending.put(slot, new Pending(entity == null ? null : new WeakReference<>(entity), key));
    return key;
  }

  /** The write in {@code slot} that carried {@code key} got its answer. */
  synchronized void answered(String slot, String key) {
    Pending waiting = pending.get(slot);
    if (waiting != null && waiting.key().equals(key)) {
      pending.remove(slot);
    }
  }

  /** A fresh key: a random UUID as an sf-string (RFC 8941 3.3.3), as the draft's examples show. */
  static String newKey() {
    return '"' + UUID.randomUUID().toString() + '"';
  }
}
