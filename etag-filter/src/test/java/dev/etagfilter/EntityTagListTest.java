package dev.etagfilter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EntityTagListTest {

  private static EntityTagList parse(String value) {
    return EntityTagList.parse("If-Match", value);
  }

  private static MalformedHeaderException assertMalformed(String value, String reasonFragment) {
    MalformedHeaderException e = assertThrows(MalformedHeaderException.class, () -> parse(value));
    assertEquals("If-Match", e.headerName());
    assertTrue(e.reason().contains(reasonFragment), () -> "reason was: " + e.reason());
    return e;
  }

  /** RFC 9110 13.1.1: "*" alone, with optional whitespace around it, is the ANY condition. */
  @Test
  void starIsAny() {
    assertTrue(parse("*").isAny());
    assertTrue(parse(" \t* ").isAny());
  }

  /** RFC 9110 5.6.1: list elements are comma separated with optional whitespace. */
  @Test
  void listWithOptionalWhitespace() {
    EntityTagList list = parse("\"a\" ,W/\"b\",\t\"c\"");
    assertEquals(List.of(EntityTag.strong("a"), EntityTag.weak("b"), EntityTag.strong("c")), list.tags());
  }

  /** RFC 9110 5.6.1: a recipient must accept and ignore empty list elements. */
  @Test
  void emptyListElementsAreIgnored() {
    assertEquals(List.of(EntityTag.strong("a"), EntityTag.strong("b")), parse(", ,\"a\",,  ,\"b\",").tags());
  }

  /** RFC 9110 8.8.3: obs-text (%x80-FF) is allowed inside an entity tag. */
  @Test
  void obsTextIsAllowed() {
    assertEquals("caf\u00e9\u00ff", parse("\"caf\u00e9\u00ff\"").tags().get(0).opaqueTag());
  }

  /** A comma inside the quotes is part of the tag, not a separator. */
  @Test
  void commaInsideQuotesBelongsToTheTag() {
    assertEquals(List.of(EntityTag.strong("a,b")), parse("\"a,b\"").tags());
  }

  /** Malformed values are rejected with a reason that says what is wrong. */
  @ParameterizedTest(name = "[{0}] -> {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "abc              | must be in double quotes",
        "\"abc            | missing its closing double quote",
        "*, \"a\"         | cannot be combined",
        "\"a\", *         | cannot be combined",
        "* *              | cannot be combined",
        "\"a\" \"b\"      | comma or the end",
        "\"a\"b           | comma or the end",
        "W/abc            | must be in double quotes",
        "w/\"a\"          | must be in double quotes",
        "'a'              | must be in double quotes",
      })
  void malformedValuesAreRejected(String value, String reason) {
    assertMalformed(value, reason);
  }

  /** Control characters (including NUL and DEL) are never part of an entity tag. */
  @Test
  void controlCharactersAreRejected() {
    assertMalformed("\"a\u0001b\"", "U+0001");
    assertMalformed("\"a\u007fb\"", "U+007F");
    assertMalformed("\"a b\"", "U+0020");
    assertMalformed("\"\u0100\"", "U+0100");
  }

  /** An empty or comma-only value names no entity tag: a client bug worth a 400, not a silent 412. */
  @Test
  void valueWithoutAnyTagIsRejected() {
    assertMalformed("", "no entity tag");
    assertMalformed(" , ,", "no entity tag");
  }

  /** Header length is bounded, so a huge header is a 400 and never unbounded work. */
  @Test
  void overlongValueIsRejected() {
    String value = "\"" + "a".repeat(200) + "\"";
    MalformedHeaderException e = assertThrows(MalformedHeaderException.class,
        () -> EntityTagList.parse("If-None-Match", value, new HeaderLimits(100, 10)));
    assertEquals("If-None-Match", e.headerName());
    assertTrue(e.reason().contains("at most 100"));
  }

  /** The number of tags is bounded. */
  @Test
  void tooManyTagsAreRejected() {
    String value = "\"a\",".repeat(11);
    MalformedHeaderException e = assertThrows(MalformedHeaderException.class,
        () -> EntityTagList.parse("If-Match", value, new HeaderLimits(1000, 10)));
    assertTrue(e.reason().contains("more than 10"));
    assertEquals(10, EntityTagList.parse("If-Match", "\"a\",".repeat(10), new HeaderLimits(1000, 10)).tags().size());
  }

  /** Strong matching over a list: one strong equal tag suffices; weak tags never match. */
  @Test
  void anyStrongMatchIgnoresWeakTags() {
    EntityTag current = EntityTag.strong("5");
    assertTrue(parse("\"4\", \"5\"").anyStrongMatch(current));
    assertFalse(parse("\"4\", W/\"5\"").anyStrongMatch(current));
    assertFalse(EntityTagList.ANY.anyStrongMatch(current));
  }

  /** Weak matching over a list: a weak tag matches its strong twin. */
  @Test
  void anyWeakMatchAcceptsWeakTags() {
    assertTrue(parse("\"4\", W/\"5\"").anyWeakMatch(EntityTag.strong("5")));
    assertFalse(parse("\"4\"").anyWeakMatch(EntityTag.strong("5")));
  }

  /** toString() gives a value that parses back to the same list. */
  @Test
  void wireFormRoundTrips() {
    EntityTagList list = parse("  \"a\",, W/\"b\" ");
    assertEquals("\"a\", W/\"b\"", list.toString());
    assertEquals(list, parse(list.toString()));
    assertEquals("*", EntityTagList.ANY.toString());
  }
}
