package dev.etagfilter.benchmarks.loopback;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.etagfilter.ETagFeature;
import dev.etagfilter.ETagKind;
import org.glassfish.jersey.server.ResourceConfig;

/** One way to serve the same item resource; each runs on its own server and port. */
public enum Variant {
  /** No entity tags at all: the baseline every ratio divides by. */
  BARE("bare") {
    @Override
    ResourceConfig application(ItemStore store) {
      return new ResourceConfig().register(new PlainItemResource(store));
    }
  },
  /** {@code ETagFeature} with version entity tags and a compare-and-set write. */
  VERSION_ETAG("version-etag") {
    @Override
    ResourceConfig application(ItemStore store) {
      return new ResourceConfig()
          .register(new VersionedItemResource(store))
          .register(ETagFeature.builder().withoutLogging().build());
    }
  },
  /** {@code ETagFeature} with JSON-hash entity tags and the feature's pre-check on writes. */
  HASH_ETAG("hash-etag") {
    @Override
    ResourceConfig application(ItemStore store) {
      return new ResourceConfig()
          .register(new PlainItemResource(store))
          .register(ETagFeature.builder()
              .defaultETagKind(ETagKind.HASH)
              .preCheck(PlainItemResource.class, uri -> store.find(uri.getPathParameters().getFirst("id")))
              .withoutLogging()
              .build());
    }
  },
  /** {@code Request.evaluatePreconditions} written by hand in each method. */
  HAND_WRITTEN("hand-written") {
    @Override
    ResourceConfig application(ItemStore store) {
      return new ResourceConfig().register(new HandWrittenItemResource(store));
    }
  };

  private final String label;

  Variant(String label) {
    this.label = label;
  }

  /** The short name used in results files and the chart. */
  public String label() {
    return label;
  }

  /** The variant with this label. */
  public static Variant ofLabel(String label) {
    for (Variant variant : values()) {
      if (variant.label.equals(label)) {
        return variant;
      }
    }
    throw new IllegalArgumentException("no variant " + label);
  }

  /**
   * The application of this variant over {@code store}, serializing with {@code mapper}, with the
   * probe around the feature's filters.
   */
  ResourceConfig application(ItemStore store, ObjectMapper mapper, FilterAllocationProbe probe) {
    return application(store).register(new MapperResolver(mapper)).register(probe);
  }

  abstract ResourceConfig application(ItemStore store);
}
