package dev.etagfilter;

import static java.util.Objects.requireNonNull;

import jakarta.ws.rs.container.DynamicFeature;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Feature;
import jakarta.ws.rs.core.FeatureContext;
import jakarta.ws.rs.ext.Providers;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.lang.reflect.Method;
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
 *     .register(ETagFeature.builder().listener(event -> audit.record(event)).build());
 * // or, with every default:
 * app.register(ETagFeature.class);
 * }</pre>
 *
 * <p>It is both a {@link Feature}, which shares its options with the application, and a {@link
 * DynamicFeature}, which binds a request and a response filter to each resource method it governs,
 * resolved once at deployment from {@link RequirePrecondition} and {@link ETagSource}: requests to
 * other methods never meet the feature. Registering the same options twice has no further effect; a
 * registration made with the no-argument constructor (such as one a runtime discovers on its own)
 * gives way to one built with {@link #builder()}; two different builder-made registrations fail the
 * deployment. It uses only the Jakarta REST API and the JDK, so it runs on any implementation.
 */
public final class ETagFeature implements Feature, DynamicFeature {

  private static final Logger LOG = System.getLogger("dev.etagfilter");

  private final FeatureOptions options;

  /** True when made by the no-argument constructor: every default, as a discovering runtime makes it. */
  private final boolean defaults;

  private final ConflictStatistics statistics = new ConflictStatistics();

  @Context private Providers providers;

  /** Every default: If-Match required on PUT, PATCH, DELETE; {@link ETagKind#AUTO}; logging on. */
  public ETagFeature() {
    this(builder(), true);
  }

  private ETagFeature(Builder builder, boolean defaults) {
    this.options =
        new FeatureOptions(
            Set.copyOf(builder.requiringMethods),
            builder.defaultKind,
            builder.maxHashedBytes,
            new HeaderLimits(builder.maxHeaderLength, builder.maxEntityTags),
            new ArrayList<>(builder.listeners),
            builder.logging,
            builder.exposeETagToCors,
            Map.copyOf(builder.loaders));
    this.defaults = defaults;
  }

  /** A builder starting from every default. */
  public static Builder builder() {
    return new Builder();
  }

  /** The counts of 412, 428 and forced overrides per resource since start. */
  public ConflictStatistics statistics() {
    return statistics;
  }

  /**
   * Shares this registration's options with the application and registers the mapper that answers
   * {@link PreconditionFailedException}; the filters are bound per method by {@link
   * #configure(ResourceInfo, FeatureContext)}.
   */
  @Override
  public boolean configure(FeatureContext context) {
    Object registered = context.getConfiguration().getProperty(FeatureOptions.STATE_PROPERTY);
    if (registered instanceof FeatureState existing) {
      return giveWayOrReplace(existing, context);
    }
    context.property(FeatureOptions.STATE_PROPERTY, newState());
    context.register(new PreconditionFailedMapper());
    return true;
  }

  /**
   * Binds the filters of one resource method, with the options of the registration the application
   * kept ({@link #configure(FeatureContext)}), when the method has anything for them to do.
   */
  @Override
  public void configure(ResourceInfo resourceInfo, FeatureContext context) {
    Method method = resourceInfo.getResourceMethod();
    if (method == null) {
      return;
    }
    FeatureState state = stateIn(context);
    MethodPolicy policy = state.policies().of(resourceInfo.getResourceClass(), method);
    if (!policy.isGoverned()) {
      return;
    }
    context.register(new PreconditionRequestFilter(policy, state), Priority.PRECONDITIONS);
    context.register(new ETagResponseFilter(policy, state), Priority.ETAGS);
  }

  private FeatureState newState() {
    return new FeatureState(options, defaults, statistics, () -> providers);
  }

  private FeatureState stateIn(FeatureContext context) {
    Object registered = context.getConfiguration().getProperty(FeatureOptions.STATE_PROPERTY);
    if (registered instanceof FeatureState state) {
      return state;
    }
    throw new IllegalStateException("ETagFeature was called as a DynamicFeature, but never configured as a"
        + " Feature in this application: register ETagFeature (or the instance you built) as a Feature.");
  }

  /** A second registration in the same application: the same options or the defaults give way. */
  private boolean giveWayOrReplace(FeatureState existing, FeatureContext context) {
    if (existing.options().equals(options) || defaults) {
      LOG.log(Level.DEBUG, "ETagFeature is already registered; this registration has no further effect");
      return false;
    }
    if (existing.defaults()) {
      LOG.log(Level.INFO, "ETagFeature: the registration built with ETagFeature.builder() replaces the default one");
      context.property(FeatureOptions.STATE_PROPERTY, newState());
      return true;
    }
    throw new IllegalStateException("ETagFeature is registered twice with different options: " + existing.options()
        + " and " + options + ". Register one instance, built once with ETagFeature.builder().");
  }

  /** Options for {@link ETagFeature}; every setter returns this builder. */
  public static final class Builder {
    private final Set<String> requiringMethods = new TreeSet<>(PreconditionEvaluator.DEFAULT_REQUIRING_METHODS);
    private ETagKind defaultKind = ETagKind.AUTO;
    private int maxHashedBytes = 16 * 1024 * 1024;
    private int maxHeaderLength = HeaderLimits.DEFAULT.maxLength();
    private int maxEntityTags = HeaderLimits.DEFAULT.maxTags();
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

    /** The largest written body that is hashed (default 16 MiB); larger bodies get no ETag. */
    public Builder maxHashedBytes(int bytes) {
      this.maxHashedBytes = positive("maxHashedBytes", bytes);
      return this;
    }

    /**
     * The most characters one {@code If-Match} or {@code If-None-Match} may have, all its lines
     * joined (default 4096); a longer one gets 400.
     */
    public Builder maxHeaderLength(int characters) {
      this.maxHeaderLength = positive("maxHeaderLength", characters);
      return this;
    }

    /** The most entity tags one {@code If-Match} or {@code If-None-Match} may list (default 64); more get 400. */
    public Builder maxEntityTags(int tags) {
      this.maxEntityTags = positive("maxEntityTags", tags);
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
     * request filter then answers a stale {@code If-Match} with 412 before the method runs, for an
     * entity with a version tag. A shortcut only; the method's write must still be a compare-and-set.
     */
    public Builder preCheck(Class<?> resourceClass, CurrentStateLoader loader) {
      loaders.put(requireNonNull(resourceClass, "resourceClass"), requireNonNull(loader, "loader"));
      return this;
    }

    /** The feature. */
    public ETagFeature build() {
      return new ETagFeature(this, false);
    }

    private static int positive(String name, int value) {
      if (value <= 0) {
        throw new IllegalArgumentException(name + " must be positive: " + value);
      }
      return value;
    }
  }
}
