package dev.etagfilter;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * Counts, per resource (method and path template), of the outcomes worth watching: 412, 428, forced
 * overrides and unchecked writes; and, for the unchecked writes, per client too, so a team rolling
 * the feature out sees which endpoints and which clients still write blind. Thread-safe; read with
 * {@link #snapshot()} and {@link #uncheckedWrites()}.
 */
public final class ConflictStatistics {

  /** The name unknown clients are counted under: those that sent no client header. */
  public static final String UNKNOWN_CLIENT = "(unknown)";

  /** The name clients are counted under once {@code maxTrackedClients} distinct ones are known. */
  public static final String OTHER_CLIENTS = "(other)";

  /** The most characters of a client name kept. */
  private static final int MAX_CLIENT_LENGTH = 100;

  /**
   * The counts of one resource at the moment of a {@link #snapshot()}.
   *
   * @param preconditionFailed 412s
   * @param preconditionRequired 428s
   * @param forcedOverride writes with {@code If-Match: *}
   * @param uncheckedWrite writes let through with no entity-tag check
   */
  public record Counts(long preconditionFailed, long preconditionRequired, long forcedOverride, long uncheckedWrite) {}

  private final Map<String, LongAdder[]> counters = new ConcurrentHashMap<>();
  private final Map<String, Map<String, LongAdder>> uncheckedByClient = new ConcurrentHashMap<>();
  private final Map<String, Boolean> knownClients = new ConcurrentHashMap<>();
  private final int maxTrackedClients;

  ConflictStatistics(int maxTrackedClients) {
    this.maxTrackedClients = maxTrackedClients;
  }

  /** Whether events of this type are counted here. */
  static boolean counts(PreconditionEvent.Type type) {
    return index(type) >= 0;
  }

  void record(PreconditionEvent event) {
    int index = index(event.type());
    if (index < 0) {
      return;
    }
    String key = event.method() + " " + event.pathTemplate();
    LongAdder[] adders = counters.computeIfAbsent(key, k -> newAdders());
    adders[index].increment();
    if (event.type() == PreconditionEvent.Type.UNCHECKED_WRITE) {
      uncheckedByClient.computeIfAbsent(key, k -> new ConcurrentHashMap<>())
          .computeIfAbsent(clientName(event.client()), c -> new LongAdder())
          .increment();
    }
  }

  /** The counts so far, keyed by {@code "METHOD /path/{template}"}, sorted by key. */
  public Map<String, Counts> snapshot() {
    Map<String, Counts> out = new TreeMap<>();
    counters.forEach((key, a) -> out.put(key, new Counts(a[0].sum(), a[1].sum(), a[2].sum(), a[3].sum())));
    return Collections.unmodifiableMap(out);
  }

  /**
   * The unchecked writes so far per resource ({@code "METHOD /path/{template}"}) and, within it, per
   * client, the clients in descending order of their counts: the list of who still writes blind.
   */
  public Map<String, Map<String, Long>> uncheckedWrites() {
    Map<String, Map<String, Long>> out = new TreeMap<>();
    uncheckedByClient.forEach((key, clients) -> {
      Map<String, Long> byCount = new LinkedHashMap<>();
      clients.entrySet().stream()
          .sorted((a, b) -> Long.compare(b.getValue().sum(), a.getValue().sum()))
          .forEach(e -> byCount.put(e.getKey(), e.getValue().sum()));
      out.put(key, Collections.unmodifiableMap(byCount));
    });
    return Collections.unmodifiableMap(out);
  }

  /** The name a client is counted under: bounded in length and in how many distinct names are kept. */
  private String clientName(String client) {
    if (client == null || client.isBlank()) {
      return UNKNOWN_CLIENT;
    }
    String name = client.length() > MAX_CLIENT_LENGTH ? client.substring(0, MAX_CLIENT_LENGTH) : client;
    if (knownClients.containsKey(name)) {
      return name;
    }
    synchronized (knownClients) {
      if (knownClients.size() >= maxTrackedClients) {
        return OTHER_CLIENTS;
      }
      knownClients.put(name, Boolean.TRUE);
      return name;
    }
  }

  private static int index(PreconditionEvent.Type type) {
    return switch (type) {
      case PRECONDITION_FAILED -> 0;
      case PRECONDITION_REQUIRED -> 1;
      case FORCED_OVERRIDE -> 2;
      case UNCHECKED_WRITE -> 3;
      default -> -1;
    };
  }

  private static LongAdder[] newAdders() {
    return new LongAdder[] {new LongAdder(), new LongAdder(), new LongAdder(), new LongAdder()};
  }
}
