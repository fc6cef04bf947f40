package dev.etagfilter.sample.item;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** When an edit based on an older version may be merged into the current one. */
class FieldGroupsTest {

  private static final ItemFields BASE = new ItemFields("T-shirt", "blue", "L", new BigDecimal("12.50"));

  /** Edits of different fields that belong to no common group do not overlap. */
  @Test
  void editsOfIndependentFieldsDoNotOverlap() {
    ItemFields current = new ItemFields("T-shirt", "blue", "L", new BigDecimal("15.00"));

    assertEquals(Set.of(), FieldGroups.VARIANT_TOGETHER.overlap(EnumSet.of(ItemField.NAME), BASE, current));
  }

  /** A field the edit sets that changed in between is an overlap. */
  @Test
  void aFieldChangedInBetweenOverlaps() {
    ItemFields current = new ItemFields("Shirt", "blue", "L", new BigDecimal("12.50"));

    assertEquals(Set.of(ItemField.NAME), FieldGroups.VARIANT_TOGETHER.overlap(EnumSet.of(ItemField.NAME), BASE, current));
  }

  /** The T-shirt: one save made it green, this edit sets size M; color and size are one group, so it overlaps. */
  @Test
  void theTShirtsColorAndSizeOverlapAsOneGroup() {
    ItemFields green = new ItemFields("T-shirt", "green", "L", new BigDecimal("12.50"));

    assertEquals(Set.of(ItemField.COLOR), FieldGroups.VARIANT_TOGETHER.overlap(EnumSet.of(ItemField.SIZE), BASE, green));
  }

  /** Without groups each field stands alone: the same two edits would not overlap. */
  @Test
  void withoutGroupsColorAndSizeAreIndependent() {
    ItemFields green = new ItemFields("T-shirt", "green", "L", new BigDecimal("12.50"));

    assertEquals(Set.of(), FieldGroups.of().overlap(EnumSet.of(ItemField.SIZE), BASE, green));
  }

  /** Prices compare by value: 12.5 and 12.50 are no change. */
  @Test
  void pricesCompareByValue() {
    ItemFields sameValue = new ItemFields("T-shirt", "blue", "L", new BigDecimal("12.5"));

    assertEquals(Set.of(), FieldGroups.VARIANT_TOGETHER.overlap(EnumSet.of(ItemField.PRICE), BASE, sameValue));
  }

  /** A field can be in one group only. */
  @Test
  void aFieldInTwoGroupsIsRejected() {
    assertThrows(IllegalArgumentException.class,
        () -> FieldGroups.of(EnumSet.of(ItemField.COLOR), EnumSet.of(ItemField.COLOR, ItemField.SIZE)));
  }
}
