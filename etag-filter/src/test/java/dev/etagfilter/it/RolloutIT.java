package dev.etagfilter.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.etagfilter.ConflictStatistics;
import dev.etagfilter.ETagFeature;
import dev.etagfilter.ETagKind;
import dev.etagfilter.EndpointPolicy;
import dev.etagfilter.EndpointPolicy.Protection;
import dev.etagfilter.Enforcement;
import dev.etagfilter.PreconditionEvent;
import dev.etagfilter.PreconditionEvent.Type;
import dev.etagfilter.RequirePrecondition;
import dev.etagfilter.testsupport.jersey.TestServer;
import jakarta.persistence.Version;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;

/**
 * Switching the feature on in a live application: report-only, the start-up audit of every write
 * path, no way around the 428 rule, and every outcome reported.
 */
class RolloutIT {

  /** An entity versioned the JPA way, with no annotation of this library. */
  public static final class Order {
    private final String id;
    @Version private final long version;

    public Order(String id, long version) {
      this.id = id;
      this.version = version;
    }

    public String getId() {
      return id;
    }

    public long getVersion() {
      return version;
    }
  }

  @Path("orders")
  @Produces(MediaType.APPLICATION_JSON)
  public static final class OrderResource {
    @GET
    @Path("{id}")
    public Order get(@PathParam("id") String id) {
      return new Order(id, 7);
    }

    @PUT
    @Path("{id}")
    public Response replace(@PathParam("id") String id) {
      return Response.noContent().build();
    }

    @PATCH
    @Path("{id}")
    @RequirePrecondition(enforcement = Enforcement.REPORT_ONLY)
    public Response patch(@PathParam("id") String id) {
      return Response.noContent().build();
    }

    @POST
    @Path("{id}/notes")
    @RequirePrecondition(value = false, reason = "appending a note cannot lose an update")
    public Response note(@PathParam("id") String id) {
      return Response.noContent().build();
    }

    @POST
    public Response create() {
      return Response.noContent().build();
    }
  }

  /** A class whose writes the application has migrated already: enforced even in a report-only app. */
  @Path("migrated")
  @RequirePrecondition
  public static final class MigratedResource {
    @DELETE
    @Path("{id}")
    public Response delete(@PathParam("id") String id) {
      return Response.noContent().build();
    }
  }

  /** A write path opted out with no reason: the strict audit refuses it. */
  @Path("careless")
  public static final class CarelessResource {
    @PUT
    @RequirePrecondition(false)
    public Response put() {
      return Response.noContent().build();
    }
  }

  private static TestServer serve(ETagFeature feature, Object... resources) {
    List<Object> components = new ArrayList<>(List.of(resources));
    components.add(feature);
    return new TestServer(TestServer.jsonApp(components.toArray()));
  }

  private static ETagFeature reportOnly(List<PreconditionEvent> events) {
    return ETagFeature.builder().enforcement(Enforcement.REPORT_ONLY).listener(events::add).withoutLogging().build();
  }

  /** Report-only: a write without a precondition goes through, counted per endpoint and per client. */
  @Test
  void reportOnlyLetsAWriteWithoutPreconditionThroughAndCountsIt() {
    List<PreconditionEvent> events = new CopyOnWriteArrayList<>();
    ETagFeature feature = reportOnly(events);
    try (TestServer server = serve(feature, new OrderResource())) {
      assertEquals(204, server.put("orders/1", "{}", "User-Agent", "mobile-app/2.3").statusCode());
      assertEquals(204, server.put("orders/1", "{}", "User-Agent", "mobile-app/2.3").statusCode());
      assertEquals(204, server.put("orders/2", "{}", "User-Agent", "batch-job").statusCode());
    }
    assertEquals(3, feature.statistics().snapshot().get("PUT /orders/{id}").uncheckedWrite());
    assertEquals(Map.of("mobile-app/2.3", 2L, "batch-job", 1L),
        feature.statistics().uncheckedWrites().get("PUT /orders/{id}"));
    assertEquals(List.of(Type.UNCHECKED_WRITE), events.stream().map(PreconditionEvent::type).distinct().toList());
    assertEquals("batch-job", events.get(2).client());
  }

