package dev.etagfilter.openapi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.etagfilter.ETagFeature;
import io.swagger.v3.jaxrs2.Reader;
import io.swagger.v3.jaxrs2.integration.JaxrsOpenApiContextBuilder;
import io.swagger.v3.oas.integration.SwaggerConfiguration;
import io.swagger.v3.oas.integration.api.OpenApiContext;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The reader inside swagger-core, without a server. */
class ETagOpenApiReaderTest {

  /** swagger-core's own reader, on the same classpath, gets its operations untouched. */
  @Test
  void aStockSwaggerReaderLeavesOperationsUntouched() {
    OpenAPI stock = new Reader(new SwaggerConfiguration()).read(Set.of(ItemResource.class));
    Operation put = stock.getPaths().get("/items/{id}").getPut();
    assertNull(put.getResponses().get("428"));
    assertNull(put.getExtensions());
  }

  /** In swagger-core's context (what its OpenApiResource serves on a servlet container) the reader adds the preconditions. */
  @Test
  void aSwaggerContextWithThisReaderDescribesPreconditions() throws Exception {
    SwaggerConfiguration configuration = new SwaggerConfiguration().resourceClasses(Set.of(ItemResource.class.getName()));
    OpenApiContext context = new JaxrsOpenApiContextBuilder<>()
        .ctxId(ETagOpenApiReaderTest.class.getName())
        .openApiConfiguration(configuration)
        .buildContext(false);
    context.setOpenApiReader(new ETagOpenApiReader(ETagFeature.builder().build(), configuration));
    context.init();

    Operation put = context.read().getPaths().get("/items/{id}").getPut();
    assertNotNull(put.getResponses().get("428"));
    assertEquals("required", put.getExtensions().get("x-precondition"));
  }

  /** Reading one class directly works as reading the application's set of classes. */
  @Test
  void readingOneClassDescribesItsPreconditions() {
    OpenAPI one = new ETagOpenApiReader(ETagFeature.builder().build()).read(LegacyResource.class);
    Operation put = one.getPaths().get("/legacy/{id}").getPut();
    assertEquals("report-only", put.getExtensions().get("x-precondition"));
    assertNotNull(put.getResponses().get("412"));
  }

  /** Adding the module brings no JSON provider that Jersey would register beside the application's own. */
  @Test
  void theModuleBringsNoJsonProviderIntoTheApplication() {
    assertThrows(ClassNotFoundException.class,
        () -> Class.forName("com.fasterxml.jackson.jakarta.rs.json.JacksonJsonProvider"));
  }
}
