package dev.etagfilter;

/**
 * The outcome of evaluating one request's preconditions, with what the response needs to explain it.
 *
 * @param outcome what to do
 * @param preconditions the parsed headers; {@link RequestConditions#NONE} when parsing failed
 * @param malformed the parse failure, non-null exactly when {@code outcome} is {@link
 *     Outcome#BAD_REQUEST}
 */
record Decision(Outcome outcome, RequestConditions preconditions, MalformedHeaderException malformed) {

  static Decision of(Outcome outcome, RequestConditions preconditions) {
    return new Decision(outcome, preconditions, null);
  }

  static Decision badRequest(MalformedHeaderException e) {
    return new Decision(Outcome.BAD_REQUEST, RequestConditions.NONE, e);
  }
}
