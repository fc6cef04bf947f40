package dev.etagfilter.conformance.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
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

  /** Class#method[case] skips only the cases of a parameterized check whose name contains the case. */
  @Test
  void caseEntrySkipsOnlyTheCasesItNames() {
    Map<String, String> skipped = SkippedChecks.parse("MalformedHeaderTest#malformed[control character]=Vert.x answers");
    String check = "MalformedHeaderTest#malformed";
    assertEquals("Vert.x answers", SkippedChecks.reasonFor(skipped, check, "If-Match: control character in a tag"));
    assertNull(SkippedChecks.reasonFor(skipped, check, "If-Match: unquoted tag"));
    assertNull(SkippedChecks.reasonFor(skipped, check, "malformed(UnaryOperator, String)"));
    assertNull(SkippedChecks.reasonFor(skipped, "MalformedHeaderTest#other", "If-Match: control character in a tag"));
  }

  /** A skip without a reason is refused: the report must say why a check did not run. */
  @Test
  void skipWithoutAReasonIsRefused() {
    assertThrows(IllegalArgumentException.class, () -> SkippedChecks.parse("RobustnessTest"));
    assertThrows(IllegalArgumentException.class, () -> SkippedChecks.parse("RobustnessTest= "));
  }
}
