package dev.etagfilter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.etagfilter.WriteCondition.Kind;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What a resource method reads from {@link WriteCondition} for its compare-and-set. */
class WriteConditionTest {

  private static WriteCondition ifMatch(String value) {
    return WriteCondition.fromHeaders(value, null);
  }

  /** 13.1.1: If-Match with strong tags allows exactly the versions they name. */
  @Test
  void ifMatchTagsAllowExactlyTheirVersions() {
    WriteCondition condition = ifMatch("\"7\", \"8\"");
    assertEquals(Kind.VERSIONS, condition.kind());
    assertEquals(List.of("7", "8"), condition.versions());
    assertTrue(condition.permits(7L));
    assertTrue(condition.permits(8));
    assertTrue(condition.permits("8"));
    assertFalse(condition.permits(9L));
  }

  /** 13.1.1: "An origin server MUST use the strong comparison function": a weak tag allows nothing. */
  @Test
  void weakTagsAllowNothing() {
    assertEquals(Kind.NOTHING, ifMatch("W/\"7\"").kind());
    assertFalse(ifMatch("W/\"7\"").permits(7L));
    assertEquals(List.of("8"), ifMatch("W/\"7\", \"8\"").versions());
  }

  /** 13.1.1: If-Match is false when there is no current representation, so it never permits a create. */
  @Test
  void ifMatchNeverPermitsCreate() {
    assertFalse(ifMatch("\"7\"").permitsCreate());
    assertFalse(ifMatch("*").permitsCreate());
  }

  /** 13.1.1: "*" is the explicit overwrite: any stored version, reported as a forced override. */
  @Test
  void starAllowsAnyStoredVersion() {
    WriteCondition condition = ifMatch("*");
    assertEquals(Kind.ANY_VERSION, condition.kind());
    assertTrue(condition.isForcedOverride());
    assertTrue(condition.permits(42L));
    assertEquals(List.of(), condition.versions());
  }

  /** 13.1.2: If-None-Match: * creates only where nothing is stored. */
  @Test
  void ifNoneMatchStarIsCreateOnly() {
    WriteCondition condition = WriteCondition.fromHeaders(null, "*");
    assertEquals(Kind.CREATE_ONLY, condition.kind());
    assertTrue(condition.permitsCreate());
    assertFalse(condition.permits(1L));
  }

  /** 13.1.2 uses weak comparison: If-None-Match: W/"7" on a write refuses version 7 only. */
  @Test
  void ifNoneMatchTagsRefuseTheirVersionsByWeakComparison() {
    WriteCondition condition = WriteCondition.fromHeaders(null, "W/\"7\"");
    assertEquals(Kind.ALL_BUT_VERSIONS, condition.kind());
    assertEquals(List.of("7"), condition.versions());
    assertFalse(condition.permits(7L));
    assertTrue(condition.permits(8L));
    assertTrue(condition.permitsCreate());
  }

  /** 13.2.2 steps 1 and 3 together: a version named by both headers is refused. */
  @Test
  void bothHeadersTogetherAllowOnlyWhatBothAllow() {
    assertEquals(List.of("8"), WriteCondition.fromHeaders("\"7\", \"8\"", "\"7\"").versions());
    assertEquals(Kind.NOTHING, WriteCondition.fromHeaders("\"7\"", "*").kind());
    WriteCondition anyBut = WriteCondition.fromHeaders("*", "\"7\"");
    assertEquals(Kind.ALL_BUT_VERSIONS, anyBut.kind());
    assertFalse(anyBut.permitsCreate());
    assertFalse(anyBut.permits(7L));
    assertTrue(anyBut.permits(6L));
  }

  /** No entity-tag header: unconditional, and a hand-made condition is the same. */
  @Test
  void noHeaderIsUnconditional() {
    assertEquals(Kind.UNCONDITIONAL, WriteCondition.fromHeaders(null, null).kind());
    assertTrue(WriteCondition.fromHeaders(null, null).permits(3L));
    assertTrue(WriteCondition.fromHeaders(null, null).permitsCreate());
    assertEquals(Kind.UNCONDITIONAL, new WriteCondition().kind());
  }

  /** A tag that is no version of this store (a hash) simply matches no version. */
  @Test
  void foreignTagMatchesNoVersion() {
    WriteCondition condition = ifMatch("\"Tlp5ZZ2zQe6yL5H1Y_3IyQ\"");
    assertEquals(List.of("Tlp5ZZ2zQe6yL5H1Y_3IyQ"), condition.versions());
    assertFalse(condition.permits(7L));
  }

  /** Versions that are not numbers round-trip through their percent-encoded tags. */
  @Test
  void textVersionsRoundTripThroughTheirTags() {
    String version = "2026-11-29 10:00 é";
    WriteCondition condition = ifMatch(VersionTags.of(version).toString());
    assertEquals(List.of(version), condition.versions());
    assertTrue(condition.permits(version));
  }

  /** A malformed header is refused with a message naming it, never read as "no condition". */
  @Test
  void malformedHeaderIsRefused() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ifMatch("7"));
    assertTrue(e.getMessage().startsWith("If-Match"), e.getMessage());
  }
}
