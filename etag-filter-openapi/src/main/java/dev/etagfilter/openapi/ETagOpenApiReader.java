package dev.etagfilter.openapi;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.annotation.JsonView;
import com.fasterxml.jackson.databind.type.TypeFactory;
import dev.etagfilter.ETagFeature;
import dev.etagfilter.ReadCondition;
import dev.etagfilter.WriteCondition;
import io.swagger.v3.jaxrs2.Reader;
import io.swagger.v3.jaxrs2.ResolvedParameter;
import io.swagger.v3.oas.integration.SwaggerConfiguration;
import io.swagger.v3.oas.integration.api.OpenAPIConfiguration;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.parameters.RequestBody;
import io.swagger.v3.oas.models.responses.ApiResponses;
import jakarta.ws.rs.Consumes;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.util.List;
import java.util.Set;

/**
 * swagger-core's JAX-RS reader, plus what {@code feature} does for each operation it reads: the
 * {@code If-Match} / {@code If-None-Match} request headers, the {@code ETag} response header, and the
 * 304, 412 and 428 responses, from {@link ETagFeature#policyOf} (the resolution the feature's filters
 * use). Everything else in the document is swagger-core's.
 *
 * <pre>{@code
 * OpenAPI document = new ETagOpenApiReader(etags).read(Set.of(ItemResource.class));
 * // or in swagger-core's own context, which its OpenApiResource serves on a servlet container:
 * OpenApiContext context = new JaxrsOpenApiContextBuilder<>().openApiConfiguration(config).buildContext(false);
 * context.setOpenApiReader(new ETagOpenApiReader(etags, config));
 * context.init();
 * }</pre>
 *
 * <p>Per operation, by the method's {@link dev.etagfilter.EndpointPolicy.Protection}: {@code
 * REQUIRED} writes require {@code If-Match} and answer 412 (the current representation, with the
 * schema of the path's GET) and 428 ({@code application/problem+json}); {@code REPORT_ONLY} writes
 * take an optional {@code If-Match}, answer 412 and say they are report-only; opted-out writes say so,
 * with their reason. Reads with entity tags take {@code If-None-Match} and answer 304. Each write
 * carries {@code x-precondition: required | report-only | opted-out | not-required}. One reader per
 * document, as with swagger-core's own.
 */
public final class ETagOpenApiReader extends Reader {

  private final ETagFeature feature;

  /** A reader with swagger-core's default configuration. */
  public ETagOpenApiReader(ETagFeature feature) {
    this(feature, new SwaggerConfiguration());
  }

  /** A reader with {@code configuration} (the document's info, servers, OpenAPI 3.1, ...). */
  public ETagOpenApiReader(ETagFeature feature, OpenAPIConfiguration configuration) {
    super(requireNonNull(configuration, "configuration"));
    this.feature = requireNonNull(feature, "feature");
  }

  /** The document of {@code classes}, as swagger-core reads it, with the feature's preconditions. */
  @Override
  public OpenAPI read(Set<Class<?>> classes) {
    return ReadScope.describing(feature, () -> super.read(classes));
  }

  /** The document of one class, as swagger-core reads it, with the feature's preconditions. */
  @Override
  public OpenAPI read(Class<?> cls) {
    return ReadScope.describing(feature, () -> super.read(cls));
  }

  /** Reads one resource class (or sub-resource) as swagger-core does, noting which class it is. */
  @Override
  public OpenAPI read(Class<?> cls, String parentPath, String parentMethod, boolean isSubresource,
      RequestBody parentRequestBody, ApiResponses parentResponses, Set<String> parentTags,
      List<Parameter> parentParameters, Set<Class<?>> scannedResources) {
    ReadScope scope = ReadScope.current();
    Class<?> outer = scope == null ? null : scope.enter(cls);
    try {
      return super.read(cls, parentPath, parentMethod, isSubresource, parentRequestBody, parentResponses,
          parentTags, parentParameters, scannedResources);
    } finally {
      if (scope != null) {
        scope.leave(outer);
      }
    }
  }

  /**
   * Nothing for a {@link ReadCondition} or {@link WriteCondition} parameter: the headers they read
   * are the policy's to describe. swagger-core reads a {@code @BeanParam} through the properties
   * Jackson sees in it, and takes one where it sees none (a {@code ReadCondition}) for the request body.
   */
  @Override
  protected ResolvedParameter getParameters(Type type, List<Annotation> annotations, Operation operation,
      Consumes classConsumes, Consumes methodConsumes, JsonView jsonViewAnnotation) {
    Class<?> raw = TypeFactory.defaultInstance().constructType(type).getRawClass();
    if (raw == ReadCondition.class || raw == WriteCondition.class) {
      return new ResolvedParameter();
    }
    return super.getParameters(type, annotations, operation, classConsumes, methodConsumes, jsonViewAnnotation);
  }
}
