package dev.etagfilter;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Answering a conditional GET from a version alone, before any representation is built. */
class ReadConditionTest {

  /** 13.1.2: If-None-Match compares weakly: "7" and W/"7" both say the client has version 7. */
  @Test
  void ifNoneMatchOfTheVersionIsUnchangedByWeakComparison() {
    assertTrue(ReadCondition.fromHeaders(null, "\"7\"").isUnchanged(7L));
    assertTrue(ReadCondition.fromHeaders(null, "W/\"7\"").isUnchanged(7L));
    assertTrue(ReadCondition.fromHeaders(null, "*").isUnchanged(7L));
    assertFalse(ReadCondition.fromHeaders(null, "\"6\"").isUnchanged(7L));
  }

  /** No If-None-Match: nothing to answer 304 to. */
  @Test
  void unconditionalReadIsNeverUnchanged() {
    assertFalse(ReadCondition.fromHeaders(null, null).isUnchanged(7L));
    assertFalse(new ReadCondition().isUnchanged(7L));
  }

  /** 13.2.2 step 1 before step 3: a failing If-Match is a 412, never a 304. */
  @Test
  void failingIfMatchIsNotA304() {
    assertFalse(ReadCondition.fromHeaders("\"6\"", "\"7\"").isUnchanged(7L));
  }
}
