package dev.etagfilter;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@link IdempotencyStore#inMemory}: keys in insertion order, bounded by count and by age, all
 * under one lock (each operation is a few map steps).
 */
final class InMemoryIdempotencyStore implements IdempotencyStore {

  /** One key: the request that claimed it, since when, and its answer once it has one. */
  private record Entry(String fingerprint, Instant since, StoredAnswer answer) {}

  private final int maxKeys;
  private final Duration retention;
  private final Duration abandonedAfter;
  private final Clock clock;
  private final Map<String, Entry> entries = new LinkedHashMap<>();

  InMemoryIdempotencyStore(int maxKeys, Duration retention, Duration abandonedAfter, Clock clock) {
    this.maxKeys = maxKeys;
    this.retention = retention;
    this.abandonedAfter = abandonedAfter;
    this.clock = clock;
  }

  @Override
  public synchronized Claim claim(String key, String fingerprint) {
    Instant now = clock.instant();
    expire(now);
    Entry entry = entries.get(key);
    if (entry != null && entry.answer() == null && entry.since().plus(abandonedAfter).isBefore(now)) {
      entry = null;
    }
    if (entry == null) {
      entries.remove(key);
      entries.put(key, new Entry(fingerprint, now, null));
      evictOverflow();
      return Claim.first();
    }
    if (!entry.fingerprint().equals(fingerprint)) {
      return Claim.otherRequest();
    }
    return entry.answer() == null ? Claim.inProgress() : Claim.answered(entry.answer());
  }

  @Override
  public synchronized void complete(String key, String fingerprint, StoredAnswer answer) {
    Entry entry = entries.get(key);
    if (entry != null && entry.fingerprint().equals(fingerprint) && entry.answer() == null) {
      entries.put(key, new Entry(fingerprint, clock.instant(), answer));
    }
  }

  @Override
  public synchronized void release(String key, String fingerprint) {
    Entry entry = entries.get(key);
    if (entry != null && entry.fingerprint().equals(fingerprint) && entry.answer() == null) {
      entries.remove(key);
    }
  }

  /** Answers older than the retention go; entries are in insertion order, so the oldest come first. */
  private void expire(Instant now) {
    Iterator<Entry> oldestFirst = entries.values().iterator();
    while (oldestFirst.hasNext()) {
      Entry entry = oldestFirst.next();
      if (entry.answer() == null || !entry.since().plus(retention).isBefore(now)) {
        break;
      }
      oldestFirst.remove();
    }
  }

  private void evictOverflow() {
    Iterator<String> oldestFirst = entries.keySet().iterator();
    while (entries.size() > maxKeys && oldestFirst.hasNext()) {
      oldestFirst.next();
      oldestFirst.remove();
    }
  }
}
