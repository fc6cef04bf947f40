package dev.etagfilter.internal;

import dev.etagfilter.PreconditionFailedException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;

/**
 * Maps a lost compare-and-set to 412; the response filter then adds the current representation's
 * body and {@code ETag}, exactly as for a GET.
 */
final class PreconditionFailedMapper implements ExceptionMapper<PreconditionFailedException> {

  @Override
  public Response toResponse(PreconditionFailedException exception) {
    return Response.status(Response.Status.PRECONDITION_FAILED)
        .entity(CurrentRepresentation.of(exception.current()))
        .build();
  }
}
