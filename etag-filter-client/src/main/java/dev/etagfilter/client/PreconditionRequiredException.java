package dev.etagfilter.client;

import jakarta.ws.rs.ClientErrorException;
import jakarta.ws.rs.core.Response;

/**
 * A {@code 428 Precondition Required} (RFC 6585 section 3): the server refuses writes that do not
 * say which state they replace, and nothing was written. Read the resource first (with {@link
 * ETagClientFeature} registered, its {@code ETag} is then sent with the next write), or send {@code
 * If-Match} yourself. The response's body (usually {@code application/problem+json}) is buffered
 * and can be read from {@link #getResponse()}.
 */
public final class PreconditionRequiredException extends ClientErrorException {

  private static final long serialVersionUID = 1L;

  /**
   * The exception for a {@code 428} response; its entity is buffered.
   *
   * @param response a response with status 428
   * @throws IllegalArgumentException if the status is not 428
   */
  public PreconditionRequiredException(Response response) {
    super(ETagResponses.buffered(response, 428));
  }
}
