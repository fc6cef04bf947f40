package dev.etagfilter.sample.web;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;

/**
 * The last resort: any exception nothing else maps becomes a logged 500 problem with no internals
 * in the body. Bad input never gets here; it is answered with a 4xx where it is read.
 */
public final class UnexpectedProblemMapper implements ExceptionMapper<Throwable> {

  private static final Logger LOG = System.getLogger(UnexpectedProblemMapper.class.getName());

  @Override
  public Response toResponse(Throwable exception) {
    LOG.log(Level.ERROR, "unexpected failure", exception);
    return Problem.of(500,
            "The server failed unexpectedly; the error was logged. Retry later, and if it persists report the"
                + " time of the request.")
        .toResponseBuilder()
        .build();
  }
}
