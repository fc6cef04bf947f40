package dev.etagfilter.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import dev.etagfilter.ETagFeature;
import dev.etagfilter.testsupport.jersey.TestServer;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ContextResolver;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** Behaviours that need their own app: concurrency, options, registration, cooperation with other providers. */
class FeatureBehaviourIT {

  private static TestServer serve(WidgetStore store, Object... extra) {
    List<Object> components = new ArrayList<>(List.of(new WidgetResource(store)));
    components.addAll(List.of(extra));
    return new TestServer(TestServer.jsonApp(components.toArray()));
  }

  private static WidgetStore storeWith(Widget widget) {
    WidgetStore store = new WidgetStore();
    store.put(widget);
    return store;
  }

  /**
   * 16 clients send the same If-Match PUT at once: exactly one wins, fifteen get 412, and the stored
   * state is the winner's. The filter alone could not do this; the compare-and-set does.
   */
  @Test
  void concurrentWritersWithSameIfMatchHaveExactlyOneWinner() throws Exception {
    WidgetStore store = storeWith(new Widget("a", "start", 1));
    int writers = 16;
    try (TestServer server = serve(store, ETagFeature.builder().withoutLogging().build())) {
      CyclicBarrier barrier = new CyclicBarrier(writers);
      ExecutorService pool = Executors.newFixedThreadPool(writers);
      List<Future<HttpResponse<String>>> results = new ArrayList<>();
      for (int i = 0; i < writers; i++) {
        String body = "{\"name\":\"writer-" + i + "\"}";
        Callable<HttpResponse<String>> write = () -> {
          barrier.await(10, TimeUnit.SECONDS);
          return server.put("widgets/a", body, "If-Match", "\"1\"");
        };
        results.add(pool.submit(write));
      }
      List<String> winners = new ArrayList<>();
      int refused = 0;
      for (Future<HttpResponse<String>> result : results) {
        HttpResponse<String> response = result.get(30, TimeUnit.SECONDS);
        if (response.statusCode() == 200) {
          winners.add(response.body());
        } else {
          assertEquals(412, response.statusCode(), response.body());
          refused++;
        }
      }
      pool.shutdown();
      assertEquals(1, winners.size());
      assertEquals(writers - 1, refused);
      assertEquals(winners.get(0), server.get("widgets/a").body(), "final state equals the winner");
      assertEquals(2, store.find("a").orElseThrow().getVersion());
    }
  }

  /** Each JSON-hash response serializes its entity exactly once: hashing reuses the bytes it sends. */
  @Test
  void jsonHashSerializesOncePerResponse() {
    try (TestServer server = serve(storeWith(new Widget("a", "x", 1)), ETagFeature.builder().withoutLogging().build())) {
      for (String[] request : new String[][] {{"widgets/a/hashed"}, {"widgets"}, {"widgets/a/hashed", "If-Match", "\"stale\""}}) {
        int before = Widget.SERIALIZATIONS.get();
        HttpResponse<String> response = request.length == 1
            ? server.get(request[0]) : server.get(request[0], request[1], request[2]);
        assertTrue(response.statusCode() == 200 || response.statusCode() == 412);
        assertEquals(1, Widget.SERIALIZATIONS.get() - before, () -> "serializations for " + List.of(request));
      }
      int before = Widget.SERIALIZATIONS.get();
      assertEquals(304, server.get("widgets", "If-None-Match", server.get("widgets").headers().firstValue("ETag").orElseThrow()).statusCode());
      assertEquals(2, Widget.SERIALIZATIONS.get() - before, "one per response, the 304 included");
    }
  }

  /** JSON hashes use the application's ObjectMapper from its ContextResolver, and send its output. */
  @Test
  void jsonHashUsesTheApplicationsObjectMapper() {
    ObjectMapper snakeCase = new ObjectMapper().setPropertyNamingStrategy(PropertyNamingStrategies.UPPER_SNAKE_CASE);
    ContextResolver<ObjectMapper> resolver = new MapperResolver(snakeCase);
    try (TestServer server = serve(storeWith(new Widget("a", "x", 1)), resolver, ETagFeature.builder().withoutLogging().build())) {
      HttpResponse<String> response = server.get("widgets/a/hashed");
      assertTrue(response.body().contains("\"VERSION\":1"), response.body());
    }
  }

  /** The optional pre-check answers a stale write with 412 before the resource method runs. */
  @Test
  void preCheckRejectsStaleWriteBeforeTheMethodRuns() {
    WidgetStore store = storeWith(new Widget("a", "x", 5));
    AtomicInteger loads = new AtomicInteger();
    ETagFeature feature = ETagFeature.builder().withoutLogging()
        .preCheck(WidgetResource.class, uri -> {
          loads.incrementAndGet();
          return store.find(uri.getPathParameters().getFirst("id")).orElse(null);
        })
        .build();
    CountingResource counting = new CountingResource();
    try (TestServer server = new TestServer(TestServer.jsonApp(new WidgetResource(store), counting, feature))) {
      HttpResponse<String> stale = server.put("widgets/a", "{\"name\":\"y\"}", "If-Match", "\"4\"");
      assertEquals(412, stale.statusCode());
      assertEquals(server.get("widgets/a").body(), stale.body());
      assertEquals("\"5\"", stale.headers().firstValue("ETag").orElseThrow());
      assertEquals(1, loads.get());
      assertEquals(200, server.put("widgets/a", "{\"name\":\"y\"}", "If-Match", "\"5\"").statusCode());
      assertEquals(2, loads.get());
      assertEquals("y", store.find("a").orElseThrow().getName());
    }
  }

