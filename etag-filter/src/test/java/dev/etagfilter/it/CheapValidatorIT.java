package dev.etagfilter.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.etagfilter.ETagFeature;
import dev.etagfilter.ETagKind;
import dev.etagfilter.ETagSource;
import dev.etagfilter.ReadCondition;
import dev.etagfilter.testsupport.jersey.TestServer;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.http.HttpResponse;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A 304 from a cheap validator: the resource looks up only the version, and builds the
 * representation only when it is sent; the tags are the same as the feature makes from the entity.
 */
class CheapValidatorIT {

  private static final WidgetStore STORE = new WidgetStore();
  private static final AtomicInteger BUILT = new AtomicInteger();
  private static TestServer server;

  @Path("cheap")
  @Produces(MediaType.APPLICATION_JSON)
  public static final class CheapResource {
    @GET
    @Path("{id}")
    public Response get(@PathParam("id") String id, @BeanParam ReadCondition read) {
      long version = STORE.find(id).orElseThrow(NotFoundException::new).getVersion();
      return read.respond(version, () -> {
        BUILT.incrementAndGet();
        return STORE.find(id).orElseThrow();
      });
    }

    /** The same, on a method whose ETags are otherwise hashes of the body. */
    @GET
    @Path("{id}/hashed")
    @ETagSource(ETagKind.HASH)
    public Response getHashed(@PathParam("id") String id, @BeanParam ReadCondition read) {
      return get(id, read);
    }
  }

  @BeforeAll
  static void start() {
    server = new TestServer(TestServer.jsonApp(
        new CheapResource(), new WidgetResource(STORE), ETagFeature.builder().withoutLogging().build()));
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @BeforeEach
  void seed() {
    STORE.clear();
    STORE.put(new Widget("a", "first", 3));
    BUILT.set(0);
  }

  /** RFC 9110 15.4.5: the client's version is current: 304 with the ETag, and nothing was built. */
  @Test
  void currentVersionGets304WithoutBuildingTheRepresentation() {
    HttpResponse<String> response = server.get("cheap/a", "If-None-Match", "\"3\"");
    assertEquals(304, response.statusCode());
    assertEquals("\"3\"", response.headers().firstValue("ETag").orElseThrow());
    assertEquals("", response.body());
    assertEquals(0, BUILT.get(), "no representation built for a 304");
  }

  /** A stale copy gets the full 200, tagged exactly as the feature tags the entity elsewhere. */
  @Test
  void staleVersionGetsTheRepresentationWithTheSameTag() {
    HttpResponse<String> cheap = server.get("cheap/a", "If-None-Match", "\"2\"");
    HttpResponse<String> usual = server.get("widgets/a");
    assertEquals(200, cheap.statusCode());
    assertEquals(usual.headers().firstValue("ETag"), cheap.headers().firstValue("ETag"));
    assertEquals(usual.body(), cheap.body());
    assertEquals(1, BUILT.get());
  }

  /** 13.2.2 step 1 first: a stale If-Match is a 412 with the current representation, never a 304. */
  @Test
  void staleIfMatchIsPreconditionFailedNotNotModified() {
    HttpResponse<String> response = server.get("cheap/a", "If-Match", "\"1\"", "If-None-Match", "\"3\"");
    assertEquals(412, response.statusCode());
    assertTrue(response.body().contains("first"), response.body());
  }

  /**
   * On a hash-tagged method the 200 from ReadCondition carries the version's tag, not a hash of the
   * body: else no later If-None-Match could match a version, and every 304 would need the body.
   */
  @Test
  void hashTaggedMethodAnswersItsNextConditionalGetFromTheVersionAlone() {
    HttpResponse<String> first = server.get("cheap/a/hashed");
    assertEquals(200, first.statusCode());
    String etag = first.headers().firstValue("ETag").orElseThrow();
    assertEquals("\"3\"", etag);
    BUILT.set(0);
    HttpResponse<String> again = server.get("cheap/a/hashed", "If-None-Match", etag);
    assertEquals(304, again.statusCode());
    assertEquals(0, BUILT.get(), "no representation built for the 304");
  }
}
