package dev.etagfilter;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.UUID;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class VersionTagsTest {

  /** Whole numbers become their decimal form in quotes. */
  @ParameterizedTest
  @ValueSource(longs = {0, 1, 42, Long.MAX_VALUE, -3})
  void wholeNumbersAreDecimal(long version) {
    assertEquals("\"" + version + "\"", VersionTags.of(version).toString());
    assertEquals(Long.toString(version), VersionTags.versionOf(VersionTags.of(version)));
  }

  /** Any version string gives a valid strong tag that decodes back to it. */
  @ParameterizedTest
  @ValueSource(strings = {"2026-01-01T10:00:00Z", "a b", "quote\"d", "100%", "caf\u00e9", "\ud83d\ude00", ""})
  void anyVersionStringRoundTrips(String version) {
    EntityTag tag = VersionTags.of(version);
    assertEquals(tag, EntityTag.parse(tag.toString()));
    assertEquals(version, VersionTags.versionOf(tag));
  }

  /** A UUID needs no escaping. */
  @ParameterizedTest
  @ValueSource(ints = {1})
  void uuidIsUsedAsIs(int ignored) {
    UUID id = UUID.randomUUID();
    assertEquals("\"" + id + "\"", VersionTags.of(id).toString());
  }
}
