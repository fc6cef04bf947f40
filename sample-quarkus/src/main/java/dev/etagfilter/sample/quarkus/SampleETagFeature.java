package dev.etagfilter.sample.quarkus;

import dev.etagfilter.ETagFeature;
import dev.etagfilter.IdempotencyStore;
import dev.etagfilter.sample.http.SampleApplication;
import dev.etagfilter.sample.store.ItemStore;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.inject.Singleton;

/**
 * The library's feature the way Quarkus takes it: a class with a no-argument constructor, which
 * Quarkus creates itself while it deploys the application (RESTEasy classic accepts no other
 * constructor for a dynamic feature), with the sample's options ({@link
 * SampleApplication#featureOptions}). Listed in {@link SampleRestApplication#getClasses()}; an
 * application without such a list would annotate it {@code @Provider} instead. A CDI singleton, so
 * the admin resource reads the counts of the very instance the runtime configured.
 */
@Singleton
public class SampleETagFeature extends ETagFeature {

  public SampleETagFeature() {
    // The stores' CDI proxies: the feature is created before the database is opened, at start-up.
    super(SampleApplication.featureOptions(
        CDI.current().select(ItemStore.class).get(), CDI.current().select(IdempotencyStore.class).get(),
        CDI.current().select(PrometheusMeterRegistry.class).get()));
  }
}
