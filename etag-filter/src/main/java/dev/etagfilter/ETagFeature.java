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
 * // Jersey: an instance, or the class for every default
 * new ResourceConfig(ItemResource.class).register(ETagFeature.builder().listener(audit::record).build());
 * // RESTEasy, CXF, any Application: getClasses() returns ETagFeature.class, or getSingletons() an instance
 * // Quarkus (no instances): a subclass the runtime can create
 * @Provider public class ItemETags extends ETagFeature {
 *   public ItemETags() { super(ETagFeature.builder().listener(...)); }
 * }
 * }</pre>
 *
 * <p>It applies to every resource method of the application; {@link RequirePrecondition} and {@link
 * ETagSource} adjust a class or method, resolved once per method. Registering the same options twice
 * has no further effect; two registrations with different options fail the deployment. It uses only
 * the Jakarta REST 3.1 API and the JDK, so it runs on any implementation (see the README's runtime
 * table for how each one calls it).
 */
public class ETagFeature implements Feature, DynamicFeature {

  private static final Logger LOG = System.getLogger("dev.etagfilter");

  private final FeatureOptions options;

  private final ConflictStatistics statistics;

  /** Given to the feature by every runtime but CXF; the filters' own injection covers CXF. */
  @Context private Providers providers;

  /** Set by {@link #configure(FeatureContext)} on the instance the runtime configured as a Feature. */
  private volatile FeatureState state;

  /** Every default: If-Match required on PUT, PATCH, DELETE; {@link ETagKind#AUTO}; logging on. */
  public ETagFeature() {
    this(builder());
  }

  /**
   * The options of {@code builder}: for a subclass, where a runtime creates the feature itself and
   * takes no instance (Quarkus).
   */
  protected ETagFeature(Builder builder) {
    this.options =
        new FeatureOptions(
            Set.copyOf(builder.requiringMethods),
            builder.enforcement,
            builder.clientHeader,
            builder.maxTrackedClients,
            builder.strictAudit,
            builder.defaultKind,
            builder.maxHashedBytes,
            new HeaderLimits(builder.maxHeaderLength, builder.maxEntityTags),
            new ArrayList<>(builder.listeners),
            builder.logging,
            builder.exposeETagToCors,
            Map.copyOf(builder.loaders),
            builder.idempotencyKeys,
            builder.idempotencyStore);
    this.statistics = new ConflictStatistics(options.maxTrackedClients());
  }

  /** A builder starting from every default. */
  public static Builder builder() {
    return new Builder();
  }

  /** The counts of 412, 428, forced overrides and unchecked writes per resource (and client) since start. */
  public final ConflictStatistics statistics() {
    return statistics;
  }

  /**
   * The start-up audit: every resource method with an unsafe HTTP method the runtime bound, with its
   * path template, ETag kind and protection, by path. Logged once, as one entry, when deployment has
   * bound them all.
   */
  public final List<EndpointPolicy> writePaths() {
    FeatureState configured = state;
    return configured == null ? List.of() : configured.audit().writePaths();
  }

  /**
   * What this feature does for {@code method} of {@code resourceClass}: the same resolution its
   * filters use, for tools that describe the API (such as an OpenAPI document).
   */
  public final EndpointPolicy policyOf(Class<?> resourceClass, Method method) {
    FeatureState configured = state;
    MethodPolicies policies = configured != null ? configured.policies() : new MethodPolicies(options);
    return policies.of(resourceClass, method).describe();
  }

  /**
   * Registers the feature's filters and the mapper that answers {@link PreconditionFailedException},
   * and the binding of each resource method to its policy; shares this registration with the
   * application's configuration.
   */
  @Override
  public final boolean configure(FeatureContext context) {
    FeatureState existing = registeredIn(context);
    if (existing != null) {
      if (existing.options().equals(options)) {
        LOG.log(Level.DEBUG, "ETagFeature is already registered with these options; nothing more to do");
        return false;
      }
      throw new IllegalStateException("ETagFeature is registered twice with different options: "
          + existing.options() + " and " + options + ". Register it once.");
    }
    FeatureState created = new FeatureState(options, statistics, () -> providers);
    state = created;
    context.property(FeatureOptions.STATE_PROPERTY, created);
    context.register(new PreconditionRequestFilter(created), Priority.PRECONDITIONS);
    context.register(new ETagResponseFilter(created), Priority.ETAGS);
    context.register(new PreconditionFailedMapper());
    context.register(new MethodBinding(created));
    return true;
  }