  /** Report-only: a write that does send If-Match is still evaluated, and a stale one gets 412. */
  @Test
  void reportOnlyStillAnswersAStaleIfMatchWith412() {
    try (TestServer server = serve(reportOnly(new ArrayList<>()), new WidgetResource(storeWithWidget()))) {
      assertEquals(412, server.put("widgets/a", "{\"name\":\"x\"}", "If-Match", "\"1\"").statusCode());
      assertEquals(200, server.put("widgets/a", "{\"name\":\"x\"}", "If-Match", "\"3\"").statusCode());
    }
  }

  /** The method's or class's annotation wins over the application's mode, both ways. */
  @Test
  void annotationsOverrideTheApplicationsEnforcement() {
    try (TestServer server = serve(reportOnly(new ArrayList<>()), new MigratedResource())) {
      assertEquals(428, server.send(server.request("migrated/1").DELETE().build()).statusCode());
    }
    try (TestServer server = serve(ETagFeature.builder().withoutLogging().build(), new OrderResource())) {
      assertEquals(428, server.put("orders/1", "{}").statusCode());
      assertEquals(204, server.send(server.request("orders/1")
          .method("PATCH", java.net.http.HttpRequest.BodyPublishers.ofString("{}")).build()).statusCode());
    }
  }

  /** RFC 6585 3 on PUT: If-None-Match with tags names no expected state, so it is a 428 that says why. */
  @Test
  void ifNoneMatchWithTagsOnPutIsPreconditionRequired() {
    try (TestServer server = serve(ETagFeature.builder().withoutLogging().build(), new OrderResource())) {
      HttpResponse<String> response = server.put("orders/1", "{}", "If-None-Match", "\"anything\"");
      assertEquals(428, response.statusCode());
      assertTrue(response.body().contains("sent If-None-Match with entity tags"), response.body());
      assertEquals(204, server.put("orders/1", "{}", "If-None-Match", "*").statusCode());
    }
  }

  /** Every write that goes through without a tag check is reported: If-Match: *, opted out. */
  @Test
  void writesWithoutATagCheckAreReportedAsSuch() {
    List<PreconditionEvent> events = new CopyOnWriteArrayList<>();
    ETagFeature feature = ETagFeature.builder().listener(events::add).withoutLogging().build();
    try (TestServer server = serve(feature, new OrderResource())) {
      server.put("orders/1", "{}", "If-Match", "*");
      server.send(server.request("orders/1/notes").POST(java.net.http.HttpRequest.BodyPublishers.noBody()).build());
      server.send(server.request("orders").POST(java.net.http.HttpRequest.BodyPublishers.noBody()).build());
    }
    assertEquals(List.of(Type.FORCED_OVERRIDE, Type.UNCHECKED_WRITE), events.stream().map(PreconditionEvent::type).toList());
    assertEquals("/orders/{id}/notes", events.get(1).pathTemplate());
  }

  /** Listeners get every outcome: passed, not modified, failed, missing, malformed. */
  @Test
  void listenersReceiveEveryOutcome() {
    List<PreconditionEvent> events = new CopyOnWriteArrayList<>();
    ETagFeature feature = ETagFeature.builder().listener(events::add).withoutLogging().build();
    try (TestServer server = serve(feature, new OrderResource())) {
      server.put("orders/1", "{}", "If-Match", "\"7\"");
      server.get("orders/1", "If-None-Match", "\"7\"");
      server.get("orders/1", "If-None-Match", "\"6\"");
      server.put("orders/1", "{}");
      server.put("orders/1", "{}", "If-Match", "7");
    }
    assertEquals(List.of(Type.PASSED, Type.NOT_MODIFIED, Type.PASSED, Type.PRECONDITION_REQUIRED, Type.MALFORMED),
        events.stream().map(PreconditionEvent::type).toList());
  }

