package dev.etagfilter;

import java.util.Optional;

/**
 * The outcome of evaluating one request's preconditions, with what the response needs to explain it.
 *
 * @param outcome what to do
 * @param preconditions the parsed headers; {@link Preconditions#none()} when parsing failed
 * @param malformed the parse failure, present exactly when {@code outcome} is {@link
 *     Outcome#BAD_REQUEST}
 */
public record Decision(Outcome outcome, Preconditions preconditions, Optional<MalformedHeaderException> malformed) {

  static Decision of(Outcome outcome, Preconditions preconditions) {
    return new Decision(outcome, preconditions, Optional.empty());
  }

  static Decision badRequest(MalformedHeaderException e) {
    return new Decision(Outcome.BAD_REQUEST, Preconditions.none(), Optional.of(e));
  }
}
