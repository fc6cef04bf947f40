package dev.etagfilter.conformance;

import static dev.etagfilter.conformance.support.ConformanceAssertions.assertClientError;
import static dev.etagfilter.conformance.support.ConformanceAssertions.assertNothingWritten;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.etagfilter.conformance.support.ConformanceCheck;
import dev.etagfilter.conformance.support.Json;
import dev.etagfilter.conformance.support.Request;
import dev.etagfilter.conformance.support.Service;
import dev.etagfilter.conformance.support.Snapshot;
import dev.etagfilter.conformance.support.Write;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Bad request bodies, RFC 9110 <a href="https://www.rfc-editor.org/rfc/rfc9110#section-15.5">15.5</a>:
 * even with a valid {@code If-Match}, content the service cannot accept gets a 4xx (400, 413, 415,
 * 422...), never a 5xx, and nothing is written.
 */
@ConformanceCheck
class BadBodyTest {

  /** A body far larger than any real edit: 2 MiB in one text field. */
  private static final int HUGE_CHARS = 2 * 1024 * 1024;

  private final Service service;

  BadBodyTest(Service service) {
    this.service = service;
  }

  /** The bodies a client may get wrong. */
  enum BadBody {
    BROKEN_JSON,
    JSON_ARRAY,
    JSON_STRING,
    JSON_NULL,
    EMPTY,
    WRONG_MEDIA_TYPE,
    HUGE
  }

  /** RFC 9110 15.5: a conditional write with a bad body gets a 4xx, and nothing is written. */
  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("writesAndBodies")
  void badBodyOnAConditionalWriteGets4xx(Write write, BadBody bad) {
    Snapshot item = service.create();
    Request request = write.to(item.path(), service.config()).ifMatch(item.etag());
    assertClientError(service.send(withBody(request, bad)));
    assertNothingWritten(service, item);
  }

  /** RFC 9110 15.5: a bad body on POST gets a 4xx, never a 5xx. */
  @ParameterizedTest
  @EnumSource(BadBody.class)
  void badBodyOnCreateGets4xx(BadBody bad) {
    Request post = Request.post(service.config().collectionPath(), service.config().createBody());
    assertClientError(service.send(withBody(post, bad)));
  }

  static Stream<Arguments> writesAndBodies() {
    return Stream.of(Write.PUT, Write.PATCH)
        .flatMap(write -> Stream.of(BadBody.values()).map(bad -> Arguments.of(write, bad)));
  }

  private static Request withBody(Request request, BadBody bad) {
    String type = request.contentType();
    return switch (bad) {
      case BROKEN_JSON -> request.body(type, request.body().substring(0, request.body().length() / 2));
      case JSON_ARRAY -> request.body(type, "[" + request.body() + "]");
      case JSON_STRING -> request.body(type, "\"just a string\"");
      case JSON_NULL -> request.body(type, "null");
      case EMPTY -> request.body(type, "");
      case WRONG_MEDIA_TYPE -> request.body("text/plain", request.body());
      case HUGE -> request.body(type, huge(request.body()));
    };
  }

  /** The same JSON object with its first text field (or a new one) 2 MiB long. */
  private static String huge(String body) {
    ObjectNode object = (ObjectNode) Json.parse(body).orElseThrow();
    String field = object.properties().stream().filter(entry -> entry.getValue().isTextual())
        .map(Map.Entry::getKey).findFirst().orElse("conformancePadding");
    return Json.text(object.put(field, "x".repeat(HUGE_CHARS)));
  }
}