  /** Registering the feature twice changes nothing: one ETag, one 428. */
  @Test
  void registeringTwiceHasNoFurtherEffect() {
    try (TestServer server = serve(storeWith(new Widget("a", "x", 1)), ETagFeature.class, new ETagFeature())) {
      HttpResponse<String> response = server.get("widgets/a");
      assertEquals(List.of("\"1\""), response.headers().allValues("ETag"));
      assertEquals(428, server.put("widgets/a", "{}").statusCode());
    }
  }

  /** A subclass with options of its own, the way a runtime that takes no instances registers it. */
  public static final class PutOnlyETags extends ETagFeature {
    public PutOnlyETags() {
      super(ETagFeature.builder().requirePreconditionOn("PUT"));
    }
  }

  /**
   * A second registration with different options is reported, not silently dropped: the deployment
   * fails, naming both. (Jersey itself keeps only the first of two instances of one class, with a
   * warning of its own; two classes both reach the feature.)
   */
  @Test
  void secondDifferentlyConfiguredRegistrationFailsDeployment() {
    RuntimeException failure = org.junit.jupiter.api.Assertions.assertThrows(RuntimeException.class,
        () -> serve(storeWith(new Widget("a", "x", 1)), new ETagFeature(), PutOnlyETags.class).close());
    StringBuilder messages = new StringBuilder();
    for (Throwable t = failure; t != null; t = t.getCause()) {
      messages.append(t.getMessage()).append(' ');
    }
    assertTrue(messages.toString().contains("registered twice with different options"), messages::toString);
  }

  /** An ETag the resource sets itself is kept and used for If-None-Match. */
  @Test
  void resourceSetETagIsRespected() {
    CountingResource counting = new CountingResource();
    try (TestServer server = serve(new WidgetStore(), counting, ETagFeature.class)) {
      assertEquals("\"own\"", server.get("counting/own").headers().firstValue("ETag").orElseThrow());
      assertEquals(304, server.get("counting/own", "If-None-Match", "\"own\"").statusCode());
    }
  }

  /** Exposed headers set by another CORS filter are kept, and ETag is added once. */
  @Test
  void corsExposeHeadersAreMerged() {
    ContainerResponseFilter cors = (req, res) -> exposeLocation(res);
    try (TestServer server = serve(storeWith(new Widget("a", "x", 1)), cors, ETagFeature.class)) {
      HttpResponse<String> response = server.get("widgets/a", "Origin", "https://app.example");
      assertEquals(List.of("Location, ETag"), response.headers().allValues("Access-Control-Expose-Headers"));
    }
  }

  private static void exposeLocation(ContainerResponseContext response) {
    response.getHeaders().add("Access-Control-Expose-Headers", "Location");
  }

  /** A resource that counts its invocations and sets its own ETag. */
  @Path("counting")
  public static class CountingResource {
    final AtomicInteger puts = new AtomicInteger();

    @GET
    @Path("own")
    @Produces(MediaType.APPLICATION_JSON)
    public Response own() {
      return Response.ok("{}").tag("own").build();
    }

    @PUT
    @Path("{id}")
    public Response put(@PathParam("id") String id) {
      puts.incrementAndGet();
      return Response.noContent().build();
    }
  }

  /**
   * The resource's WriteCondition reads the headers within the feature's configured limits, not the
   * defaults: 80 tags pass a feature that allows 100, and the write goes through; the default (64)
   * answers the same request with 400.
   */
  @Test
  void writeConditionUsesTheFeaturesConfiguredLimits() {
    StringBuilder tags = new StringBuilder();
    for (int i = 100; i < 179; i++) {
      tags.append('"').append(i).append("\", ");
    }
    tags.append("\"1\"");
    try (TestServer server = serve(storeWith(new Widget("a", "start", 1)),
        ETagFeature.builder().maxEntityTags(100).withoutLogging().build())) {
      assertEquals(200, server.put("widgets/a", "{\"name\":\"x\"}", "If-Match", tags.toString()).statusCode());
    }
    try (TestServer server = serve(storeWith(new Widget("a", "start", 1)), ETagFeature.builder().withoutLogging().build())) {
      assertEquals(400, server.put("widgets/a", "{\"name\":\"x\"}", "If-Match", tags.toString()).statusCode());
    }
  }

  /** Supplies one ObjectMapper, as applications do. */
  @jakarta.ws.rs.ext.Provider
  static final class MapperResolver implements ContextResolver<ObjectMapper> {
    private final ObjectMapper mapper;

    MapperResolver(ObjectMapper mapper) {
      this.mapper = mapper;
    }

    @Override
    public ObjectMapper getContext(Class<?> type) {
      return mapper;
    }
  }
}
