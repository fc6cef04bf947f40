package dev.etagfilter.conformance;

import static dev.etagfilter.conformance.support.ConformanceAssertions.assertNothingWritten;
import static dev.etagfilter.conformance.support.ConformanceAssertions.assertProblem;

import dev.etagfilter.conformance.support.ConformanceCheck;
import dev.etagfilter.conformance.support.Request;
import dev.etagfilter.conformance.support.Service;
import dev.etagfilter.conformance.support.Snapshot;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Malformed conditional headers, against the grammar of RFC 9110
 * <a href="https://www.rfc-editor.org/rfc/rfc9110#section-8.8.3">8.8.3</a> ({@code entity-tag}),
 * <a href="https://www.rfc-editor.org/rfc/rfc9110#section-13.1.1">13.1.1</a> and
 * <a href="https://www.rfc-editor.org/rfc/rfc9110#section-13.1.2">13.1.2</a> ({@code "*" / #entity-tag}):
 * a write that cannot say which version it edited is answered 400 with a problem body, never
 * guessed at, never a 5xx, and nothing is written. Over-long headers and tag lists count as malformed.
 * Requests are written byte for byte, so control characters reach the server as sent. The long
 * values stay under 8 KB, where HTTP servers commonly refuse the whole header section themselves.
 */
@ConformanceCheck
class MalformedHeaderTest {

  private final Service service;

  MalformedHeaderTest(Service service) {
    this.service = service;
  }

  /** RFC 9110 8.8.3: a value outside the entity-tag grammar gets 400 with a problem body; nothing is written. */
  @ParameterizedTest(name = "{1}: {0}")
  @MethodSource("malformedValues")
  void malformedHeaderOnAWriteGets400Problem(UnaryOperator<String> malformed, String header) {
    Snapshot item = service.create();
    Request put = Request.put(item.path(), service.config().updateBody()).header(header, malformed.apply(item.etag())).raw();
    assertProblem(service.send(put), 400);
    assertNothingWritten(service, item);
  }

  /** Each malformed value, made from the resource's current tag so that only the syntax is wrong. */
  static Stream<Arguments> malformedValues() {
    Stream<Named<UnaryOperator<String>>> values = Stream.of(
        Named.of("unquoted tag", tag -> tag.substring(1, tag.length() - 1)),
        Named.of("unterminated quote", tag -> tag.substring(0, tag.length() - 1)),
        Named.of("quote inside the tag", tag -> tag.substring(0, tag.length() - 1) + "\"x\""),
        Named.of("star mixed with tags", tag -> "*, " + tag),
        Named.of("weak prefix without quotes", tag -> "W/" + tag.substring(1, tag.length() - 1)),
        Named.of("lower-case weak prefix", tag -> "w/" + tag),
        Named.of("tags without a comma", tag -> tag + " " + tag),
        Named.of("control character in a tag", tag -> tag.substring(0, tag.length() - 1) + "\u0001\""),
        Named.of("huge header (5000 characters)", tag -> "\"" + "x".repeat(5000) + "\""),
        Named.of("a thousand tags", tag -> IntStream.range(0, 1000).mapToObj(i -> "\"" + i % 10 + "\"")
            .collect(Collectors.joining(",")) + "," + tag));
    return values.flatMap(value -> Stream.of("If-Match", "If-None-Match").map(header -> Arguments.of(value, header)));
  }
}
