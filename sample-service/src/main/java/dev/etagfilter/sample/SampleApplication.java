package dev.etagfilter.sample;

import dev.etagfilter.ConflictStatistics;
import dev.etagfilter.ETagFeature;
import dev.etagfilter.sample.item.ItemIds;
import dev.etagfilter.sample.item.ItemResource;
import dev.etagfilter.sample.item.TestDelays;
import dev.etagfilter.sample.store.ItemStore;
import dev.etagfilter.sample.web.AdminResource;
import dev.etagfilter.sample.web.EditPageResource;
import dev.etagfilter.sample.web.HeaderSyntaxFilter;
import dev.etagfilter.sample.web.JsonMapperResolver;
import dev.etagfilter.sample.web.JsonObjectBodyReader;
import dev.etagfilter.sample.web.JsonProblemMapper;
import dev.etagfilter.sample.web.UnexpectedProblemMapper;
import dev.etagfilter.sample.web.WebApplicationProblemMapper;
import org.glassfish.hk2.utilities.binding.AbstractBinder;
import org.glassfish.jersey.jackson.JacksonFeature;
import org.glassfish.jersey.server.ResourceConfig;
import org.glassfish.jersey.server.ServerProperties;

/**
 * The Jersey application: the resources, the JSON and problem providers, and the library's
 * {@link ETagFeature}, registered once, exactly as an adopter would.
 */
final class SampleApplication {

  private SampleApplication() {}

  /** The feature for {@code store}: a pre-check loads the current item to reject stale writes early. */
  static ETagFeature feature(ItemStore store, JsonMapperResolver json) {
    return ETagFeature.builder()
        .objectMapper(json.mapper())
        // A shortcut only; the store's compare-and-set is what makes concurrent writes safe.
        .preCheck(ItemResource.class, uri -> {
          String id = uri.getPathParameters().getFirst("id");
          return ItemIds.isValid(id) ? store.find(id).orElse(null) : null;
        })
        .build();
  }

  /** The application serving {@code store} with {@code feature}. */
  static ResourceConfig create(ItemStore store, ETagFeature feature, JsonMapperResolver json, boolean testDelays) {
    return new ResourceConfig()
        .property(ServerProperties.WADL_FEATURE_DISABLE, true)
        // Our own mappers answer JSON errors as problems, so Jersey's text ones are left out.
        .register(JacksonFeature.withoutExceptionMappers())
        .register(json)
        .register(new JsonObjectBodyReader(json.strictTreeReader(), JsonObjectBodyReader.DEFAULT_MAX_BYTES))
        .register(new HeaderSyntaxFilter())
        .register(new WebApplicationProblemMapper())
        .register(new JsonProblemMapper())
        .register(new UnexpectedProblemMapper())
        .register(feature)
        // Resources are registered as classes with their dependencies bound: Jersey logs a spurious
        // "will be ignored" warning for every resource registered as an instance.
        .register(new AbstractBinder() {
          @Override
          protected void configure() {
            bind(store).to(ItemStore.class);
            bind(new TestDelays(testDelays)).to(TestDelays.class);
            bind(feature.statistics()).to(ConflictStatistics.class);
          }
        })
        .register(ItemResource.class)
        .register(AdminResource.class)
        .register(EditPageResource.class);
  }
}
