package dev.etagfilter.sample.quarkus;

import dev.etagfilter.sample.http.AdminResource;
import dev.etagfilter.sample.http.DateHeaderFilter;
import dev.etagfilter.sample.http.EditPageResource;
import dev.etagfilter.sample.http.HeaderSyntaxFilter;
import dev.etagfilter.sample.http.ItemResource;
import dev.etagfilter.sample.http.JsonMapperResolver;
import dev.etagfilter.sample.http.JsonObjectBodyReader;
import dev.etagfilter.sample.http.JsonProblemMapper;
import dev.etagfilter.sample.http.MergeableItemResource;
import dev.etagfilter.sample.http.MetricsResource;
import dev.etagfilter.sample.http.UnexpectedProblemMapper;
import dev.etagfilter.sample.http.WebApplicationProblemMapper;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.Set;

/**
 * The same components as {@link dev.etagfilter.sample.http.SampleApplication}, by class: Quarkus
 * creates each one (through CDI, with {@link SampleBeans} producing what their constructors take).
 * With this list, quarkus-rest and RESTEasy classic alike ignore any {@code @Provider} not on it.
 * All but the OpenAPI document's resource, which neither extension can serve as it is (see the
 * module's README).
 */
@ApplicationPath("/")
public class SampleRestApplication extends Application {

  @Override
  public Set<Class<?>> getClasses() {
    return Set.of(
        SampleJsonProvider.class,
        JsonMapperResolver.class,
        JsonObjectBodyReader.class,
        HeaderSyntaxFilter.class,
        DateHeaderFilter.class,
        WebApplicationProblemMapper.class,
        JsonProblemMapper.class,
        UnexpectedProblemMapper.class,
        SampleETagFeature.class,
        ItemResource.class,
        MergeableItemResource.class,
        AdminResource.class,
        MetricsResource.class,
        EditPageResource.class);
  }
}
