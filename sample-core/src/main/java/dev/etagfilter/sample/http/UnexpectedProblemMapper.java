package dev.etagfilter.sample.http;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import java.io.IOException;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;

/**
 * The last resort: any exception nothing else maps becomes a logged 500 problem with no internals
 * in the body. Bad input never gets here; it is answered with a 4xx where it is read. The one
 * exception is a request that broke off while the runtime read it (an {@link IOException} in the
 * cause chain): that is the client's failure, answered 400 (if the client still listens) and
 * logged in one line without a stack trace, so no client can flood the log.
 */
public final class UnexpectedProblemMapper implements ExceptionMapper<Throwable> {

  private static final Logger LOG = System.getLogger(UnexpectedProblemMapper.class.getName());

  @Override
  public Response toResponse(Throwable exception) {
    IOException broken = ioCause(exception);
    if (broken != null) {
      LOG.log(Level.INFO, "request broke off while it was read: " + broken);
      return Problem.of(400, "The request could not be read completely: the connection broke off or the request"
              + " arrived too slowly. Send the whole request at once.")
          .toResponseBuilder()
          .build();
    }
    LOG.log(Level.ERROR, "unexpected failure", exception);
    return Problem.of(500,
            "The server failed unexpectedly; the error was logged. Retry later, and if it persists report the"
                + " time of the request.")
        .toResponseBuilder()
        .build();
  }

  private static IOException ioCause(Throwable exception) {
    for (Throwable t = exception; t != null; t = t.getCause()) {
      if (t instanceof IOException io) {
        return io;
      }
    }
    return null;
  }
}
