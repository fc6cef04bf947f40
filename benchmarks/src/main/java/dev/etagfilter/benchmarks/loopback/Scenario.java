package dev.etagfilter.benchmarks.loopback;

/** One kind of request the load generator repeats against every variant. */
public enum Scenario {
  /** GET of a 1 KB item, answered 200 with the body. */
  GET_200_1K("GET 200 1KB", LoopbackBenchmark.SMALL_ITEM, false, false),
  /** GET of a 1 KB item with a matching {@code If-None-Match}: 304. */
  GET_304_1K("GET 304 1KB", LoopbackBenchmark.SMALL_ITEM, true, false),
  /** PUT of a 1 KB item with the current {@code If-Match}: 200 and the new ETag. */
  PUT_1K("PUT If-Match 1KB", null, false, true),
  /** GET of a 100 KB item, answered 200 with the body. */
  GET_200_100K("GET 200 100KB", LoopbackBenchmark.LARGE_ITEM, false, false),
  /** GET of a 100 KB item with a matching {@code If-None-Match}: 304. */
  GET_304_100K("GET 304 100KB", LoopbackBenchmark.LARGE_ITEM, true, false);

  private final String label;
  private final String itemId;
  private final boolean conditional;
  private final boolean write;

  Scenario(String label, String itemId, boolean conditional, boolean write) {
    this.label = label;
    this.itemId = itemId;
    this.conditional = conditional;
    this.write = write;
  }

  /** The name in results files and the chart. */
  public String label() {
    return label;
  }

  /** The scenario with this label. */
  public static Scenario ofLabel(String label) {
    for (Scenario scenario : values()) {
      if (scenario.label.equals(label)) {
        return scenario;
      }
    }
    throw new IllegalArgumentException("no scenario " + label);
  }

  /** The item read, or null for the write scenario (one item per connection). */
  String itemId() {
    return itemId;
  }

  /** Whether the request carries the current entity tag in {@code If-None-Match}. */
  boolean conditional() {
    return conditional;
  }

  /** Whether this is the PUT scenario. */
  public boolean write() {
    return write;
  }

  /** A 304 needs entity tags: the bare variant has none, so it skips the conditional scenarios. */
  public boolean appliesTo(Variant variant) {
    return !(conditional && variant == Variant.BARE);
  }
}
