package dev.etagfilter.sample.http;

import com.fasterxml.jackson.jakarta.rs.json.JacksonJsonProvider;
import dev.etagfilter.ETagFeature;
import dev.etagfilter.IdempotencyStore;
import dev.etagfilter.micrometer.PreconditionMetrics;
import dev.etagfilter.openapi.ETagOpenApiResource;
import dev.etagfilter.sample.item.ItemIds;
import dev.etagfilter.sample.store.Database;
import dev.etagfilter.sample.store.ItemStore;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.swagger.v3.oas.integration.SwaggerConfiguration;
import io.swagger.v3.oas.integration.api.OpenAPIConfiguration;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import jakarta.ws.rs.core.Application;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The whole HTTP layer as one plain Jakarta REST {@link Application}: the resources, the JSON and
 * problem providers and the library's {@link ETagFeature}, each an instance built here with its
 * dependencies passed to its constructor, so any runtime that honours {@link #getSingletons()} can
 * serve it unchanged. The feature keeps the answers to writes with an {@code Idempotency-Key} in
 * the database's {@link Database#idempotencyKeys() table}, so every replica recognises a retry.
 *
 * <p>Next to the API it serves what an operator and a client developer look at: {@code
 * /admin/conflicts} (the feature's own counts), {@code /admin/metrics} (the precondition counter of
 * etag-filter-micrometer, registered on the feature as a listener, in Prometheus text) and {@code
 * /openapi.json} / {@code /openapi.yaml} (etag-filter-openapi: swagger-core's document of these
 * resources with the feature's preconditions on each operation).
 */
public final class SampleApplication extends Application {

  private final Set<Object> singletons;

  /**
   * The application serving {@code database}: {@code /items} on its {@link Database#items()},
   * {@code /mergeable-items} on its {@link Database#mergeableItems()}.
   *
   * @param publicBaseUri where clients reach the service; {@code Location} headers are built from it
   * @param conditions how a write's condition becomes the store's, normally {@link
   *     ItemPreconditions#versionCondition}
   * @param extras further providers, such as an authentication filter (tests add their hooks here)
   */
  public SampleApplication(Database database, URI publicBaseUri, VersionConditions conditions, Object... extras) {
    ItemStore items = database.items();
    JsonMapperResolver json = new JsonMapperResolver();
    PrometheusMeterRegistry metrics = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    ETagFeature feature = featureOptions(items, database.idempotencyKeys(), metrics).build();
    Set<Object> components = new LinkedHashSet<>(List.of(
        new JacksonJsonProvider(json.mapper()),
        json,
        new JsonObjectBodyReader(json.strictTreeReader(), JsonObjectBodyReader.DEFAULT_MAX_BYTES),
        new HeaderSyntaxFilter(),
        new DateHeaderFilter(),
        new WebApplicationProblemMapper(),
        new JsonProblemMapper(),
        new UnexpectedProblemMapper(),
        feature,
        new ItemResource(items, publicBaseUri, conditions),
        new MergeableItemResource(database.mergeableItems(), publicBaseUri, conditions),
        new AdminResource(() -> new LinkedHashMap<>(feature.statistics().snapshot())),
        new MetricsResource(metrics),
        new ETagOpenApiResource(feature, openApiConfiguration()),
        new EditPageResource()));
    components.addAll(List.of(extras));
    this.singletons = Set.copyOf(components);
  }

  /** The service's application: {@link ItemPreconditions} decide what a write may replace. */
  public static SampleApplication of(Database database, URI publicBaseUri) {
    return new SampleApplication(database, publicBaseUri, ItemPreconditions::versionCondition);
  }

  @Override
  public Set<Object> getSingletons() {
    return singletons;
  }

  /**
   * The options of the service's {@link ETagFeature}: retried writes recognised through {@code keys};
   * every outcome counted in {@code metrics} ({@link PreconditionMetrics}); a pre-check loads the
   * current item to reject stale writes to {@code /items} early (none for {@code /mergeable-items},
   * whose stale patches may still be merged). Runtimes that create the feature themselves (Quarkus)
   * build their subclass from these.
   */
  public static ETagFeature.Builder featureOptions(ItemStore items, IdempotencyStore keys, MeterRegistry metrics) {
    return ETagFeature.builder()
        .idempotencyStore(keys)
        .listener(new PreconditionMetrics(metrics))
        // A shortcut only; the store's compare-and-set is what makes concurrent writes safe.
        .preCheck(ItemResource.class, uri -> {
          String id = uri.getPathParameters().getFirst("id");
          return ItemIds.isValid(id) ? items.find(id).map(ItemRepresentation::of).orElse(null) : null;
        });
  }

  /**
   * What the OpenAPI document says of itself (OpenAPI requires a title and a version), pretty
   * printed; the paths, operations and schemas are read from the resources.
   */
  public static OpenAPIConfiguration openApiConfiguration() {
    return new SwaggerConfiguration()
        .prettyPrint(true)
        .openAPI(new OpenAPI().info(new Info()
            .title("etag-filter sample items")
            .version("1.0")
            .description("Items edited under optimistic locking: every write names the version it "
                + "replaces in If-Match (428 without, 412 with the current item when stale).")));
  }
}
