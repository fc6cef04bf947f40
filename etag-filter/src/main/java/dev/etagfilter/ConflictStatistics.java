package dev.etagfilter;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * Counts of 412, 428 and forced overrides per resource (method and path template), so hot spots of
 * concurrent editing are visible. Thread-safe; read with {@link #snapshot()}.
 */
public final class ConflictStatistics implements PreconditionListener {

  /** The counts of one resource at the moment of a {@link #snapshot()}. */
  public record Counts(long preconditionFailed, long preconditionRequired, long forcedOverride) {}

  private final Map<String, LongAdder[]> counters = new ConcurrentHashMap<>();

  @Override
  public void onEvent(PreconditionEvent event) {
    String key = event.method() + " " + event.pathTemplate();
    LongAdder[] adders =
        counters.computeIfAbsent(key, k -> new LongAdder[] {new LongAdder(), new LongAdder(), new LongAdder()});
    adders[event.type().ordinal()].increment();
  }

  /** The counts so far, keyed by {@code "METHOD /path/{template}"}, sorted by key. */
  public Map<String, Counts> snapshot() {
    Map<String, Counts> out = new TreeMap<>();
    counters.forEach(
        (key, a) -> out.put(key, new Counts(a[0].sum(), a[1].sum(), a[2].sum())));
    return out;
  }
}
