package dev.etagfilter.sample.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.URISyntaxException;
import org.glassfish.grizzly.http.server.HttpHandler;
import org.glassfish.grizzly.http.server.Request;
import org.glassfish.grizzly.http.server.Response;

/**
 * Sits in front of Jersey's Grizzly handler and answers a request target that is not a valid URI
 * reference (RFC 3986: a malformed {@code %} escape such as {@code /items/%ZZ}, or a raw {@code |}
 * or {@code {}) with a 400 problem. Jersey's container would fail to build the request URI and
 * Grizzly would answer 500 with an HTML page: bad input must never be a 5xx.
 */
public final class RequestTargetGuard extends HttpHandler {

  private final HttpHandler jersey;
  private final byte[] problem;

  /** Guards {@code jersey}; {@code mapper} writes the problem body once. */
  public RequestTargetGuard(HttpHandler jersey, ObjectMapper mapper) {
    this.jersey = jersey;
    try {
      this.problem = mapper.writeValueAsBytes(Problem.of(400,
          "The request target is not a valid URI (RFC 3986): a '%' must be followed by two hex digits, and"
              + " characters such as space, '|', '{' or '}' must be percent-encoded."));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  @Override
  public void service(Request request, Response response) throws Exception {
    if (!isValidTarget(request.getRequestURI(), request.getQueryString())) {
      response.setStatus(400);
      response.setContentType(Problem.MEDIA_TYPE.toString());
      response.setContentLength(problem.length);
      response.getOutputStream().write(problem);
      return;
    }
    jersey.service(request, response);
  }

  @Override
  public void start() {
    jersey.start();
  }

  @Override
  public void destroy() {
    jersey.destroy();
  }

  /** Whether the raw path and query form a URI that Jersey can build. */
  static boolean isValidTarget(String rawPath, String rawQuery) {
    try {
      new URI("http://localhost" + rawPath + (rawQuery == null ? "" : "?" + rawQuery));
      return true;
    } catch (URISyntaxException e) {
      return false;
    }
  }
}
