package dev.etagfilter.sample.http;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;

/**
 * An RFC 9457 problem details body ({@code application/problem+json}). The {@code type} is {@code
 * about:blank}, so the {@code title} is the status phrase (RFC 9457 4.2.1); the {@code detail} tells
 * a person what went wrong and what to send instead.
 *
 * @param type always {@code about:blank}
 * @param title the HTTP status phrase
 * @param status the HTTP status code
 * @param detail an explanation a client developer can act on
 * @param errors for invalid bodies, one entry per field; omitted otherwise
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"type", "title", "status", "detail", "errors"})
public record Problem(String type, String title, int status, String detail, List<FieldError> errors) {

  /** {@code application/problem+json} (RFC 9457 section 3). */
  public static final MediaType MEDIA_TYPE = new MediaType("application", "problem+json");

  /** A problem for {@code status} with {@code detail} and no field errors. */
  public static Problem of(int status, String detail) {
    return new Problem("about:blank", titleOf(status), status, detail, null);
  }

  /** A 400 problem listing invalid fields. */
  public static Problem invalidFields(String detail, List<FieldError> errors) {
    return new Problem("about:blank", titleOf(400), 400, detail, List.copyOf(errors));
  }

  /** A response carrying this problem. */
  public Response.ResponseBuilder toResponseBuilder() {
    return Response.status(status).type(MEDIA_TYPE).entity(this);
  }

  /** The RFC 9110 section 15 reason phrase (RFC 9110 renamed 413 and 422). */
  private static String titleOf(int status) {
    switch (status) {
      case 413:
        return "Content Too Large";
      case 422:
        return "Unprocessable Content";
      case 428:
        return "Precondition Required";
      default:
        break;
    }
    Response.StatusType known = Response.Status.fromStatusCode(status);
    if (known != null) {
      return known.getReasonPhrase();
    }
    return Response.Status.Family.familyOf(status) == Response.Status.Family.SERVER_ERROR
        ? "Server Error" : "Client Error";
  }
}
