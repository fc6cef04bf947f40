package dev.etagfilter;

import static java.util.Objects.requireNonNull;

/**
 * A conditional request header that does not follow its RFC 9110 grammar, or exceeds a {@link
 * HeaderLimits} bound. The library answers it with {@code 400 Bad Request} and an {@code
 * application/problem+json} body naming the header, saying what is wrong and showing a correct
 * example; nothing is written.
 */
final class MalformedHeaderException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  /** The header's name, e.g. {@code If-Match}. */
  private final String headerName;

  /** What is wrong, in a sentence a client developer can act on. */
  private final String reason;

  /** A well-formed value of the header. */
  private final String example;

  /** Creates the exception for {@code headerName}; {@code reason} says what is wrong. */
  MalformedHeaderException(String headerName, String reason, String example) {
    super(headerName + ": " + reason);
    this.headerName = requireNonNull(headerName, "headerName");
    this.reason = requireNonNull(reason, "reason");
    this.example = requireNonNull(example, "example");
  }

  /** The name of the offending header, e.g. {@code If-Match}. */
  String headerName() {
    return headerName;
  }

  /** What is wrong with the value. */
  String reason() {
    return reason;
  }

  /** A correct value for the header, to show the client, e.g. {@code "7"}. */
  String example() {
    return example;
  }
}
