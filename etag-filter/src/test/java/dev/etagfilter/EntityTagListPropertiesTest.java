package dev.etagfilter;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.constraints.StringLength;

/** Properties of the parser over generated input. */
class EntityTagListPropertiesTest {

  /** Any string at all yields a list or the documented MalformedHeaderException, never another exception. */
  @Property(tries = 3000)
  void anyStringParsesOrIsMalformed(@ForAll @StringLength(max = 80) String value) {
    parseOrMalformed(value);
  }

  /** The same over strings built from the characters that matter to the grammar. */
  @Property(tries = 5000)
  void grammarCharactersParseOrAreMalformed(@ForAll("grammarSoup") String value) {
    parseOrMalformed(value);
  }

  /** A list of valid tags, written in wire form, parses back to exactly those tags. */
  @Property(tries = 1000)
  void validListsRoundTrip(@ForAll("tags") @Size(min = 1, max = 20) List<EntityTag> tags) {
    EntityTagList list = EntityTagList.of(tags);
    assertEquals(tags, EntityTagList.parse("If-Match", list.toString()).tags());
  }

  private static void parseOrMalformed(String value) {
    try {
      EntityTagList list = EntityTagList.parse("If-Match", value);
      // Whatever parses must print to a value that parses to the same thing.
      assertEquals(list, EntityTagList.parse("If-Match", list.toString()));
    } catch (MalformedHeaderException expected) {
      // documented: answered with 400
    }
  }

  @Provide
  Arbitrary<String> grammarSoup() {
    return Arbitraries.strings().withChars("\"W/*, \t\u0001\u007fa\u00e9\u0100").ofMaxLength(30);
  }

  @Provide
  Arbitrary<List<EntityTag>> tags() {
    Arbitrary<String> opaque =
        Arbitraries.strings().withChars('!').withCharRange('#', '~').withCharRange('\u0080', '\u00ff').ofMaxLength(12);
    Arbitrary<EntityTag> tag =
        opaque.flatMap(o -> Arbitraries.of(true, false).map(weak -> weak ? EntityTag.weak(o) : EntityTag.strong(o)));
    return tag.list();
  }
}
