package dev.etagfilter;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.etagfilter.internal.FeatureOptions;
import dev.etagfilter.internal.FeatureRegistration;
import jakarta.ws.rs.core.Feature;
import jakarta.ws.rs.core.FeatureContext;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The one thing to register: entity tags on responses, {@code 304} for {@code If-None-Match},
 * {@code 428} for writes without {@code If-Match}, {@code 400} for malformed conditional headers,
 * and {@code 412} with the current representation whenever a precondition fails, including when a
 * resource's own compare-and-set throws {@link PreconditionFailedException}.
 *
 * <pre>{@code
 * ResourceConfig app = new ResourceConfig(ItemResource.class)
 *     .register(ETagFeature.builder()
 *         .preCheck(ItemResource.class, uri -> store.find(uri.getPathParameters().getFirst("id")))
 *         .build());
 * // or, with every default:
 * app.register(ETagFeature.class);
 * }</pre>
 *
 * <p>It applies to every resource method of the application; {@link RequirePrecondition} and
 * {@link ETagSource} adjust a class or method. Registering it twice has no further effect. The
 * implementation uses only the Jakarta REST API, so it runs on any implementation.
 */
public final class ETagFeature implements Feature {

  private final FeatureOptions options;

  /** Every default: If-Match required on PUT, PATCH, DELETE; {@link ETagKind#AUTO}; logging on. */
  public ETagFeature() {
    this(builder());
  }

  private ETagFeature(Builder builder) {
    List<PreconditionListener> listeners = new ArrayList<>(builder.listeners);
    this.options =
        new FeatureOptions(
            Set.copyOf(builder.requiringMethods),
            builder.defaultKind,
            builder.objectMapper,
            builder.maxHashedBytes,
            builder.headerLimits,
            new ConflictStatistics(),
            listeners,
            builder.logging,
            builder.exposeETagToCors,
            Map.copyOf(builder.loaders));
  }

  /** A builder starting from every default. */
  public static Builder builder() {
    return new Builder();
  }

  /** The counts of 412, 428 and forced overrides per resource since start. */
  public ConflictStatistics statistics() {
    return options.statistics();
  }

  @Override
  public boolean configure(FeatureContext context) {
    return FeatureRegistration.register(context, options);
  }

  /** Options for {@link ETagFeature}; every setter returns this builder. */
  public static final class Builder {
    private final Set<String> requiringMethods = new TreeSet<>(PreconditionEvaluator.DEFAULT_REQUIRING_METHODS);
    private ETagKind defaultKind = ETagKind.AUTO;
    private ObjectMapper objectMapper;
    private int maxHashedBytes = 16 * 1024 * 1024;
    private HeaderLimits headerLimits = HeaderLimits.DEFAULT;
    private final List<PreconditionListener> listeners = new ArrayList<>();
    private boolean logging = true;
    private boolean exposeETagToCors = true;
    private final Map<Class<?>, CurrentStateLoader> loaders = new LinkedHashMap<>();

    private Builder() {}

    /**
     * The methods that get 428 without {@code If-Match} or {@code If-None-Match} (default PUT,
     * PATCH, DELETE); none turns the rule off except where {@link RequirePrecondition} says so.
     */
    public Builder requirePreconditionOn(String... methods) {
      requiringMethods.clear();
      for (String method : methods) {
        requiringMethods.add(method.toUpperCase(Locale.ROOT));
      }
      return this;
    }

    /** The entity-tag kind where no {@link ETagSource} says otherwise (default {@link ETagKind#AUTO}). */
    public Builder defaultETagKind(ETagKind kind) {
      this.defaultKind = requireNonNull(kind, "kind");
      return this;
    }

    /**
     * The mapper for {@link ETagKind#JSON_HASH}. Without one, the application's {@code
     * ContextResolver<ObjectMapper>} is used when present, else a plain {@code new ObjectMapper()}.
     */
    public Builder objectMapper(ObjectMapper mapper) {
      this.objectMapper = requireNonNull(mapper, "mapper");
      return this;
    }

    /** The largest serialized body that is hashed (default 16 MiB); larger bodies get no ETag. */
    public Builder maxHashedBytes(int bytes) {
      if (bytes <= 0) {
        throw new IllegalArgumentException("maxHashedBytes must be positive: " + bytes);
      }
      this.maxHashedBytes = bytes;
      return this;
    }

    /** Bounds on conditional headers; a header over them gets 400 (default {@link HeaderLimits#DEFAULT}). */
    public Builder headerLimits(HeaderLimits limits) {
      this.headerLimits = requireNonNull(limits, "limits");
      return this;
    }

    /** Adds a listener for 412, 428 and forced overrides. */
    public Builder listener(PreconditionListener listener) {
      listeners.add(requireNonNull(listener, "listener"));
      return this;
    }

    /** Turns off the default {@link System.Logger} output (counting stays on). */
    public Builder withoutLogging() {
      this.logging = false;
      return this;
    }

    /**
     * Whether to add {@code ETag} to {@code Access-Control-Expose-Headers} on cross-origin requests
     * (default true), so browser scripts on other origins can read it.
     */
    public Builder exposeETagToCors(boolean expose) {
      this.exposeETagToCors = expose;
      return this;
    }

    /**
     * Registers a loader of current state for the unsafe methods of {@code resourceClass}: the
     * request filter then answers a stale {@code If-Match} with 412 before the method runs. A
     * shortcut only; the method's write must still be a compare-and-set.
     */
    public Builder preCheck(Class<?> resourceClass, CurrentStateLoader loader) {
      loaders.put(requireNonNull(resourceClass, "resourceClass"), requireNonNull(loader, "loader"));
      return this;
    }

    /** The feature. */
    public ETagFeature build() {
      return new ETagFeature(this);
    }
  }
}
