package dev.etagfilter.conformance;

import static dev.etagfilter.conformance.support.ConformanceAssertions.assertNoServerError;
import static dev.etagfilter.conformance.support.ConformanceAssertions.assertNothingWritten;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.etagfilter.conformance.support.ConformanceCheck;
import dev.etagfilter.conformance.support.Exchange;
import dev.etagfilter.conformance.support.Request;
import dev.etagfilter.conformance.support.Service;
import dev.etagfilter.conformance.support.Snapshot;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * Garbage in every conditional header on every method, RFC 9110
 * <a href="https://www.rfc-editor.org/rfc/rfc9110#section-15.5">15.5</a> and
 * <a href="https://www.rfc-editor.org/rfc/rfc9110#section-15.6">15.6</a>: bad input is the client's
 * error (4xx), never the server's (5xx), and no write gets through without a valid entity tag.
 * Requests are written byte for byte, control characters and a 20 KB value included.
 */
@ConformanceCheck
class RobustnessTest {

  /** Conditional headers, including If-Range, which a server may ignore but must survive. */
  private static final List<String> HEADERS =
      List.of("If-Match", "If-None-Match", "If-Modified-Since", "If-Unmodified-Since", "If-Range");

  /** Values that are malformed as entity-tag lists and invalid as HTTP dates. */
  private static final List<String> GARBAGE = List.of(
      "abc", "\"abc", "abc\"", "*, \"a\"", "W/", "W/\"", "W/abc", "\"a\"\"b\"", "\"a\" \"b\"", "\"a\u0001\"", "\"\u007f\"", "\"a\tb\"",
      "yesterday", "Sun, 32 Nov 1994 08:49:37 GMT", "Sun, 06 Nov 1994 25:61:61", "-1", "99999999999999999999",
      "\"x\";q=1", "<\"a\">", "\u00e9t\u00e9", "\"" + "9".repeat(3000), "\"" + "9".repeat(20_000) + "\"");

  private final Service service;

  RobustnessTest(Service service) {
    this.service = service;
  }

  /** RFC 9110 15.6: no garbage conditional header gets a 5xx, and no write without a valid tag succeeds. */
  @Test
  void garbageConditionalHeadersNeverCauseA5xxOrAWrite() {
    Snapshot item = service.create();
    Stream<Executable> checks = sendEveryCombination(item).stream().map(exchange -> () -> assertRefusedSafely(exchange));
    assertAll(Stream.concat(checks, Stream.of(() -> assertNothingWritten(service, item))));
  }

  /** Each request shape, with each header, with each garbage value, written byte for byte. */
  private List<Exchange> sendEveryCombination(Snapshot item) {
    List<Exchange> exchanges = new ArrayList<>();
    for (Function<String, Request> request : requests(item)) {
      for (String header : HEADERS) {
        for (String value : GARBAGE) {
          exchanges.add(service.send(request.apply(item.path()).header(header, value).raw()));
        }
      }
    }
    return exchanges;
  }

  private static void assertRefusedSafely(Exchange exchange) {
    assertNoServerError(exchange);
    assertFalse(exchange.successful() && isWrite(exchange), () -> "A write got through:\n" + exchange);
  }

  private List<Function<String, Request>> requests(Snapshot item) {
    var config = service.config();
    List<Function<String, Request>> requests = new ArrayList<>(List.of(
        Request::get, Request::head, path -> Request.put(path, config.updateBody()), Request::delete));
    if (config.patchSupported()) {
      requests.add(path -> Request.of("PATCH", path).body(config.patchMediaType(), config.patchBody()));
    }
    return requests;
  }

  private static boolean isWrite(Exchange exchange) {
    return !exchange.request().method().equals("GET") && !exchange.request().method().equals("HEAD");
  }
}
