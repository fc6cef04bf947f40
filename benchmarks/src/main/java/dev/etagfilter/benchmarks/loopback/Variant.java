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
  /**
   * The very same application as {@link #BARE} on another port: the control. Its ratio to bare
   * must come out as 1 within the interval, or the measure is not to be trusted.
   */
  BARE_AGAIN("bare-again") {
    @Override
    ResourceConfig application(ItemStore store) {
      return BARE.application(store);
    }
  },
  /** {@code ETagFeature} with version entity tags and a compare-and-set write. */
  VERSION_ETAG("version-etag") {
    @Override
    ResourceConfig application(ItemStore store) {
      return new ResourceConfig().register(new VersionedItemResource(store)).register(feature());
    }
  },
  /** {@link #VERSION_ETAG} with the write's condition from two {@code @HeaderParam}s, not a {@code @BeanParam}. */
  VERSION_HEADER_PARAMS("version-headerparams") {
    @Override
    ResourceConfig application(ItemStore store) {
      return new ResourceConfig().register(new HeaderParamItemResource(store)).register(feature());
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
  /** A hash-tagged representation whose GET answers from the stored version through {@code ReadCondition}. */
  HASH_READ_CONDITION("hash-readcondition") {
    @Override
    ResourceConfig application(ItemStore store) {
      return new ResourceConfig().register(new ReadConditionItemResource(store)).register(feature());
    }
  },
  /** {@link #HASH_READ_CONDITION} with the read's condition from two {@code @HeaderParam}s, not a {@code @BeanParam}. */
  HASH_READ_CONDITION_HEADER_PARAMS("hash-readcondition-headerparams") {
    @Override
    ResourceConfig application(ItemStore store) {
      return new ResourceConfig().register(new ReadConditionHeaderParamItemResource(store)).register(feature());
    }
  },
  /** {@code Request.evaluatePreconditions} written by hand in each method. */
  HAND_WRITTEN("hand-written") {
    @Override
    ResourceConfig application(ItemStore store) {
      return new ResourceConfig().register(new HandWrittenItemResource(store));
    }
  },
  /** The feature registered, the requested method not governed by it ({@code @ETagSource(NONE)}). */
  UNGOVERNED("ungoverned") {
    @Override
    ResourceConfig application(ItemStore store) {
      return new ResourceConfig().register(new UntaggedItemResource(store)).register(feature());
    }
  },
  /** {@link #BARE} with 200 more resource methods: the baseline of {@link #VERSION_ETAG_MANY}. */
  BARE_MANY("bare-202") {
    @Override
    ResourceConfig application(ItemStore store) {
      return BARE.application(store).register(new ManyResources(store));
    }
  },
  /** {@link #VERSION_ETAG} with 200 more resource methods, every one bound to its own policy. */
  VERSION_ETAG_MANY("version-etag-202") {
    @Override
    ResourceConfig application(ItemStore store) {
      return VERSION_ETAG.application(store).register(new ManyResources(store));
    }
  };

  private final String label;

  Variant(String label) {
    this.label = label;
  }

  /** The short name used in results files and tables. */
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
   * The variant this one is compared with: the bare application of the same size; null for the
   * bare applications themselves.
   */
  public Variant base() {
    return switch (this) {
      case BARE, BARE_MANY -> null;
      case VERSION_ETAG_MANY -> BARE_MANY;
      default -> BARE;
    };
  }

  /** Whether responses carry entity tags, so conditional requests apply. */
  public boolean tagged() {
    return this != BARE && this != BARE_AGAIN && this != BARE_MANY && this != UNGOVERNED;
  }

  /**
   * The application of this variant over {@code store}, serializing with {@code mapper}, with the
   * probe around the feature's filters when {@code probe} is not null.
   */
  ResourceConfig application(ItemStore store, ObjectMapper mapper, FilterAllocationProbe probe) {
    ResourceConfig application = application(store).register(new MapperResolver(mapper));
    return probe == null ? application : application.register(probe);
  }

  abstract ResourceConfig application(ItemStore store);

  private static ETagFeature feature() {
    return ETagFeature.builder().withoutLogging().build();
  }
}
