package dev.etagfilter.sample.resteasy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.etagfilter.sample.SampleConfig;
import dev.etagfilter.testsupport.HttpTestClient;
import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.net.http.HttpResponse;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Security answers first on RESTEasy too: real authentication (401) and authorization (403) filters
 * at their standard priorities come before every precondition rule of the feature, its pre-check
 * included, so a caller who may not write learns nothing about versions.
 */
class SecurityFirstOnResteasyTest {

  private static final String SHIRT = "{\"name\":\"T-shirt\",\"color\":\"red\",\"size\":\"M\",\"price\":12.50}";
  private static SampleServer server;
  private static HttpTestClient client;

  /** Bearer tokens naming a user, as a real authentication filter would resolve them. */
  @Priority(Priorities.AUTHENTICATION)
  public static final class BearerAuthentication implements ContainerRequestFilter {
    @Override
    public void filter(ContainerRequestContext request) {
      String authorization = request.getHeaderString(HttpHeaders.AUTHORIZATION);
      if (authorization == null || !Set.of("Bearer alice", "Bearer bob").contains(authorization)) {
        request.abortWith(Response.status(401).header(HttpHeaders.WWW_AUTHENTICATE, "Bearer").build());
      }
    }
  }

  /** Only alice may change items. */
  @Priority(Priorities.AUTHORIZATION)
  public static final class EditorsOnly implements ContainerRequestFilter {
    @Override
    public void filter(ContainerRequestContext request) {
      boolean write = !Set.of("GET", "HEAD", "OPTIONS").contains(request.getMethod());
      if (write && !"Bearer alice".equals(request.getHeaderString(HttpHeaders.AUTHORIZATION))) {
        request.abortWith(Response.status(403).build());
      }
    }
  }

  @BeforeAll
  static void start() {
    server = SampleServer.start(SampleConfig.defaults().withPort(0).withJdbcUrl("jdbc:h2:mem:security;DB_CLOSE_DELAY=-1"),
        new BearerAuthentication(), new EditorsOnly());
    client = new HttpTestClient(server.baseUri());
    assertEquals(201, client.put("items/shirt", SHIRT, "If-None-Match", "*", "Authorization", "Bearer alice").statusCode());
    assertEquals(200, client.put("items/shirt", SHIRT.replace("red", "blue"), "If-Match", "\"1\"",
        "Authorization", "Bearer alice").statusCode());
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  /** A write with no credentials gets 401, not the 428 its missing If-Match would get. */
  @Test
  void unauthenticatedWriteGets401NotPreconditionRequired() {
    assertEquals(401, client.put("items/shirt", SHIRT).statusCode());
  }

  /** A malformed If-Match from an unauthenticated caller is a 401, not a 400. */
  @Test
  void unauthenticatedMalformedIfMatchGets401NotBadRequest() {
    assertEquals(401, client.put("items/shirt", SHIRT, "If-Match", "1").statusCode());
  }

  /** A forbidden caller with a stale If-Match gets 403, never the pre-check's 412 with the item. */
  @Test
  void forbiddenStaleWriteGets403WithoutTheRepresentation() {
    HttpResponse<String> response = client.put("items/shirt", SHIRT, "If-Match", "\"1\"", "Authorization", "Bearer bob");
    assertEquals(403, response.statusCode());
    assertFalse(response.body().contains("blue"), response.body());
    assertTrue(response.headers().firstValue("ETag").isEmpty());
  }

  /** The same stale write from the editor gets the 412 with the current item and its ETag. */
  @Test
  void allowedStaleWriteGets412WithTheRepresentation() {
    HttpResponse<String> response =
        client.put("items/shirt", SHIRT, "If-Match", "\"1\"", "Authorization", "Bearer alice");
    assertEquals(412, response.statusCode());
    assertTrue(response.body().contains("blue"), response.body());
    assertEquals("\"2\"", response.headers().firstValue("ETag").orElseThrow());
  }
}
