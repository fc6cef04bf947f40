package dev.etagfilter;

import static java.util.Objects.requireNonNull;

/**
 * One outcome of the feature's checks on a request: what a listener, a metrics binding or an audit
 * log receives.
 *
 * @param type what happened
 * @param method the request method, e.g. {@code PUT}
 * @param pathTemplate the matched resource path template, e.g. {@code /items/{id}}
 * @param sentTag the {@code If-Match} (or else {@code If-None-Match}) value the client sent, or null
 * @param currentTag the current entity tag in wire form (e.g. {@code "8"}), or null when unknown or
 *     the resource is absent
 * @param client the client as the configured header names it (by default {@code User-Agent}), or
 *     null when it sent none
 */
public record PreconditionEvent(
    Type type, String method, String pathTemplate, String sentTag, String currentTag, String client) {

  /** The outcomes, each also a value of the {@code outcome} tag of the metrics binding. */
  public enum Type {
    /** A conditional request whose precondition held, answered 2xx. */
    PASSED,
    /** 304: a GET or HEAD whose validator the client already has. */
    NOT_MODIFIED,
    /** 412: the client's validator was stale, or the resource absent. */
    PRECONDITION_FAILED,
    /** 428: a write arrived without {@code If-Match} (or {@code If-None-Match: *}). */
    PRECONDITION_REQUIRED,
    /** 400: a conditional header was malformed or over a limit. */
    MALFORMED,
    /** A write with {@code If-Match: *} was let through: "overwrite anyway". */
    FORCED_OVERRIDE,
    /**
     * A write went through without any entity-tag check: no precondition where the method is
     * report-only ({@link Enforcement#REPORT_ONLY}) or opted out ({@link RequirePrecondition}).
     */
    UNCHECKED_WRITE
  }

  /** Checks the required components. */
  public PreconditionEvent {
    requireNonNull(type, "type");
    requireNonNull(method, "method");
    requireNonNull(pathTemplate, "pathTemplate");
  }
}