  /** Binds one resource method to its policy, where the runtime calls the feature as a dynamic feature. */
  @Override
  public final void configure(ResourceInfo resourceInfo, FeatureContext context) {
    FeatureState configured = state != null ? state : registeredIn(context);
    if (configured != null) {
      MethodBinding.bind(configured, resourceInfo, context, MethodBinding.Role.FEATURE);
    }
  }

  /**
   * The registration already in this application: through the configuration's properties (shared
   * by RESTEasy's several instances of one feature class), or among its instances (CXF keeps no
   * feature properties).
   */
  private static FeatureState registeredIn(FeatureContext context) {
    Object property = context.getConfiguration().getProperty(FeatureOptions.STATE_PROPERTY);
    if (property instanceof FeatureState registered) {
      return registered;
    }
    for (Object instance : context.getConfiguration().getInstances()) {
      if (instance instanceof PreconditionRequestFilter filter) {
        return filter.state();
      }
    }
    return null;
  }

  /** Options for {@link ETagFeature}; every setter returns this builder. */
  public static final class Builder {
    private final Set<String> requiringMethods = new TreeSet<>(PreconditionEvaluator.DEFAULT_REQUIRING_METHODS);
    private Enforcement enforcement = Enforcement.ENFORCE;
    private String clientHeader = "User-Agent";
    private int maxTrackedClients = 100;
    private boolean strictAudit;
    private ETagKind defaultKind = ETagKind.AUTO;
    private int maxHashedBytes = 16 * 1024 * 1024;
    private int maxHeaderLength = HeaderLimits.DEFAULT.maxLength();
    private int maxEntityTags = HeaderLimits.DEFAULT.maxTags();
    private final List<PreconditionListener> listeners = new ArrayList<>();
    private boolean logging = true;
    private boolean exposeETagToCors = true;
    private final Map<Class<?>, CurrentStateLoader> loaders = new LinkedHashMap<>();
    private boolean idempotencyKeys = true;
    private IdempotencyStore idempotencyStore;

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

    /**
     * What a write without a precondition gets where no {@link RequirePrecondition} says otherwise
     * (default {@link Enforcement#ENFORCE}: 428). {@link Enforcement#REPORT_ONLY} lets it through and
     * reports it, the first step of switching the feature on in a live system.
     */
    public Builder enforcement(Enforcement enforcement) {
      this.enforcement = requireNonNull(enforcement, "enforcement");
      return this;
    }

    /**
     * The request header that names a client in the counts of unchecked writes (default {@code
     * User-Agent}), such as an API-key id header set by a gateway.
     */
    public Builder clientHeader(String headerName) {
      this.clientHeader = requireNonNull(headerName, "headerName");
      return this;
    }

    /** The most distinct clients counted (default 100); later ones are counted together as "(other)". */
    public Builder maxTrackedClients(int clients) {
      this.maxTrackedClients = positive("maxTrackedClients", clients);
      return this;
    }

    /**
     * Fails the deployment when a PUT, PATCH or DELETE opts out of preconditions without saying why
     * ({@code @RequirePrecondition(value = false, reason = "...")}).
     */
    public Builder strictAudit() {
      this.strictAudit = true;
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

    /**
     * Where the answers to writes with an {@code Idempotency-Key} are kept (default: in this
     * process's memory, 10,000 keys for 24 hours). Replicas share one store, such as a table.
     */
    public Builder idempotencyStore(IdempotencyStore store) {
      this.idempotencyStore = requireNonNull(store, "store");
      this.idempotencyKeys = true;
      return this;
    }

    /**
     * Ignores {@code Idempotency-Key}: a retried write is then judged by its preconditions alone
     * (a retry of a write that applied gets 412 for its now stale {@code If-Match}).
     */
    public Builder withoutIdempotencyKeys() {
      this.idempotencyKeys = false;
      this.idempotencyStore = null;
      return this;
    }

    /** The feature. */
    public ETagFeature build() {
      return new ETagFeature(this);
    }

    private static int positive(String name, int value) {
      if (value <= 0) {
        throw new IllegalArgumentException(name + " must be positive: " + value);
      }
      return value;
    }
  }
}
