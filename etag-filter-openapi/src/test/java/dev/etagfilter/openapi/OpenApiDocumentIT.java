package dev.etagfilter.openapi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.etagfilter.ETagFeature;
import dev.etagfilter.Enforcement;
import dev.etagfilter.testsupport.jersey.TestServer;
import io.swagger.v3.oas.integration.SwaggerConfiguration;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The document a real server serves at {@code /openapi.json}, parsed by swagger-parser: each
 * operation declares the conditional headers and responses its policy gives it.
 */
class OpenApiDocumentIT {

  private static final String ITEM = "/items/{id}";

  private static TestServer server;
  private static OpenAPI document;

  @BeforeAll
  static void serveAndParse() {
    ETagFeature etags = ETagFeature.builder().withoutLogging().build();
    server = new TestServer(TestServer.jsonApp(ItemResource.class, LegacyResource.class,
        etags, new ETagOpenApiResource(etags, configuration())));
    document = parse(server.get("openapi.json"));
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  /** The served document is valid OpenAPI: swagger-parser reads it with no message. */
  @Test
  void theServedDocumentParsesWithoutMessages() {
    assertTrue(document.getOpenapi().startsWith("3."), document.getOpenapi());
    assertEquals(Set.of("/items", ITEM, "/items/{id}/summary", "/items/{id}/comments", "/legacy/{id}"),
        document.getPaths().keySet());
  }

  /** PUT, PATCH and DELETE require If-Match, listed once even though WriteCondition reads it too. */
  @Test
  void aRequiredWriteRequiresIfMatch() {
    for (Operation write : List.of(op(ITEM, "PUT"), op(ITEM, "PATCH"), op(ITEM, "DELETE"))) {
      assertEquals(1, write.getParameters().stream().filter(p -> p.getName().equals("If-Match")).count());
      assertEquals(Boolean.TRUE, header(write, "If-Match").getRequired());
      assertEquals("required", write.getExtensions().get("x-precondition"));
    }
  }

  /** On a write, If-None-Match is optional and may only be {@code *} (create only). */
  @Test
  void aWriteAcceptsOnlyTheStarAsIfNoneMatch() {
    Parameter ifNoneMatch = header(op(ITEM, "PUT"), "If-None-Match");
    assertFalse(Boolean.TRUE.equals(ifNoneMatch.getRequired()));
    assertEquals(List.of("*"), ifNoneMatch.getSchema().getEnum());
  }

  /** A stale If-Match gets 412 whose body is the current representation: the schema GET returns. */
  @Test
  void aRequiredWriteAnswers412WithTheCurrentRepresentation() {
    for (Operation write : List.of(op(ITEM, "PUT"), op(ITEM, "PATCH"), op(ITEM, "DELETE"))) {
      ApiResponse failed = write.getResponses().get("412");
      assertEquals("#/components/schemas/Item", failed.getContent().get("application/json").getSchema().get$ref());
      assertNotNull(failed.getHeaders().get("ETag"));
    }
  }

  /** A write without a precondition gets 428 as application/problem+json with the problem schema. */
  @Test
  void aRequiredWriteAnswers428WithAProblem() {
    ApiResponse required = op(ITEM, "PUT").getResponses().get("428");
    assertEquals("#/components/schemas/PreconditionProblem",
        required.getContent().get("application/problem+json").getSchema().get$ref());
    Schema<?> problem = document.getComponents().getSchemas().get("PreconditionProblem");
    assertTrue(problem.getProperties().keySet().containsAll(List.of("type", "title", "status", "detail")));
  }

  /** Success responses to PUT, PATCH and POST carry the new ETag; a bodiless one (DELETE, a 204) has none. */
  @Test
  void aSuccessfulWriteCarriesTheNewETag() {
    assertNotNull(op(ITEM, "PUT").getResponses().get("default").getHeaders().get("ETag"));
    assertNotNull(op(ITEM, "PATCH").getResponses().get("default").getHeaders().get("ETag"));
    assertNotNull(op("/items", "POST").getResponses().get("201").getHeaders().get("ETag"));
    for (Operation bodiless : List.of(op(ITEM, "DELETE"), op("/items/{id}/comments", "POST"))) {
      ApiResponse success = bodiless.getResponses().get("default");
      assertTrue(success.getHeaders() == null || !success.getHeaders().containsKey("ETag"));
    }
  }

  /** A read with entity tags takes If-None-Match (optional), answers 304, and sends ETag. */
  @Test
  void aReadAnswersIfNoneMatchWith304() {
    for (Operation read : List.of(op(ITEM, "GET"), op("/items", "GET"))) {
      assertFalse(Boolean.TRUE.equals(header(read, "If-None-Match").getRequired()));
      assertNotNull(read.getResponses().get("304").getHeaders().get("ETag"));
      assertNotNull(read.getResponses().get("default").getHeaders().get("ETag"));
      assertNull(read.getResponses().get("412"));
    }
  }

  /** A read whose entity tags are off ({@code ETagKind.NONE}) declares no conditional part. */
  @Test
  void aReadWithoutEntityTagsDeclaresNoConditionalPart() {
    Operation summary = op("/items/{id}/summary", "GET");
    assertNull(headerOrNull(summary, "If-None-Match"));
    assertNull(summary.getResponses().get("304"));
  }

  /** A POST that creates through the collection needs no precondition: no If-Match, 412 or 428. */
  @Test
  void aCreateThroughTheCollectionNeedsNoPrecondition() {
    Operation create = op("/items", "POST");
    assertEquals("not-required", create.getExtensions().get("x-precondition"));
    assertNull(headerOrNull(create, "If-Match"));
    assertNull(create.getResponses().get("412"));
    assertNull(create.getResponses().get("428"));
  }

  /** An opted-out write says so, with its reason, and declares no precondition. */
  @Test
  void anOptedOutWriteSaysSoWithItsReason() {
    Operation comment = op("/items/{id}/comments", "POST");
    assertEquals("opted-out", comment.getExtensions().get("x-precondition"));
    assertTrue(comment.getDescription().contains("opted out"), comment.getDescription());
    assertTrue(comment.getDescription().contains("appending a comment cannot lose anyone's update"));
    assertNull(headerOrNull(comment, "If-Match"));
    assertNull(comment.getResponses().get("428"));
  }

  /** A report-only write says so: If-Match optional, a stale one still 412, and no 428. */
  @Test
  void aReportOnlyWriteSaysSoAndDoesNotRequireIfMatch() {
    Operation legacy = op("/legacy/{id}", "PUT");
    assertEquals("report-only", legacy.getExtensions().get("x-precondition"));
    assertTrue(legacy.getDescription().contains("report-only"), legacy.getDescription());
    assertFalse(Boolean.TRUE.equals(header(legacy, "If-Match").getRequired()));
    assertEquals("#/components/schemas/Item",
        legacy.getResponses().get("412").getContent().get("application/json").getSchema().get$ref());
    assertNull(legacy.getResponses().get("428"));
  }

  /** The document follows the feature's own options, as its filters do: a report-only feature. */
  @Test
  void theDocumentFollowsTheFeaturesOptions() {
    ETagFeature reportOnly = ETagFeature.builder().enforcement(Enforcement.REPORT_ONLY).withoutLogging().build();
    try (TestServer other = new TestServer(TestServer.jsonApp(ItemResource.class,
        reportOnly, new ETagOpenApiResource(reportOnly, configuration())))) {
      Operation put = parse(other.get("openapi.json")).getPaths().get(ITEM).getPut();
      assertEquals("report-only", put.getExtensions().get("x-precondition"));
      assertNull(put.getResponses().get("428"));
    }
  }

  /** {@code /openapi.yaml} serves the same document. */
  @Test
  void theDocumentIsServedAsYamlToo() {
    HttpResponse<String> yaml = server.get("openapi.yaml");
    assertEquals("application/yaml", yaml.headers().firstValue("Content-Type").orElse(""));
    OpenAPI fromYaml = parse(yaml);
    assertEquals(document.getPaths().get(ITEM).getPut(), fromYaml.getPaths().get(ITEM).getPut());
  }

  /** The document's info, which OpenAPI requires and only the application can give. */
  private static SwaggerConfiguration configuration() {
    return new SwaggerConfiguration().prettyPrint(true)
        .openAPI(new OpenAPI().info(new Info().title("Items").version("1.0")));
  }

  private static OpenAPI parse(HttpResponse<String> response) {
    assertEquals(200, response.statusCode(), response.body());
    SwaggerParseResult result = new OpenAPIV3Parser().readContents(response.body(), null, null);
    assertEquals(List.of(), result.getMessages());
    return result.getOpenAPI();
  }

  private static Operation op(String path, String method) {
    PathItem item = document.getPaths().get(path);
    assertNotNull(item, path);
    Operation operation = item.readOperationsMap().get(PathItem.HttpMethod.valueOf(method));
    assertNotNull(operation, method + " " + path);
    return operation;
  }

  private static Parameter header(Operation operation, String name) {
    Parameter parameter = headerOrNull(operation, name);
    assertNotNull(parameter, name + " on " + operation.getOperationId());
    return parameter;
  }

  private static Parameter headerOrNull(Operation operation, String name) {
    if (operation.getParameters() == null) {
      return null;
    }
    return operation.getParameters().stream()
        .filter(p -> "header".equals(p.getIn()) && name.equals(p.getName()))
        .findFirst().orElse(null);
  }

}
