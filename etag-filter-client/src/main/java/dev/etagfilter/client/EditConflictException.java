package dev.etagfilter.client;

import jakarta.ws.rs.ClientErrorException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

/**
 * A {@code 412 Precondition Failed}: the write was refused because the resource changed since the
 * caller read it, and nothing was written. It carries what the server holds now, so the caller (or
 * a person) can decide again on the new state; see {@link RetryOnConflict} for doing that in a loop.
 *
 * <pre>{@code
 * try {
 *   saved = ETagResponses.readEntity(item.request().put(Entity.json(mine)), Item.class);
 * } catch (EditConflictException e) {
 *   Item theirs = e.current(Item.class);   // what the other write left, with e.currentETag()
 *   show(mine, theirs);                    // let the person decide; then write against theirs
 * }
 * }</pre>
 *
 * <p>The body is buffered when the exception is made, so {@link #current(Class)} can be read more
 * than once and after the client is closed. It is a {@link ClientErrorException}, so code that
 * catches Jakarta REST's status exceptions catches this one too.
 */
public final class EditConflictException extends ClientErrorException {

  private static final long serialVersionUID = 1L;

  /** The entity tag of the current representation, as the 412 sent it; null when it sent none. */
  private final transient EntityTag currentETag;

  /**
   * The exception for a {@code 412} response; its entity is buffered.
   *
   * @param response a response with status 412
   * @throws IllegalArgumentException if the status is not 412
   */
  public EditConflictException(Response response) {
    super(ETagResponses.buffered(response, 412));
    this.currentETag = entityTagOf(response);
  }

  /**
   * Whether the 412 carries the current representation: a body and its {@code ETag}. It does not
   * when the resource no longer exists (the body is then a problem report, if any).
   *
   * @return true when {@link #current(Class)} can be read
   */
  public boolean hasCurrent() {
    return currentETag != null && getResponse().hasEntity();
  }

  /**
   * The current representation, read with the client's own entity providers, as a GET would
   * return it; it can be read any number of times.
   *
   * @param <T> the entity type
   * @param type the entity type, e.g. {@code Item.class}
   * @return the current representation
   * @throws IllegalStateException if the 412 carries none ({@link #hasCurrent()} is false)
   * @throws ProcessingException if the body cannot be read as {@code type}
   */
  public <T> T current(Class<T> type) {
    if (!hasCurrent()) {
      throw new IllegalStateException("The 412 carries no current representation (no body with an ETag): "
          + "the resource no longer exists. Read it again to see what the server holds.");
    }
    return getResponse().readEntity(type);
  }

  /**
   * The entity tag of the current representation: send it as {@code If-Match} with a write decided
   * on {@link #current(Class)}.
   *
   * @return the tag, or null when the 412 carries no {@code ETag}
   */
  public EntityTag currentETag() {
    return currentETag;
  }

  private static EntityTag entityTagOf(Response response) {
    if (response.getHeaderString(HttpHeaders.ETAG) == null) {
      return null;
    }
    try {
      return response.getEntityTag();
    } catch (IllegalArgumentException malformed) {
      return null;
    }
  }
}
