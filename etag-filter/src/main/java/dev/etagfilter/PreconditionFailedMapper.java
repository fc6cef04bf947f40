package dev.etagfilter;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;

/**
 * Answers a lost compare-and-set ({@link PreconditionFailedException}) with 412. Every 412 of the
 * library starts here, as the current representation with status 412 or, when the resource is
 * absent, a problem document; {@link ETagResponseFilter} then tags it exactly as a GET.
 */
final class PreconditionFailedMapper implements ExceptionMapper<PreconditionFailedException> {

  @Override
  public Response toResponse(PreconditionFailedException exception) {
    return preconditionFailed(exception.current());
  }

  /** 412 with {@code current} as the body, or the absent-resource problem when it is null. */
  static Response preconditionFailed(Object current) {
    if (current == null) {
      return ProblemResponses.absentResource();
    }
    return Response.status(Response.Status.PRECONDITION_FAILED).entity(current).build();
  }
}
