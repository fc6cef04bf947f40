package dev.etagfilter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class EntityTagTest {

  /** RFC 9110 8.8.3.2: the comparison table, row by row (strong, weak). */
  @ParameterizedTest(name = "{0} vs {1}: strong={2} weak={3}")
  @CsvSource(
      delimiter = '|',
      value = {
        "W/\"1\" | W/\"1\" | false | true",
        "W/\"1\" | W/\"2\" | false | false",
        "W/\"1\" | \"1\"   | false | true",
        "\"1\"   | \"1\"   | true  | true",
      })
  void comparisonFollowsTheRfcExampleTable(String left, String right, boolean strong, boolean weak) {
    EntityTag a = EntityTag.parse(left);
    EntityTag b = EntityTag.parse(right);
    assertEquals(strong, a.strongMatch(b));
    assertEquals(strong, b.strongMatch(a));
    assertEquals(weak, a.weakMatch(b));
    assertEquals(weak, b.weakMatch(a));
  }

  /** toString() gives the wire form, and parsing it gives the same tag back. */
  @ParameterizedTest
  @ValueSource(strings = {"\"\"", "\"abc\"", "W/\"abc\"", "\"a!#~\"", "W/\"\u00e9\u00ff\"", "\"W/\""})
  void wireFormRoundTrips(String wire) {
    assertEquals(wire, EntityTag.parse(wire).toString());
  }

  /** The W/ prefix is removed as a prefix, never as characters: "W/" inside the quotes stays. */
  @Test
  void weakPrefixIsAPrefixNotACharacterSet() {
    EntityTag tag = EntityTag.parse("W/\"W/\"");
    assertTrue(tag.isWeak());
    assertEquals("W/", tag.opaqueTag());
  }

  /** RFC 9110 8.8.3: etagc excludes DQUOTE, space, controls and DEL. */
  @ParameterizedTest
  @ValueSource(strings = {"a\"b", "a b", "a\tb", "a\u0000", "a\u007f", "\u0100"})
  void factoriesRejectCharactersOutsideEtagc(String opaque) {
    assertThrows(IllegalArgumentException.class, () -> EntityTag.strong(opaque));
    assertThrows(IllegalArgumentException.class, () -> EntityTag.weak(opaque));
  }

  /** An entity tag is quoted: unquoted text, a lone quote or a lower-case w/ prefix is rejected. */
  @ParameterizedTest
  @ValueSource(strings = {"abc", "\"", "\"abc", "abc\"", "w/\"abc\"", "W/abc", "W/", "", " \"a\""})
  void parseRejectsAnythingButOneQuotedTag(String text) {
    assertThrows(IllegalArgumentException.class, () -> EntityTag.parse(text));
  }

  /** Equality covers weakness: "x" and W/"x" are different tags. */
  @Test
  void equalityIncludesWeakness() {
    assertEquals(EntityTag.strong("x"), EntityTag.parse("\"x\""));
    assertFalse(EntityTag.strong("x").equals(EntityTag.weak("x")));
    assertEquals(EntityTag.weak("x").hashCode(), EntityTag.parse("W/\"x\"").hashCode());
  }
}
