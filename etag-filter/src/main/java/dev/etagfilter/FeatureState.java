package dev.etagfilter;

import jakarta.ws.rs.ext.Providers;
import java.util.function.Supplier;

/**
 * What one registration of the feature shares with the filters it binds to resource methods: its
 * options, its statistics and listeners, the tagger, and the application's providers (for the
 * writer a hash tag is computed with).
 */
final class FeatureState {

  private final FeatureOptions options;
  private final ConflictStatistics statistics;
  private final EventDispatcher events;
  private final RepresentationTagger tagger;
  private final MethodPolicies policies;
  private final Supplier<Providers> providers;
  private final boolean defaults;

  FeatureState(FeatureOptions options, boolean defaults, ConflictStatistics statistics, Supplier<Providers> providers) {
    this.options = options;
    this.defaults = defaults;
    this.statistics = statistics;
    this.events = new EventDispatcher(options, statistics);
    this.tagger = new RepresentationTagger(options.maxHashedBytes());
    this.policies = new MethodPolicies(options);
    this.providers = providers;
  }

  FeatureOptions options() {
    return options;
  }

  /** Whether the options are every default, as a runtime that discovers the feature makes it. */
  boolean defaults() {
    return defaults;
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

  /** The application's providers, or null where the runtime gave none. */
  Providers providers() {
    return providers.get();
  }
}
