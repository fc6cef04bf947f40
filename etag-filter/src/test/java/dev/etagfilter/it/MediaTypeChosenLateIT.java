package dev.etagfilter.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.etagfilter.ETagFeature;
import dev.etagfilter.testsupport.jersey.TestServer;
import jakarta.annotation.Priority;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A runtime may choose the media type of a {@link Response} built without one only after the
 * response filters have run: quarkus-rest does, so its filters see no media type, where Jersey's see
 * the negotiated one. The method's own {@code @Produces} is then the type the body is written in,
 * for its hash tag and for the answer kept under its {@code Idempotency-Key}. Here a filter that runs
 * before the feature's takes the negotiated type away, as quarkus-rest would not have chosen it yet.
 */
class MediaTypeChosenLateIT {

  private static final List<String> LEDGER = new CopyOnWriteArrayList<>();
  private static TestServer server;

  /** Appends entries, answering with a Response that names no media type (as the sample's writes do). */
  @Path("ledger")
  @Produces(MediaType.APPLICATION_JSON)
  public static final class LedgerResource {
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response append(Map<String, String> entry) {
      LEDGER.add(entry.get("text"));
      return Response.status(Response.Status.CREATED)
          .entity(Map.of("number", LEDGER.size(), "text", entry.get("text"))).build();
    }
  }

  /** Runs before the feature's response filter (descending priorities) and leaves the type unchosen. */
  @Priority(Priorities.USER)
  public static final class TypeNotChosenYet implements ContainerResponseFilter {
    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
      response.getHeaders().remove(HttpHeaders.CONTENT_TYPE);
    }
  }

  @BeforeAll
  static void start() {
    server = new TestServer(TestServer.jsonApp(
        new LedgerResource(), TypeNotChosenYet.class, ETagFeature.builder().withoutLogging().build()));
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @BeforeEach
  void clear() {
    LEDGER.clear();
  }

  private static HttpResponse<String> append(String text, String key) {
    HttpRequest.Builder post = server.request("ledger").header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString("{\"text\":\"" + text + "\"}"));
    if (key != null) {
      post.header("Idempotency-Key", key);
    }
    return server.send(post.build());
  }

  /** The answer is kept in the method's media type: a double-submitted POST creates once. */
  @Test
  void doubleSubmittedPostCreatesOnce() {
    HttpResponse<String> first = append("lamp", "k-late-1");
    HttpResponse<String> second = append("lamp", "k-late-1");
    assertEquals(201, first.statusCode(), first.body());
    assertEquals(201, second.statusCode(), second.body());
    assertEquals(first.body(), second.body());
    assertEquals(List.of("lamp"), LEDGER);
  }

  /** The body is hashed as written in the method's media type: the write's answer carries its tag. */
  @Test
  void responseWithoutAChosenTypeIsTaggedByItsHash() {
    HttpResponse<String> created = append("chair", null);
    assertEquals(201, created.statusCode(), created.body());
    assertTrue(created.headers().firstValue("ETag").isPresent(), "an ETag on " + created.headers().map());
    assertEquals("application/json", created.headers().firstValue("Content-Type").orElse(""));
  }
}
