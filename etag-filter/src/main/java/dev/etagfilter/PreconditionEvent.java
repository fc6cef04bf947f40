package dev.etagfilter;

import static java.util.Objects.requireNonNull;

/**
 * One thing worth knowing about a conditional write: a refusal (412 or 428) or a forced override.
 *
 * @param type what happened
 * @param method the request method, e.g. {@code PUT}
 * @param pathTemplate the matched resource path template, e.g. {@code /items/{id}}
 * @param sentTag the {@code If-Match} (or {@code If-None-Match}) value the client sent, or null
 * @param currentTag the current entity tag in wire form (e.g. {@code "8"}), or null when unknown or the
 *     resource is absent
 */
public record PreconditionEvent(
    Type type, String method, String pathTemplate, String sentTag, String currentTag) {

  /** The kinds of event. */
  public enum Type {
    /** 412: the client's validator was stale (or the resource absent). */
    PRECONDITION_FAILED,
    /** 428: a write arrived without {@code If-Match}. */
    PRECONDITION_REQUIRED,
    /** A write with {@code If-Match: *} was let through: "overwrite anyway". */
    FORCED_OVERRIDE
  }

  /** Checks the required components. */
  public PreconditionEvent {
    requireNonNull(type, "type");
    requireNonNull(method, "method");
    requireNonNull(pathTemplate, "pathTemplate");
  }
}
