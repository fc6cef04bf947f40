package dev.etagfilter.conformance.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** The list of checks a target skips: each named, each with the reason its report shows. */
class SkippedChecksTest {

  /** Entries are Class#method=reason (or a whole class), separated by semicolons. */
  @Test
  void entriesNameACheckAndItsReason() {
    assertEquals(Map.of("IfNoneMatchTest#notModifiedHasNoBody", "Jetty adds Content-Length: 0", "RobustnessTest", "x"),
        SkippedChecks.parse(" IfNoneMatchTest#notModifiedHasNoBody = Jetty adds Content-Length: 0 ;RobustnessTest=x;"));
    assertEquals(Map.of(), SkippedChecks.parse(""));
  }

  /** A class, a method, or the runs of a method whose value's name contains the bracketed text. */
  @Test
  void entryNarrowsToAClassAMethodOrSomeValuesOfAMethod() {
    Map<String, String> skipped = SkippedChecks.parse(
        "RobustnessTest=a;IfNoneMatchTest#matchingTagGets304WithoutContent=b;MalformedHeaderTest#malformed[control character]=c");
    assertEquals("a", SkippedChecks.reasonFor(skipped, "RobustnessTest", null, "RobustnessTest"));
    assertEquals("a", SkippedChecks.reasonFor(skipped, "RobustnessTest", "garbage", "garbage()"));
    assertEquals("b", SkippedChecks.reasonFor(skipped, "IfNoneMatchTest", "matchingTagGets304WithoutContent", "x"));
    assertEquals(null, SkippedChecks.reasonFor(skipped, "IfNoneMatchTest", "headWithMatchingTagGets304", "x"));
    assertEquals("c", SkippedChecks.reasonFor(skipped, "MalformedHeaderTest", "malformed", "If-Match: control character in a tag"));
    assertEquals(null, SkippedChecks.reasonFor(skipped, "MalformedHeaderTest", "malformed", "If-Match: unquoted tag"));
    assertEquals(null, SkippedChecks.reasonFor(skipped, "MalformedHeaderTest", "malformed", "malformed(UnaryOperator, String)"));
  }

  /** A skip without a reason is refused: the report must say why a check did not run. */
  @Test
  void skipWithoutAReasonIsRefused() {
    assertThrows(IllegalArgumentException.class, () -> SkippedChecks.parse("RobustnessTest"));
    assertThrows(IllegalArgumentException.class, () -> SkippedChecks.parse("RobustnessTest= "));
  }
}
