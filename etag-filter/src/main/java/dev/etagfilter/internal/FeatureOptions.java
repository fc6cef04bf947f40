package dev.etagfilter.internal;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.etagfilter.ConflictStatistics;
import dev.etagfilter.CurrentStateLoader;
import dev.etagfilter.ETagKind;
import dev.etagfilter.HeaderLimits;
import dev.etagfilter.PreconditionListener;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Every option of the feature, immutable, with its defaults set in one place ({@code
 * ETagFeature.Builder}).
 *
 * @param requiringMethods methods that get 428 without a precondition
 * @param defaultKind the entity-tag kind where no annotation chooses
 * @param objectMapper the mapper for JSON hashes, or null to look up the application's
 * @param maxHashedBytes the largest body that is hashed
 * @param headerLimits bounds on conditional headers
 * @param statistics the per-resource counts, always fed
 * @param listeners the application's listeners
 * @param logging whether events are logged through {@link System.Logger}
 * @param exposeETagToCors whether {@code ETag} is added to {@code Access-Control-Expose-Headers}
 * @param loaders pre-check loaders by resource class
 */
public record FeatureOptions(
    Set<String> requiringMethods,
    ETagKind defaultKind,
    ObjectMapper objectMapper,
    int maxHashedBytes,
    HeaderLimits headerLimits,
    ConflictStatistics statistics,
    List<PreconditionListener> listeners,
    boolean logging,
    boolean exposeETagToCors,
    Map<Class<?>, CurrentStateLoader> loaders) {

  /** Copies the collections. */
  public FeatureOptions {
    requiringMethods = Set.copyOf(requiringMethods);
    listeners = List.copyOf(listeners);
    loaders = Map.copyOf(loaders);
  }
}
