package dev.etagfilter.sample.http;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import java.util.Set;

/**
 * Turns the errors Jersey raises itself (no such path 404, method not allowed 405, not acceptable
 * 406, unsupported media type 415, and any other {@link WebApplicationException} without a body)
 * into problem responses that say what to send instead, keeping headers such as {@code Allow}.
 */
public final class WebApplicationProblemMapper implements ExceptionMapper<WebApplicationException> {

  /** RFC 5789 3.1: a 415 to a PATCH tells the client which patch formats are accepted. */
  static final String ACCEPT_PATCH = "Accept-Patch";

  static final String MERGE_PATCH = JsonObjectBodyReader.MERGE_PATCH_JSON;

  /** Entity headers of the original response that describe a body we replace. */
  private static final Set<String> DROPPED = Set.of("content-type", "content-length");

  @Context private Request request;
  @Context private HttpHeaders headers;

  @Override
  public Response toResponse(WebApplicationException exception) {
    Response original = exception.getResponse();
    if (original.getEntity() instanceof Problem) {
      return original;
    }
    int status = original.getStatus();
    Response.ResponseBuilder answer = Problem.of(status, detail(status, original)).toResponseBuilder();
    original.getHeaders().forEach((name, values) -> {
      if (!DROPPED.contains(name.toLowerCase())) {
        values.forEach(value -> answer.header(name, value));
      }
    });
    if (status == 415 && "PATCH".equals(method())) {
      answer.header(ACCEPT_PATCH, MERGE_PATCH);
    }
    return answer.build();
  }

  private String detail(int status, Response original) {
    return switch (status) {
      case 404 -> "Nothing is here. The items are at /items and /items/{id} (their history at /items/{id}/versions),"
          + " the mergeable ones at /mergeable-items; the conflict counts at /admin/conflicts.";
      case 405 -> method() + " is not supported on this path. Allowed: " + allowed(original) + ".";
      case 406 -> "This resource only answers with application/json. Send Accept: application/json or no Accept header.";
      case 415 -> unsupportedMediaType();
      default -> original.getStatusInfo().getReasonPhrase() + ".";
    };
  }

  private String unsupportedMediaType() {
    String sent = contentType();
    String got = sent == null ? "no Content-Type" : "Content-Type: " + sent;
    if ("PATCH".equals(method())) {
      return "PATCH takes a JSON merge patch (RFC 7396): send Content-Type: " + MERGE_PATCH + " (this request had "
          + got + ").";
    }
    return method() + " takes a JSON item: send Content-Type: application/json (this request had " + got + ").";
  }

  private static String allowed(Response original) {
    String allow = original.getHeaderString(HttpHeaders.ALLOW);
    return allow == null || allow.isBlank() ? "see the API description in the README" : allow;
  }

  private String method() {
    try {
      return request.getMethod();
    } catch (RuntimeException e) {
      return "This method";
    }
  }

  private String contentType() {
    try {
      return headers.getHeaderString(HttpHeaders.CONTENT_TYPE);
    } catch (RuntimeException e) {
      return null;
    }
  }
}
