package dev.etagfilter.openapi;

import static java.util.Objects.requireNonNull;

import dev.etagfilter.ETagFeature;
import io.swagger.v3.core.util.Json;
import io.swagger.v3.core.util.Json31;
import io.swagger.v3.core.util.ReflectionUtils;
import io.swagger.v3.core.util.Yaml;
import io.swagger.v3.core.util.Yaml31;
import io.swagger.v3.oas.annotations.Hidden;
import io.swagger.v3.oas.integration.SwaggerConfiguration;
import io.swagger.v3.oas.integration.api.OpenAPIConfiguration;
import io.swagger.v3.oas.models.OpenAPI;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Application;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Serves the application's OpenAPI document at {@code /openapi.json} and {@code /openapi.yaml}: what
 * swagger-core reads from the application's resource classes, with the feature's preconditions (see
 * {@link ETagOpenApiReader}). Register an instance next to the feature:
 *
 * <pre>{@code
 * ETagFeature etags = ETagFeature.builder().build();
 * new ResourceConfig(ItemResource.class)
 *     .register(etags)
 *     .register(new ETagOpenApiResource(etags));
 * }</pre>
 *
 * <p>The resource classes are those the {@link Application} lists ({@code getClasses()} and the
 * classes of {@code getSingletons()}), as swagger-core's own scanner takes them; the document is read
 * once, on the first request. It stands in for swagger-core's {@code OpenApiResource}, which needs the
 * Servlet API, so it also works on a plain HTTP container (Grizzly) and keeps one document per
 * application instead of swagger-core's JVM-wide default context.
 */
@Hidden
@Path("openapi.{type:json|yaml}")
public final class ETagOpenApiResource {

  private final ETagFeature feature;
  private final OpenAPIConfiguration configuration;
  private volatile OpenAPI document;

  /** The document with swagger-core's default configuration. */
  public ETagOpenApiResource(ETagFeature feature) {
    this(feature, new SwaggerConfiguration().prettyPrint(true));
  }

  /** The document with {@code configuration}: its info, servers, OpenAPI 3.1, pretty printing. */
  public ETagOpenApiResource(ETagFeature feature, OpenAPIConfiguration configuration) {
    this.feature = requireNonNull(feature, "feature");
    this.configuration = requireNonNull(configuration, "configuration");
  }

  /** The document as JSON ({@code openapi.json}) or YAML ({@code openapi.yaml}). */
  @GET
  @Produces({MediaType.APPLICATION_JSON, "application/yaml"})
  public Response document(@PathParam("type") String type, @Context Application application) throws Exception {
    OpenAPI read = documentOf(application);
    boolean openApi31 = Boolean.TRUE.equals(configuration.isOpenAPI31());
    boolean pretty = Boolean.TRUE.equals(configuration.isPrettyPrint());
    if ("yaml".equals(type)) {
      var mapper = openApi31 ? Yaml31.mapper() : Yaml.mapper();
      return Response.ok(pretty ? mapper.writerWithDefaultPrettyPrinter().writeValueAsString(read)
          : mapper.writeValueAsString(read), "application/yaml").build();
    }
    var mapper = openApi31 ? Json31.mapper() : Json.mapper();
    return Response.ok(pretty ? mapper.writerWithDefaultPrettyPrinter().writeValueAsString(read)
        : mapper.writeValueAsString(read), MediaType.APPLICATION_JSON_TYPE).build();
  }

  private OpenAPI documentOf(Application application) {
    OpenAPI read = document;
    if (read == null) {
      synchronized (this) {
        read = document;
        if (read == null) {
          ETagOpenApiReader reader = new ETagOpenApiReader(feature, configuration);
          reader.setApplication(application);
          read = reader.read(resourceClasses(application));
          document = read;
        }
      }
    }
    return read;
  }

  /** The application's root resource classes, this one aside. */
  @SuppressWarnings("deprecation") // getSingletons(): deprecated in Jakarta REST 4.0, still where 3.1 apps list instances
  private static Set<Class<?>> resourceClasses(Application application) {
    Set<Class<?>> candidates = new LinkedHashSet<>(application.getClasses());
    for (Object singleton : application.getSingletons()) {
      candidates.add(singleton.getClass());
    }
    Set<Class<?>> resources = new LinkedHashSet<>();
    for (Class<?> candidate : candidates) {
      if (candidate != ETagOpenApiResource.class && ReflectionUtils.getAnnotation(candidate, Path.class) != null) {
        resources.add(candidate);
      }
    }
    return resources;
  }
}
