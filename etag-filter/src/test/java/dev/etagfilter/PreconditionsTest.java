package dev.etagfilter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

/** What a resource method reads from {@link Preconditions} for its compare-and-set. */
class PreconditionsTest {

  private static Preconditions ifMatch(String value) {
    return Preconditions.parse(new ConditionalHeaders(value, null, null, null), HeaderLimits.DEFAULT);
  }

  /** One strong version tag gives the expected version for the conditional UPDATE. */
  @Test
  void expectedVersionComesFromOneStrongVersionTag() {
    assertEquals(OptionalLong.of(7), ifMatch("\"7\"").expectedVersion());
  }

  /** Weak tags never match If-Match, so they name no expected version. */
  @Test
  void weakTagsNameNoExpectedVersion() {
    assertEquals(OptionalLong.empty(), ifMatch("W/\"7\"").expectedVersion());
    assertEquals(List.of("8"), ifMatch("W/\"7\", \"8\"").expectedVersions());
  }

  /** The @HeaderParam form reads the same expected version and create-only flag as the full parse. */
  @Test
  void entityTagHeadersAloneGiveTheSameCompareAndSet() {
    assertEquals(OptionalLong.of(7), Preconditions.fromEntityTagHeaders("\"7\"", null).expectedVersion());
    assertTrue(Preconditions.fromEntityTagHeaders(null, "*").isCreateOnly());
    assertTrue(Preconditions.fromEntityTagHeaders(null, null).isUnconditional());
  }

  /** "*" is the explicit overwrite, with no expected version. */
  @Test
  void starIsForcedOverride() {
    Preconditions pre = ifMatch("*");
    assertTrue(pre.isForcedOverride());
    assertEquals(OptionalLong.empty(), pre.expectedVersion());
  }

  /** A tag that is not a whole number (a hash) names no numeric version: such a write cannot match. */
  @Test
  void hashTagNamesNoNumericVersion() {
    assertEquals(OptionalLong.empty(), ifMatch("\"Tlp5ZZ2zQe6yL5H1Y_3IyQ\"").expectedVersion());
  }

  /** If-None-Match: * is "create only if absent". */
  @Test
  void ifNoneMatchStarIsCreateOnly() {
    Preconditions pre = Preconditions.parse(new ConditionalHeaders(null, "*", null, null), HeaderLimits.DEFAULT);
    assertTrue(pre.isCreateOnly());
    assertFalse(pre.permitsWrite(ResourceState.of(EntityTag.strong("1"))));
    assertTrue(pre.permitsWrite(ResourceState.absent()));
  }

  /** permitsWrite is the same RFC evaluation a resource can run inside its own transaction. */
  @Test
  void permitsWriteComparesStrongly() {
    assertTrue(ifMatch("\"1\"").permitsWrite(ResourceState.of(EntityTag.strong("1"))));
    assertFalse(ifMatch("\"1\"").permitsWrite(ResourceState.of(EntityTag.strong("2"))));
    assertFalse(ifMatch("W/\"1\"").permitsWrite(ResourceState.of(EntityTag.strong("1"))));
  }
}
