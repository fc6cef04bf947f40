package dev.etagfilter.sample;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.etagfilter.sample.jersey.SampleServer;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * GET /openapi.json, read back by swagger-parser: every protected operation of the sample declares
 * If-Match / If-None-Match, ETag and its 304 / 412 / 428, as the library's policy applies them.
 */
class OpenApiDocumentTest {

  private static final String ITEM = "/items/{id}";
  private static final String RESTORE = "/items/{id}/versions/{version}/restore";
  private static final String ITEM_SCHEMA = "#/components/schemas/ItemRepresentation";
  private static final String PROBLEM_SCHEMA = "#/components/schemas/PreconditionProblem";

  private static SampleServer server;
  private static TestClient http;
  private static OpenAPI document;

  @BeforeAll
  static void serveAndParse() {
    server = SampleServer.start(SampleConfig.defaults().withPort(0).withJdbcUrl("jdbc:h2:mem:openapi;DB_CLOSE_DELAY=-1"));
    http = new TestClient(server.baseUri());
    document = parse(http.get("openapi.json"));
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  /** The served document is valid OpenAPI 3 (no parser message) and describes the item API, not the edit page. */
  @Test
  void theDocumentParsesWithoutMessages() {
    assertTrue(document.getOpenapi().startsWith("3."), document.getOpenapi());
    assertTrue(document.getPaths().keySet().containsAll(List.of("/items", ITEM, RESTORE, "/mergeable-items/{id}")));
    assertNull(document.getPaths().get("/"), "the edit page is no API operation");
  }

  /** A PUT must name the version it replaces: If-Match required, If-None-Match only {@code *}. */
  @Test
  void putRequiresIfMatchAndAcceptsIfNoneMatchStar() {
    Operation put = op(ITEM, "PUT");
    assertEquals(Boolean.TRUE, header(put, "If-Match").getRequired());
    Parameter ifNoneMatch = header(put, "If-None-Match");
    assertFalse(Boolean.TRUE.equals(ifNoneMatch.getRequired()));
    assertEquals(List.of("*"), ifNoneMatch.getSchema().getEnum());
    assertEquals("required", put.getExtensions().get("x-precondition"));
  }

  /** A PUT answers its new ETag (200, and 201 when it creates with If-None-Match: *). */
  @Test
  void putAnswersTheNewETag() {
    Operation put = op(ITEM, "PUT");
    for (String status : List.of("200", "201")) {
      ApiResponse success = put.getResponses().get(status);
      assertNotNull(success.getHeaders().get("ETag"), status);
      assertEquals(ITEM_SCHEMA, schemaRef(success, "application/json"));
    }
  }

  /** A stale PUT gets 412 with the current item (the item's schema) and its ETag. */
  @Test
  void putAnswers412WithTheCurrentItem() {
    ApiResponse failed = op(ITEM, "PUT").getResponses().get("412");
    assertEquals(ITEM_SCHEMA, schemaRef(failed, "application/json"));
    assertNotNull(failed.getHeaders().get("ETag"));
  }

  /** A PUT without a precondition gets 428 as a problem, whose schema has the RFC 9457 members. */
  @Test
  void putAnswers428WithAProblem() {
    assertEquals(PROBLEM_SCHEMA, schemaRef(op(ITEM, "PUT").getResponses().get("428"), "application/problem+json"));
    Schema<?> problem = document.getComponents().getSchemas().get("PreconditionProblem");
    assertTrue(problem.getProperties().keySet().containsAll(List.of("type", "title", "status", "detail")));
  }

  /** A GET of an item takes If-None-Match, answers 304 with the ETag, and sends the ETag with the item. */
  @Test
  void getAnswers304AndTheETag() {
    Operation get = op(ITEM, "GET");
    assertFalse(Boolean.TRUE.equals(header(get, "If-None-Match").getRequired()));
    assertNotNull(get.getResponses().get("304").getHeaders().get("ETag"));
    ApiResponse ok = get.getResponses().get("200");
    assertNotNull(ok.getHeaders().get("ETag"));
    assertEquals(ITEM_SCHEMA, schemaRef(ok, "application/json"));
    assertNull(get.getRequestBody(), "a GET has no body");
  }

  /** A restore is a write too: If-Match required, 412 with the current item, 428. */
  @Test
  void restoreRequiresIfMatch() {
    Operation restore = op(RESTORE, "POST");
    assertEquals(Boolean.TRUE, header(restore, "If-Match").getRequired());
    assertEquals(ITEM_SCHEMA, schemaRef(restore.getResponses().get("412"), "application/json"));
    assertNotNull(restore.getResponses().get("428"));
  }

  /** The list is tagged from a hash of its bytes: ETag on the list and on its 304. */
  @Test
  void theListCarriesAnETag() {
    Operation list = op("/items", "GET");
    assertNotNull(list.getResponses().get("default").getHeaders().get("ETag"));
    assertNotNull(list.getResponses().get("304").getHeaders().get("ETag"));
  }

  /** A create through the collection needs no precondition: no If-Match, 412 or 428. */
  @Test
  void createNeedsNoPrecondition() {
    Operation create = op("/items", "POST");
    assertEquals("not-required", create.getExtensions().get("x-precondition"));
    assertNull(headerOrNull(create, "If-Match"));
    assertNull(create.getResponses().get("428"));
  }

  /** {@code /openapi.yaml} serves the same document. */
  @Test
  void theYamlDocumentIsTheSame() {
    HttpResponse<String> yaml = http.get("openapi.yaml");
    assertEquals("application/yaml", yaml.headers().firstValue("Content-Type").orElse(""));
    assertEquals(document, parse(yaml));
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

  private static String schemaRef(ApiResponse response, String mediaType) {
    assertNotNull(response.getContent(), response.getDescription());
    assertNotNull(response.getContent().get(mediaType), mediaType + " in " + response.getContent().keySet());
    return response.getContent().get(mediaType).getSchema().get$ref();
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
    List<Parameter> found = operation.getParameters().stream()
        .filter(p -> "header".equals(p.getIn()) && name.equals(p.getName()))
        .toList();
    assertTrue(found.size() <= 1, name + " listed " + found.size() + " times on " + operation.getOperationId());
    return found.isEmpty() ? null : found.get(0);
  }
}
