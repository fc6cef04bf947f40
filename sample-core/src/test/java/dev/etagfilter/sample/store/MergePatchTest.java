package dev.etagfilter.sample.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import dev.etagfilter.sample.item.FieldGroups;
import dev.etagfilter.sample.item.Item;
import dev.etagfilter.sample.item.ItemField;
import dev.etagfilter.sample.item.ItemFields;
import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.OptionalLong;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The opt-in merge of disjoint edits, on H2 and on a real PostgreSQL: a patch based on an older
 * version is applied on top of the current one only when the history shows that none of the field
 * groups it sets changed in between.
 */
class MergePatchTest {

  private static final ItemFields SHIRT = new ItemFields("T-shirt", "blue", "L", new BigDecimal("12.50"));

  private static ItemStore store(TestDatabase db) {
    return db.database().mergeableItems();
  }

  /** A merge patch setting {@code field} to {@code value}, based on version {@code base}. */
  private static WriteResult patch(ItemStore store, String id, long base, ItemField field, String value) {
    return store.mergePatch(id, VersionCondition.version(base), OptionalLong.of(base), EnumSet.of(field),
        FieldGroups.VARIANT_TOGETHER, set(field, value), "patcher@example.com");
  }

  private static UnaryOperator<ItemFields> set(ItemField field, String value) {
    return f -> switch (field) {
      case NAME -> new ItemFields(value, f.color(), f.size(), f.price());
      case COLOR -> new ItemFields(f.name(), value, f.size(), f.price());
      case SIZE -> new ItemFields(f.name(), f.color(), value, f.price());
      case PRICE -> new ItemFields(f.name(), f.color(), f.size(), new BigDecimal(value));
    };
  }

  /** Price changed elsewhere, this patch renames: merged on top of the current version, both kept. */
  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void disjointPatchOnAStaleVersionIsMerged(TestDatabase db) {
    ItemStore store = store(db);
    Item created = store.create(SHIRT);
    patch(store, created.id(), 1, ItemField.PRICE, "15.00");

    WriteResult result = patch(store, created.id(), 1, ItemField.NAME, "Summer T-shirt");

    WriteResult.Merged merged = assertInstanceOf(WriteResult.Merged.class, result);
    assertEquals(2, merged.onto());
    assertEquals(3, merged.item().version());
    Item stored = store.find(created.id()).orElseThrow();
    assertEquals("Summer T-shirt", stored.name());
    assertEquals(0, new BigDecimal("15.00").compareTo(stored.price()));
    assertEquals("patcher@example.com", store.version(created.id(), 3).orElseThrow().savedBy());
  }

  /** The same field changed elsewhere: the usual conflict, nothing written. */
  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void patchOfAFieldChangedElsewhereIsAConflict(TestDatabase db) {
    ItemStore store = store(db);
    Item created = store.create(SHIRT);
    patch(store, created.id(), 1, ItemField.PRICE, "15.00");

    WriteResult result = patch(store, created.id(), 1, ItemField.PRICE, "9.99");

    assertEquals(2, assertInstanceOf(WriteResult.Conflict.class, result).current().version());
    assertEquals(2, store.find(created.id()).orElseThrow().version());
  }

  /** The T-shirt: green from one save, size M from the other; one group, so a conflict even here. */
  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void colorAndSizeOfTheTShirtConflictAsOneGroup(TestDatabase db) {
    ItemStore store = store(db);
    Item created = store.create(SHIRT);
    patch(store, created.id(), 1, ItemField.COLOR, "green");

    WriteResult result = patch(store, created.id(), 1, ItemField.SIZE, "M");

    assertInstanceOf(WriteResult.Conflict.class, result);
    assertEquals("L", store.find(created.id()).orElseThrow().size());
  }

  /** A field changed and changed back in between is no change: the patch is merged. */
  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void aChangeThatWasUndoneInBetweenDoesNotBlockTheMerge(TestDatabase db) {
    ItemStore store = store(db);
    Item created = store.create(SHIRT);
    patch(store, created.id(), 1, ItemField.PRICE, "15.00");
    patch(store, created.id(), 2, ItemField.PRICE, "12.50");

    assertInstanceOf(WriteResult.Merged.class, patch(store, created.id(), 1, ItemField.PRICE, "13.00"));
  }

  /** A base the history no longer keeps cannot be compared: a conflict. */
  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void baseOutsideTheRetentionIsAConflict(TestDatabase db) {
    ItemStore store = db.database().items(ItemCollection.MERGEABLE_ITEMS, 2);
    Item created = store.create(SHIRT);
    patch(store, created.id(), 1, ItemField.PRICE, "15.00");
    patch(store, created.id(), 2, ItemField.PRICE, "16.00");

    assertInstanceOf(WriteResult.Conflict.class, patch(store, created.id(), 1, ItemField.NAME, "Renamed"));
  }

  /** An item deleted and re-created since the base is another item to the client: a conflict. */
  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void deletionSinceTheBaseIsAConflict(TestDatabase db) {
    ItemStore store = store(db);
    Item created = store.create(SHIRT);
    store.delete(created.id(), VersionCondition.version(1));
    store.createIfAbsent(created.id(), SHIRT);

    assertInstanceOf(WriteResult.Conflict.class, patch(store, created.id(), 1, ItemField.NAME, "Renamed"));
  }

  /** Without exactly one base version (e.g. several tags), a stale patch is never merged. */
  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void withoutABaseVersionAStalePatchIsAConflict(TestDatabase db) {
    ItemStore store = store(db);
    Item created = store.create(SHIRT);
    patch(store, created.id(), 1, ItemField.PRICE, "15.00");

    WriteResult result = store.mergePatch(created.id(), VersionCondition.version(1), OptionalLong.empty(),
        Set.of(ItemField.NAME), FieldGroups.VARIANT_TOGETHER, set(ItemField.NAME, "Renamed"), null);

    assertInstanceOf(WriteResult.Conflict.class, result);
  }

  /** On the current version a merge patch is an ordinary change. */
  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void patchOnTheCurrentVersionIsAnOrdinaryChange(TestDatabase db) {
    ItemStore store = store(db);
    Item created = store.create(SHIRT);

    assertInstanceOf(WriteResult.Changed.class, patch(store, created.id(), 1, ItemField.NAME, "Renamed"));
  }
}
