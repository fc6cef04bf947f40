package dev.etagfilter.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.etagfilter.MalformedHeaderException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The library's error bodies, as RFC 9457 problem details ({@code application/problem+json}) that
 * tell a person what to send instead. Written with the library's own mapper, as bytes, so they do
 * not depend on the application's JSON provider.
 */
public final class ProblemResponses {

  /** {@code application/problem+json} (RFC 9457 section 3). */
  public static final MediaType PROBLEM_JSON = new MediaType("application", "problem+json");

  private static final ObjectMapper MAPPER = new ObjectMapper();

  private ProblemResponses() {}

  /** 400 for a malformed or oversized conditional header. */
  static Response malformedHeader(MalformedHeaderException e) {
    Map<String, Object> problem = problem(400, "Bad Request",
        "The " + e.headerName() + " header is malformed: " + e.reason() + ". Send entity tags exactly as"
            + " received in the ETag response header, in double quotes, separated by commas, e.g. "
            + e.headerName() + ": " + e.example() + ".");
    problem.put("header", e.headerName());
    problem.put("example", e.headerName() + ": " + e.example());
    return response(400, problem);
  }

  /** 428 for a write that names no entity tag (RFC 6585 section 3). */
  static Response preconditionRequired(String method) {
    Map<String, Object> problem = problem(428, "Precondition Required",
        method + " requires an If-Match header carrying the ETag of the version you edited, so that"
            + " your change cannot silently overwrite someone else's. GET the resource, keep the value"
            + " of its ETag response header, and send it back, e.g. If-Match: \"7\". To create a"
            + " resource only if it does not exist yet, send If-None-Match: * instead.");
    problem.put("header", "If-Match");
    problem.put("example", "If-Match: \"7\"");
    return response(428, problem);
  }

  /** The body of a 412 when there is no current representation to send. */
  static byte[] absentResourceBody() {
    return bytes(problem(412, "Precondition Failed",
        "The resource does not exist (or no longer does), so the entity tag you sent cannot match."
            + " To create it, send If-None-Match: * instead of If-Match."));
  }

  private static Map<String, Object> problem(int status, String title, String detail) {
    Map<String, Object> problem = new LinkedHashMap<>();
    problem.put("type", "about:blank");
    problem.put("title", title);
    problem.put("status", status);
    problem.put("detail", detail);
    return problem;
  }

  private static Response response(int status, Map<String, Object> problem) {
    return Response.status(status).type(PROBLEM_JSON).entity(bytes(problem)).build();
  }

  private static byte[] bytes(Map<String, Object> problem) {
    try {
      return MAPPER.writeValueAsBytes(problem);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
