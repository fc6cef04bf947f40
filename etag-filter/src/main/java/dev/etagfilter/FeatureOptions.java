package dev.etagfilter;

import jakarta.ws.rs.core.Configuration;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Every option of the feature, immutable, with its defaults set in one place ({@link
 * ETagFeature.Builder}). Two registrations compare their options with {@link #equals}.
 *
 * @param requiringMethods methods that need a precondition
 * @param enforcement what a write without one gets where no annotation says
 * @param clientHeader the request header that names a client in the statistics of unchecked writes
 * @param maxTrackedClients the most distinct clients counted; later ones count as "(other)"
 * @param strictAudit whether a PUT, PATCH or DELETE opted out without a reason fails deployment
 * @param defaultKind the entity-tag kind where no annotation chooses
 * @param maxHashedBytes the largest body that is hashed
 * @param headerLimits bounds on conditional headers
 * @param listeners the application's listeners
 * @param logging whether events are logged through {@link System.Logger}
 * @param exposeETagToCors whether {@code ETag} is added to {@code Access-Control-Expose-Headers}
 * @param loaders pre-check loaders by resource class
 * @param idempotencyKeys whether writes with an {@code Idempotency-Key} are recognised when retried
 * @param idempotencyStore where their answers are kept, or null for a store of this registration's own
 */
record FeatureOptions(
    Set<String> requiringMethods,
    Enforcement enforcement,
    String clientHeader,
    int maxTrackedClients,
    boolean strictAudit,
    ETagKind defaultKind,
    int maxHashedBytes,
    HeaderLimits headerLimits,
    List<PreconditionListener> listeners,
    boolean logging,
    boolean exposeETagToCors,
    Map<Class<?>, CurrentStateLoader> loaders,
    boolean idempotencyKeys,
    IdempotencyStore idempotencyStore) {

  /** The configuration property under which a registered feature leaves its {@link FeatureState}. */
  static final String STATE_PROPERTY = "dev.etagfilter.state";

  /** Copies the collections. */
  FeatureOptions {
    requiringMethods = Set.copyOf(requiringMethods);
    listeners = List.copyOf(listeners);
    loaders = Map.copyOf(loaders);
  }

  /**
   * The header limits of the feature registered in {@code configuration}, or the defaults when there
   * is none (or no configuration at all, as outside a runtime).
   */
  static HeaderLimits headerLimitsIn(Configuration configuration) {
    Object state = configuration == null ? null : configuration.getProperty(STATE_PROPERTY);
    return state instanceof FeatureState registered ? registered.options().headerLimits() : HeaderLimits.DEFAULT;
  }
}
