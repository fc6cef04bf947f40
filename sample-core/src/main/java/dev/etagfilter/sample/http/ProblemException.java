package dev.etagfilter.sample.http;

import jakarta.ws.rs.WebApplicationException;
import dev.etagfilter.sample.item.Violation;
import java.util.List;

/**
 * Ends a request with a {@link Problem}. As a {@link WebApplicationException} whose response has an
 * entity, it is sent as is by any Jakarta REST implementation, also from inside a body reader.
 */
public final class ProblemException extends WebApplicationException {

  private static final long serialVersionUID = 1L;

  /** The problem to send. */
  private final transient Problem problem;

  private ProblemException(Problem problem) {
    super(problem.detail(), null, problem.toResponseBuilder().build());
    this.problem = problem;
  }

  /** 400 with {@code detail}. */
  public static ProblemException badRequest(String detail) {
    return new ProblemException(Problem.of(400, detail));
  }

  /** 400 listing the invalid fields of a body. */
  public static ProblemException invalidFields(List<Violation> violations) {
    List<FieldError> errors = violations.stream().map(v -> new FieldError(v.field(), v.message())).toList();
    StringBuilder detail = new StringBuilder("The request body is not a valid item: ");
    for (int i = 0; i < errors.size(); i++) {
      detail.append(i == 0 ? "" : "; ").append(errors.get(i).field()).append(' ').append(errors.get(i).message());
    }
    detail.append(". Fix the fields listed in \"errors\" and send the request again.");
    return new ProblemException(Problem.invalidFields(detail.toString(), errors));
  }

  /** 404 with {@code detail}. */
  public static ProblemException notFound(String detail) {
    return new ProblemException(Problem.of(404, detail));
  }

  /** 409 with {@code detail}: the request conflicts with the state of its target (RFC 9110 15.5.10). */
  public static ProblemException conflict(String detail) {
    return new ProblemException(Problem.of(409, detail));
  }

  /** 408 for a request whose body did not arrive in time (RFC 9110 15.5.9). */
  public static ProblemException requestTimeout(String detail) {
    return new ProblemException(Problem.of(408, detail));
  }

  /** 413 for a body over {@code maxBytes} (RFC 9110 15.5.14). */
  public static ProblemException contentTooLarge(int maxBytes) {
    return new ProblemException(Problem.of(413,
        "The request body is larger than " + maxBytes + " bytes, the most this service accepts."
            + " An item is a few hundred bytes; send only its fields."));
  }

  /** The problem sent. */
  public Problem problem() {
    return problem;
  }
}
