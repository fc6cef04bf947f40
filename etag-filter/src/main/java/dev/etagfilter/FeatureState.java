package dev.etagfilter;

import jakarta.ws.rs.ext.Providers;
import java.lang.reflect.Method;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * What one registration of the feature shares with its filters and its method binding: the options,
 * statistics and listeners, the tagger, the resolved method policies, and the providers the feature
 * itself was given (the filters' own injected ones come first; quarkus-rest injects only the
 * feature).
 */
final class FeatureState {

  private final FeatureOptions options;
  private final ConflictStatistics statistics;
  private final EventDispatcher events;
  private final RepresentationTagger tagger;
  private final MethodPolicies policies;
  private final WritePathAudit audit;
  private final IdempotencyGate idempotency;
  private final Supplier<Providers> featureProviders;
  private final Map<Method, MethodBinding.Role> boundBy = new ConcurrentHashMap<>();

  FeatureState(FeatureOptions options, ConflictStatistics statistics, Supplier<Providers> featureProviders) {
    this.options = options;
    this.statistics = statistics;
    this.events = new EventDispatcher(options, statistics);
    this.tagger = new RepresentationTagger(options.maxHashedBytes());
    this.policies = new MethodPolicies(options);
    this.audit = new WritePathAudit(options);
    this.idempotency = !options.idempotencyKeys() ? null : new IdempotencyGate(options.idempotencyStore() != null
        ? options.idempotencyStore()
        : IdempotencyStore.inMemory(10_000, java.time.Duration.ofHours(24)));
    this.featureProviders = featureProviders;
  }

  FeatureOptions options() {
    return options;
  }

  ConflictStatistics statistics() {
    return statistics;
  }

  EventDispatcher events() {
    return events;
  }

  RepresentationTagger tagger() {
    return tagger;
  }

  MethodPolicies policies() {
    return policies;
  }

  WritePathAudit audit() {
    return audit;
  }

  /** The Idempotency-Key handling, or null when it is switched off. */
  IdempotencyGate idempotency() {
    return idempotency;
  }

  /** {@code injected} when the runtime injected the filter, else the feature's, else null. */
  Providers providers(Providers injected) {
    return injected != null ? injected : featureProviders.get();
  }

  /** Whether {@code role} may bind {@code method}: yes unless the other role already has. */
  boolean claim(Method method, MethodBinding.Role role) {
    return boundBy.computeIfAbsent(method, m -> role) == role;
  }
}