  /** The distinct clients counted are bounded; the rest are counted together. */
  @Test
  void clientsCountedAreBounded() {
    ETagFeature feature = ETagFeature.builder().enforcement(Enforcement.REPORT_ONLY).maxTrackedClients(2)
        .clientHeader("X-Client").withoutLogging().build();
    try (TestServer server = serve(feature, new OrderResource())) {
      for (String client : List.of("a", "b", "c", "d")) {
        server.put("orders/1", "{}", "X-Client", client);
      }
      server.put("orders/1", "{}");
    }
    assertEquals(Map.of("a", 1L, "b", 1L, ConflictStatistics.OTHER_CLIENTS, 2L, ConflictStatistics.UNKNOWN_CLIENT, 1L),
        feature.statistics().uncheckedWrites().get("PUT /orders/{id}"));
  }

  /** The audit lists every write path with its method, template, ETag kind, protection and reason. */
  @Test
  void auditListsEveryWritePath() throws Exception {
    List<LogRecord> logged = new CopyOnWriteArrayList<>();
    Logger auditLog = Logger.getLogger("dev.etagfilter.audit");
    Handler capture = new Handler() {
      @Override public void publish(LogRecord record) { logged.add(record); }
      @Override public void flush() {}
      @Override public void close() {}
    };
    auditLog.addHandler(capture);
    ETagFeature feature = reportOnly(new ArrayList<>());
    try (TestServer server = serve(feature, new OrderResource(), new MigratedResource())) {
      assertEquals(List.of(
          new EndpointPolicy("DELETE", "/migrated/{id}", ETagKind.AUTO, Protection.REQUIRED, ""),
          new EndpointPolicy("POST", "/orders", ETagKind.AUTO, Protection.NOT_REQUIRED, ""),
          new EndpointPolicy("PATCH", "/orders/{id}", ETagKind.AUTO, Protection.REPORT_ONLY, ""),
          new EndpointPolicy("PUT", "/orders/{id}", ETagKind.AUTO, Protection.REPORT_ONLY, ""),
          new EndpointPolicy("POST", "/orders/{id}/notes", ETagKind.AUTO, Protection.OPTED_OUT,
              "appending a note cannot lose an update")),
          feature.writePaths());
      long deadline = System.currentTimeMillis() + 5_000;
      while (ofThisApp(logged).isEmpty() && System.currentTimeMillis() < deadline) {
        Thread.sleep(50);
      }
      Thread.sleep(500);
    } finally {
      auditLog.removeHandler(capture);
    }
    // Other tests' applications log their own audits meanwhile; this one's has its /migrated row.
    assertEquals(1, ofThisApp(logged).size(), "one log entry");
    String entry = ofThisApp(logged).get(0);
    assertTrue(entry.startsWith("etag-filter write-path audit: 5 write paths"), entry);
    assertTrue(entry.contains("PUT     /orders/{id}"), entry);
    assertTrue(entry.contains("(appending a note cannot lose an update)"), entry);
  }

  /** The strict audit fails the deployment of a PUT opted out without a reason. */
  @Test
  void strictAuditFailsDeploymentOfAnUnexplainedOptOut() {
    ETagFeature strict = ETagFeature.builder().strictAudit().withoutLogging().build();
    RuntimeException failure = assertThrows(RuntimeException.class, () -> serve(strict, new CarelessResource()).close());
    assertTrue(causeMessages(failure).contains("opts out of preconditions without a reason"), causeMessages(failure));
    serve(ETagFeature.builder().strictAudit().withoutLogging().build(), new OrderResource()).close();
  }

  /** A JPA @Version member gives a version ETag with no annotation of this library. */
  @Test
  void jpaVersionGivesAVersionETag() {
    try (TestServer server = serve(ETagFeature.builder().withoutLogging().build(), new OrderResource())) {
      assertEquals("\"7\"", server.get("orders/1").headers().firstValue("ETag").orElseThrow());
    }
  }

  private static List<String> ofThisApp(List<LogRecord> logged) {
    return logged.stream().map(LogRecord::getMessage).filter(m -> m.contains("/migrated/{id}") && m.contains("/orders/{id}/notes")).toList();
  }

  private static WidgetStore storeWithWidget() {
    WidgetStore store = new WidgetStore();
    store.put(new Widget("a", "first", 3));
    return store;
  }

  private static String causeMessages(Throwable failure) {
    StringBuilder messages = new StringBuilder();
    for (Throwable t = failure; t != null; t = t.getCause()) {
      messages.append(t).append(" | ");
    }
    return messages.toString();
  }
}
