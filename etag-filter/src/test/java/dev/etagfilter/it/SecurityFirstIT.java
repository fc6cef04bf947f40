package dev.etagfilter.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.etagfilter.ETagFeature;
import dev.etagfilter.testsupport.jersey.TestServer;
import jakarta.annotation.Priority;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.net.http.HttpResponse;
import java.security.Principal;
import java.util.Map;
import java.util.Set;
import org.glassfish.jersey.server.filter.RolesAllowedDynamicFeature;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Security answers first: authentication (401) and authorization (403) come before any precondition
 * rule, so a caller who may not write never learns about versions, and no 412 carries a
 * representation to a caller who was not allowed to make the request.
 */
class SecurityFirstIT {

  private static final WidgetStore STORE = new WidgetStore();
  private static TestServer server;

  /** Bearer tokens naming a user, as a real authentication filter would resolve them. */
  @Priority(Priorities.AUTHENTICATION)
  public static final class BearerAuthentication implements ContainerRequestFilter {
    private static final Map<String, Set<String>> ROLES = Map.of("alice", Set.of("editor"), "bob", Set.of("viewer"));

    @Override
    public void filter(ContainerRequestContext request) {
      String authorization = request.getHeaderString(HttpHeaders.AUTHORIZATION);
      String user = authorization != null && authorization.startsWith("Bearer ") ? authorization.substring(7) : null;
      if (user == null || !ROLES.containsKey(user)) {
        request.abortWith(Response.status(401).header(HttpHeaders.WWW_AUTHENTICATE, "Bearer").build());
        return;
      }
      Set<String> roles = ROLES.get(user);
      request.setSecurityContext(new SecurityContext() {
        @Override public Principal getUserPrincipal() { return () -> user; }
        @Override public boolean isUserInRole(String role) { return roles.contains(role); }
        @Override public boolean isSecure() { return false; }
        @Override public String getAuthenticationScheme() { return "Bearer"; }
      });
    }
  }

  /** Only editors may change widgets. */
  @RolesAllowed("editor")
  public static final class GuardedWidgetResource extends WidgetResource {
    public GuardedWidgetResource(WidgetStore store) {
      super(store);
    }
  }

  @BeforeAll
  static void start() {
    // The pre-check answers stale writes before the method: it too must come after security.
    ETagFeature feature = ETagFeature.builder().withoutLogging()
        .preCheck(GuardedWidgetResource.class, uri -> STORE.find(uri.getPathParameters().getFirst("id")).orElse(null))
        .build();
    server = new TestServer(TestServer.jsonApp(
        new GuardedWidgetResource(STORE), feature, BearerAuthentication.class, RolesAllowedDynamicFeature.class));
    STORE.put(new Widget("a", "secret plans", 3));
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  /** A write with no credentials gets 401, not 428, even though it sends no precondition either. */
  @Test
  void unauthenticatedWriteGets401NotPreconditionRequired() {
    HttpResponse<String> response = server.put("widgets/a", "{\"name\":\"x\"}");
    assertEquals(401, response.statusCode());
    assertFalse(response.body().contains("If-Match"), response.body());
  }

  /** A malformed If-Match from an unauthenticated caller is still a 401, not a 400. */
  @Test
  void unauthenticatedMalformedIfMatchGets401NotBadRequest() {
    assertEquals(401, server.put("widgets/a", "{\"name\":\"x\"}", "If-Match", "3").statusCode());
  }

  /** A forbidden caller with a stale If-Match gets 403, never a 412 with the current widget. */
  @Test
  void forbiddenStaleWriteGets403WithoutTheRepresentation() {
    HttpResponse<String> response =
        server.put("widgets/a", "{\"name\":\"x\"}", "If-Match", "\"1\"", "Authorization", "Bearer bob");
    assertEquals(403, response.statusCode());
    assertFalse(response.body().contains("secret plans"), response.body());
    assertTrue(response.headers().firstValue("ETag").isEmpty());
  }

  /** The same stale write from an editor gets the 412 with the current widget. */
  @Test
  void allowedStaleWriteGets412WithTheRepresentation() {
    HttpResponse<String> response =
        server.put("widgets/a", "{\"name\":\"x\"}", "If-Match", "\"1\"", "Authorization", "Bearer alice");
    assertEquals(412, response.statusCode());
    assertTrue(response.body().contains("secret plans"), response.body());
    assertEquals("\"3\"", response.headers().firstValue("ETag").orElseThrow());
  }
}
