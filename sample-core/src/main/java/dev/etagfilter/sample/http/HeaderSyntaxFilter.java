package dev.etagfilter.sample.http;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

/**
 * Before matching: a {@code Content-Type} or {@code Accept} that is not a valid media type (RFC 9110
 * 8.3.1, 12.5.1) gets a 400 problem saying which header is wrong. Without it Jersey answers an empty
 * 400 from deep inside matching, which no exception mapper can see.
 */
@PreMatching
public final class HeaderSyntaxFilter implements ContainerRequestFilter {

  @Override
  public void filter(ContainerRequestContext request) {
    try {
      request.getMediaType();
    } catch (RuntimeException e) {
      request.abortWith(invalid(HttpHeaders.CONTENT_TYPE, "application/json"));
      return;
    }
    try {
      request.getAcceptableMediaTypes();
    } catch (RuntimeException e) {
      request.abortWith(invalid(HttpHeaders.ACCEPT, "application/json"));
    }
  }

  private static Response invalid(String header, String example) {
    return Problem.of(400, "The " + header + " header is not a valid media type. Send e.g. " + header + ": "
            + example + ".")
        .toResponseBuilder()
        .build();
  }
}
