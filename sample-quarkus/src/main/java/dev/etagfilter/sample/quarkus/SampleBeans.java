package dev.etagfilter.sample.quarkus;

import dev.etagfilter.IdempotencyStore;
import dev.etagfilter.sample.SampleConfig;
import dev.etagfilter.sample.http.ItemPreconditions;
import dev.etagfilter.sample.http.ItemResource;
import dev.etagfilter.sample.http.MergeableItemResource;
import dev.etagfilter.sample.http.VersionConditions;
import dev.etagfilter.sample.store.Database;
import dev.etagfilter.sample.store.ItemStore;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.quarkus.arc.Unremovable;
import io.quarkus.runtime.Startup;
import io.quarkus.runtime.annotations.CommandLineArguments;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * sample-core's components as CDI beans, built with the same constructor arguments as {@link
 * dev.etagfilter.sample.http.SampleApplication} gives them on Jersey: Quarkus creates resources and
 * providers itself and takes no instances.
 */
@Singleton
public class SampleBeans {

  @Produces
  @Singleton
  SampleConfig config(@CommandLineArguments String[] args) {
    return SampleConfig.parse(args);
  }

  /** Opened (and migrated) at start, so a database that cannot be reached stops the start-up. */
  @Produces
  @Singleton
  @Startup
  Database database(SampleConfig config) {
    return Database.open(config.jdbcUrl(), config.store());
  }

  /** Runs when Quarkus stops, after the HTTP server: running statements finish, then the pool closes. */
  void close(@Disposes Database database) {
    database.close();
  }

  /**
   * Application-scoped, so injected as a proxy: quarkus-rest creates the feature (which takes the
   * store) while it deploys, before the configuration is available. Unremovable: the feature looks
   * it up by type.
   */
  @Produces
  @ApplicationScoped
  @Unremovable
  ItemStore items(Database database) {
    return database.items();
  }

  /** The table that keeps the answers to retried writes, shared by replicas; a proxy, as above. */
  @Produces
  @ApplicationScoped
  @Unremovable
  IdempotencyStore idempotencyKeys(Database database) {
    return database.idempotencyKeys();
  }

  /**
   * The two item collections, each over its own store. Produced here because both would otherwise
   * ask CDI for the one ItemStore type (their classes are excluded from discovery:
   * META-INF/microprofile-config.properties). Unremovable: the runtime looks them up by type.
   */
  @Produces
  @Singleton
  @Unremovable
  ItemResource itemResource(Database database, URI publicBaseUri, VersionConditions conditions) {
    return new ItemResource(database.items(), publicBaseUri, conditions);
  }

  @Produces
  @Singleton
  @Unremovable
  MergeableItemResource mergeableItemResource(Database database, URI publicBaseUri, VersionConditions conditions) {
    return new MergeableItemResource(database.mergeableItems(), publicBaseUri, conditions);
  }

  /**
   * Where clients reach the service: {@code Location} headers are built from it. Resolved when the
   * item resource is created, at its first request, when the listening port is known.
   */
  @Produces
  @Singleton
  URI publicBaseUri(SampleConfig config, ListenAddress address) {
    return config.publicBaseUri() != null ? config.publicBaseUri() : address.uri();
  }

  @Produces
  @Singleton
  VersionConditions versionConditions() {
    return ItemPreconditions::versionCondition;
  }

  /**
   * The registry the feature counts its outcomes in and {@link dev.etagfilter.sample.http.MetricsResource}
   * renders. Unremovable: the feature looks it up by type, while Quarkus deploys the application.
   */
  @Produces
  @Singleton
  @Unremovable
  PrometheusMeterRegistry metrics() {
    return new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
  }

  /** The library's counts for {@link dev.etagfilter.sample.http.AdminResource}. */
  @Produces
  @Singleton
  Supplier<Map<String, Object>> conflictCounts(SampleETagFeature feature) {
    return () -> new LinkedHashMap<>(feature.statistics().snapshot());
  }
}
