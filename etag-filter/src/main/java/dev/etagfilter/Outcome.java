package dev.etagfilter;

/** What a request's preconditions decide, with the status code each outcome is answered with. */
enum Outcome {
  /** Perform the method. */
  PROCEED(200),
  /** {@code 304 Not Modified}: a GET or HEAD whose validator the client already has (RFC 9110 15.4.5). */
  NOT_MODIFIED(304),
  /** {@code 400 Bad Request}: a conditional header is malformed or over a limit. */
  BAD_REQUEST(400),
  /** {@code 412 Precondition Failed} (RFC 9110 15.5.13). */
  PRECONDITION_FAILED(412),
  /** {@code 428 Precondition Required}: a write without {@code If-Match} (RFC 6585 section 3). */
  PRECONDITION_REQUIRED(428);

  private final int status;

  Outcome(int status) {
    this.status = status;
  }

  /** The HTTP status code for this outcome (200 for {@link #PROCEED}, the method may choose another). */
  int status() {
    return status;
  }
}
