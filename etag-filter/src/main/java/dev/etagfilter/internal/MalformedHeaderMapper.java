package dev.etagfilter.internal;

import dev.etagfilter.MalformedHeaderException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;

/** Maps a malformed conditional header parsed inside a resource method to the library's 400. */
final class MalformedHeaderMapper implements ExceptionMapper<MalformedHeaderException> {

  @Override
  public Response toResponse(MalformedHeaderException exception) {
    return ProblemResponses.malformedHeader(exception);
  }
}
