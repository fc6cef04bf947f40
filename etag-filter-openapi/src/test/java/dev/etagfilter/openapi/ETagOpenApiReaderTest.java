package dev.etagfilter.openapi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.etagfilter.ETagFeature;
import dev.etagfilter.ReadCondition;
import dev.etagfilter.WriteCondition;
import io.swagger.v3.jaxrs2.Reader;
import io.swagger.v3.jaxrs2.integration.JaxrsOpenApiContextBuilder;
import io.swagger.v3.oas.integration.SwaggerConfiguration;
import io.swagger.v3.oas.integration.api.OpenApiContext;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
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

  /**
   * The library's bean parameters are no request body: a GET taking {@code @BeanParam ReadCondition}
   * (in which Jackson sees no property, so swagger-core would take it for the body) declares none, and
   * its If-None-Match once, as the policy describes it.
   */
  @Test
  void theLibrarysConditionBeansAreNoRequestBody() {
    OpenAPI document = new ETagOpenApiReader(ETagFeature.builder().build()).read(ConditionBeans.class);
    Operation get = document.getPaths().get("/beans/{id}").getGet();
    Operation delete = document.getPaths().get("/beans/{id}").getDelete();

    assertNull(get.getRequestBody());
    assertNull(delete.getRequestBody());
    assertEquals(1, get.getParameters().stream().filter(p -> p.getName().equals("If-None-Match")).count());
    assertNotNull(get.getResponses().get("304"));
  }

  /** A read and a write that take the library's conditions as bean parameters, as its javadoc shows. */
  @Path("beans/{id}")
  public static class ConditionBeans {

    @GET
    public Response get(@PathParam("id") String id, @BeanParam ReadCondition read) {
      return read.respond(1L, () -> id);
    }

    @DELETE
    public Response delete(@PathParam("id") String id, @BeanParam WriteCondition condition) {
      return Response.noContent().build();
    }
  }

  /** Adding the module brings no JSON provider that Jersey would register beside the application's own. */
  @Test
  void theModuleBringsNoJsonProviderIntoTheApplication() {
    assertThrows(ClassNotFoundException.class,
        () -> Class.forName("com.fasterxml.jackson.jakarta.rs.json.JacksonJsonProvider"));
  }
}
