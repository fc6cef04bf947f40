package dev.etagfilter.client;

import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.ClientErrorException;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.InternalServerErrorException;
import jakarta.ws.rs.NotAcceptableException;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotAuthorizedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.RedirectionException;
import jakarta.ws.rs.ServerErrorException;
import jakarta.ws.rs.ServiceUnavailableException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

/**
 * Reads an answer the way {@code SyncInvoker.put(entity, Item.class)} does, except that a {@code
 * 412} becomes an {@link EditConflictException} carrying the current representation and a {@code
 * 428} a {@link PreconditionRequiredException}. It takes a {@link Response}, so it works with any
 * invocation style: synchronous, {@code async()} or {@code rx()}.
 *
 * <pre>{@code
 * Item saved = ETagResponses.readEntity(item.request().put(Entity.json(edited)), Item.class);
 * ETagResponses.readEntity(item.request().delete(), Void.class);
 * CompletionStage<Item> later = item.request().rx().put(Entity.json(edited))
 *     .thenApply(response -> ETagResponses.readEntity(response, Item.class));
 * }</pre>
 */
public final class ETagResponses {

  private ETagResponses() {}

  /**
   * The entity of a successful ({@code 2xx}) response, read as {@code type}; any other status is
   * thrown as an exception, the response's entity buffered in it. The response is closed unless
   * the entity read is a stream.
   *
   * @param <T> the entity type
   * @param response the answer to read
   * @param type the entity type; {@code Void.class} reads nothing (e.g. for DELETE)
   * @return the entity, or null for {@code Void.class} or a response without one (such as {@code 204})
   * @throws EditConflictException for {@code 412}: someone else's write came first
   * @throws PreconditionRequiredException for {@code 428}: the write said no {@code If-Match}
   * @throws WebApplicationException for any other status that is not {@code 2xx}, as the subclass
   *     Jakarta REST names for it ({@link NotFoundException} for {@code 404}, ...)
   * @throws ProcessingException if the entity cannot be read as {@code type}
   */
  public static <T> T readEntity(Response response, Class<T> type) {
    if (response.getStatusInfo().getFamily() != Response.Status.Family.SUCCESSFUL) {
      throw exceptionFor(response);
    }
    if (type == Void.class || !response.hasEntity()) {
      response.close();
      return null;
    }
    return response.readEntity(type);
  }

  /** The exception for a status that is not 2xx, as the Jakarta REST SyncInvoker names it. */
  private static WebApplicationException exceptionFor(Response response) {
    int status = response.getStatus();
    switch (status) {
      case 412:
        return new EditConflictException(response);
      case 428:
        return new PreconditionRequiredException(response);
      default:
        break;
    }
    bufferQuietly(response);
    switch (status) {
      case 400: return new BadRequestException(response);
      case 401: return new NotAuthorizedException(response);
      case 403: return new ForbiddenException(response);
      case 404: return new NotFoundException(response);
      case 405:
        // NotAllowedException insists on an Allow header; a server that omits it still gets its 405 through.
        return response.getHeaderString(HttpHeaders.ALLOW) == null
            ? new ClientErrorException(response)
            : new NotAllowedException(response);
      case 406: return new NotAcceptableException(response);
      case 415: return new NotSupportedException(response);
      case 500: return new InternalServerErrorException(response);
      case 503: return new ServiceUnavailableException(response);
      default: break;
    }
    switch (response.getStatusInfo().getFamily()) {
      case REDIRECTION: return new RedirectionException(response);
      case CLIENT_ERROR: return new ClientErrorException(response);
      case SERVER_ERROR: return new ServerErrorException(response);
      default: return new WebApplicationException(response);
    }
  }

  /** {@code response}, its entity buffered, after checking it has {@code status}. */
  static Response buffered(Response response, int status) {
    if (response.getStatus() != status) {
      throw new IllegalArgumentException("expected a " + status + " response, got " + response.getStatus());
    }
    bufferQuietly(response);
    return response;
  }

  /** Buffers the entity so it can be read after the connection is released; a closed one stays unread. */
  private static void bufferQuietly(Response response) {
    try {
      response.bufferEntity();
    } catch (ProcessingException | IllegalStateException unreadable) {
      // Already consumed or closed: the exception still carries status and headers.
    }
  }
}
