package dev.etagfilter;

/**
 * Thrown by a resource method when its compare-and-set lost: the stored state no longer has the
 * validator the client sent. The feature answers it with the same {@code 412 Precondition Failed}
 * as every other: the current representation as the body, exactly as a GET would return it, and
 * its {@code ETag}. When the resource no longer exists, the body is a problem document instead.
 *
 * <pre>{@code
 * if (store.updateIfVersion(id, expected, item) == 0) {
 *   throw PreconditionFailedException.withCurrent(store.find(id).orElse(null));
 * }
 * }</pre>
 */
public final class PreconditionFailedException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** The current representation, or null when there is none. */
  private final transient Object current;

  private PreconditionFailedException(Object current) {
    super(current == null ? "precondition failed: the resource does not exist" : "precondition failed", null, false, false);
    this.current = current;
  }

  /**
   * The write lost to another one; {@code current} is what is stored now (null if nothing is, the
   * same as {@link #resourceAbsent()}).
   */
  public static PreconditionFailedException withCurrent(Object current) {
    return new PreconditionFailedException(current);
  }

  /** The precondition failed because the resource does not exist (or no longer does). */
  public static PreconditionFailedException resourceAbsent() {
    return new PreconditionFailedException(null);
  }

  /** The current representation to send, or null when the resource does not exist. */
  public Object current() {
    return current;
  }
}
