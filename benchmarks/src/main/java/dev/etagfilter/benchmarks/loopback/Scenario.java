package dev.etagfilter.benchmarks.loopback;

import java.util.EnumSet;
import java.util.Set;

/** One kind of request the load generator repeats, and the variants it is measured against. */
public enum Scenario {
  /** GET of a 1 KB item, answered 200 with the body. */
  GET_200_1K("GET 200 1KB", LoopbackBenchmark.SMALL_ITEM, false, false, true, EnumSet.of(Variant.BARE,
      Variant.BARE_AGAIN, Variant.VERSION_ETAG, Variant.HASH_ETAG, Variant.HAND_WRITTEN, Variant.UNGOVERNED,
      Variant.BARE_MANY, Variant.VERSION_ETAG_MANY)),
  /** PUT of a 1 KB item with the current {@code If-Match}: 200 and the new ETag. */
  PUT_1K("PUT If-Match 1KB", null, false, true, true, EnumSet.of(Variant.BARE, Variant.VERSION_ETAG,
      Variant.VERSION_HEADER_PARAMS,
      Variant.HASH_ETAG, Variant.HAND_WRITTEN, Variant.BARE_MANY, Variant.VERSION_ETAG_MANY)),
  /** GET of a 1 KB item with a matching {@code If-None-Match}: 304. */
  GET_304_1K("GET 304 1KB", LoopbackBenchmark.SMALL_ITEM, true, false, false,
      EnumSet.of(Variant.VERSION_ETAG, Variant.HASH_ETAG, Variant.HAND_WRITTEN)),
  /** GET of a 100 KB item, answered 200 with the body. */
  GET_200_100K("GET 200 100KB", LoopbackBenchmark.LARGE_ITEM, false, false, false, EnumSet.of(Variant.BARE,
      Variant.VERSION_ETAG, Variant.HASH_ETAG, Variant.HASH_READ_CONDITION, Variant.HASH_READ_CONDITION_HEADER_PARAMS,
      Variant.HAND_WRITTEN)),
  /** GET of a 100 KB item with a matching {@code If-None-Match}: 304. */
  GET_304_100K("GET 304 100KB", LoopbackBenchmark.LARGE_ITEM, true, false, false, EnumSet.of(Variant.VERSION_ETAG,
      Variant.HASH_ETAG, Variant.HASH_READ_CONDITION, Variant.HASH_READ_CONDITION_HEADER_PARAMS, Variant.HAND_WRITTEN));

  private final String label;
  private final String itemId;
  private final boolean conditional;
  private final boolean write;
  private final boolean paired;
  private final Set<Variant> variants;

  Scenario(String label, String itemId, boolean conditional, boolean write, boolean paired, Set<Variant> variants) {
    this.label = label;
    this.itemId = itemId;
    this.conditional = conditional;
    this.write = write;
    this.paired = paired;
    this.variants = variants;
  }

  /**
   * Whether each variant is measured at the same time as its baseline ({@link Variant#base()}), the
   * two sharing the server's CPU, so that whatever else the machine does slows both alike; else
   * every variant is measured alone, one after the other.
   */
  public boolean paired() {
    return paired;
  }

  /** The name in results files and tables. */
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

  /** Whether this scenario is measured against {@code variant}. */
  public boolean appliesTo(Variant variant) {
    return variants.contains(variant);
  }
}
