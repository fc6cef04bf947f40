package dev.etagfilter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Reading the conditional headers from a request's header map in one pass. */
class ConditionalHeadersTest {

  /** RFC 9110 5.1: field names are case-insensitive. */
  @Test
  void namesMatchWhateverTheirCase() {
    Map<String, List<String>> headers = new LinkedHashMap<>();
    headers.put("if-match", List.of("\"7\""));
    headers.put("IF-NONE-MATCH", List.of("\"8\""));
    headers.put("If-Modified-Since", List.of("Sun, 06 Nov 1994 08:49:37 GMT"));
    headers.put("iF-uNmOdIfIeD-sInCe", List.of("Sun, 06 Nov 1994 08:49:38 GMT"));
    headers.put("Accept", List.of("application/json"));

    assertEquals(
        new ConditionalHeaders("\"7\"", "\"8\"", "Sun, 06 Nov 1994 08:49:37 GMT", "Sun, 06 Nov 1994 08:49:38 GMT"),
        ConditionalHeaders.fromMap(headers));
  }

  /** RFC 9110 5.3: several lines of a list header mean the same as one line joined by commas. */
  @Test
  void linesOfOneHeaderAreJoinedByCommas() {
    Map<String, List<String>> headers = Map.of("If-Match", List.of("\"1\"", "\"2\""));

    assertEquals(EntityTagList.of(EntityTag.strong("1"), EntityTag.strong("2")),
        EntityTagList.parse("If-Match", ConditionalHeaders.fromMap(headers).ifMatch()));
  }

  /** A request without conditional headers is the shared NONE value and parses to no preconditions. */
  @Test
  void requestWithoutConditionalHeadersIsNone() {
    ConditionalHeaders none = ConditionalHeaders.fromMap(Map.of("Accept", List.of("*/*")));

    assertSame(ConditionalHeaders.NONE, none);
    assertSame(RequestConditions.NONE, RequestConditions.parse(none, HeaderLimits.DEFAULT));
    assertEquals(true, RequestConditions.parse(none, HeaderLimits.DEFAULT).isUnconditional());
  }

  /** An invalid date is ignored (RFC 9110 13.1.3), so it leaves the request unconditional. */
  @Test
  void invalidDateLeavesRequestUnconditional() {
    ConditionalHeaders headers = new ConditionalHeaders(null, null, "yesterday", null);

    assertEquals(true, RequestConditions.parse(headers, HeaderLimits.DEFAULT).isUnconditional());
    assertEquals(false, RequestConditions.parse(new ConditionalHeaders("\"7\"", null, null, null), HeaderLimits.DEFAULT)
        .isUnconditional());
  }
}
