package dev.etagfilter.sample.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.etagfilter.sample.item.Item;
import dev.etagfilter.sample.item.ItemFields;
import dev.etagfilter.sample.item.ItemIds;
import dev.etagfilter.sample.item.ItemVersion;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The version history, on H2 and on a real PostgreSQL: every stored version is kept (in the
 * compare-and-set's transaction), with who wrote it and when; nothing else is.
 */
class ItemHistoryTest {

  private static ItemFields fields(String color) {
    return new ItemFields("T-shirt", color, "M", new BigDecimal("12.50"));
  }

  private static ItemStore store(TestDatabase db) {
    return db.database().items();
  }

  private static List<Long> versionNumbers(ItemStore store, String id) {
    return store.history(id, Long.MAX_VALUE, 100).orElseThrow().versions().stream().map(ItemVersion::version).toList();
  }

  /** Create, change, delete and re-create each keep their version, newest first, a deletion without fields. */
  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void everyWriteKeepsItsVersionNewestFirst(TestDatabase db) {
    ItemStore store = store(db);
    String id = ItemIds.generate();
    store.createIfAbsent(id, fields("red"), "alice@example.com");
    store.replace(id, VersionCondition.version(1), current -> fields("blue"), "bob@example.com");
    store.delete(id, VersionCondition.version(2), null);
    store.createIfAbsent(id, fields("green"), null);

    List<ItemVersion> versions = store.history(id, Long.MAX_VALUE, 10).orElseThrow().versions();

    assertEquals(List.of(4L, 3L, 2L, 1L), versions.stream().map(ItemVersion::version).toList());
    assertEquals("green", versions.get(0).fields().color());
    assertTrue(versions.get(1).deleted());
    assertEquals("blue", versions.get(2).fields().color());
    assertEquals("bob@example.com", versions.get(2).savedBy());
    assertEquals("alice@example.com", versions.get(3).savedBy());
    assertNull(versions.get(0).savedBy());
    versions.forEach(version -> assertNotNull(version.savedAt()));
  }

  /** A write that changes nothing and a lost compare-and-set keep no version. */
  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void unchangedAndLostWritesKeepNoVersion(TestDatabase db) {
    ItemStore store = store(db);
    Item created = store.create(fields("red"));
    store.replace(created.id(), VersionCondition.version(1), current -> fields("red"));
    assertFalse(db.database().table().updateIfVersion(created.id(), 7, fields("blue")));
    store.replace(created.id(), VersionCondition.version(5), current -> fields("blue"));

    assertEquals(List.of(1L), versionNumbers(store, created.id()));
  }

  /** Pages go from the newest down: {@code before} and {@code limit}, and whether there is more. */
  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void historyIsPagedFromTheNewest(TestDatabase db) {
    ItemStore store = store(db);
    Item created = store.create(fields("c1"));
    for (long version = 1; version < 5; version++) {
      store.replace(created.id(), VersionCondition.version(version), current -> fields("x" + current.color()));
    }

    VersionPage first = store.history(created.id(), Long.MAX_VALUE, 2).orElseThrow();
    VersionPage second = store.history(created.id(), 4, 2).orElseThrow();
    VersionPage last = store.history(created.id(), 2, 2).orElseThrow();

    assertEquals(List.of(5L, 4L), first.versions().stream().map(ItemVersion::version).toList());
    assertTrue(first.more());
    assertEquals(List.of(3L, 2L), second.versions().stream().map(ItemVersion::version).toList());
    assertTrue(second.more());
    assertEquals(List.of(1L), last.versions().stream().map(ItemVersion::version).toList());
    assertFalse(last.more());
  }

  /** An id that never held an item has no history at all; one version is found by number. */
  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void unknownIdsHaveNoHistoryAndVersionsAreFoundByNumber(TestDatabase db) {
    ItemStore store = store(db);
    Item created = store.create(fields("red"));
    store.replace(created.id(), VersionCondition.version(1), current -> fields("blue"));

    assertTrue(store.history(ItemIds.generate(), Long.MAX_VALUE, 10).isEmpty());
    assertEquals("red", store.version(created.id(), 1).orElseThrow().fields().color());
    assertTrue(store.version(created.id(), 3).isEmpty());
  }

  /** Deleting keeps the history: the versions before the deletion are still there. */
  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void deletionKeepsTheHistory(TestDatabase db) {
    ItemStore store = store(db);
    Item created = store.create(fields("red"));
    store.delete(created.id(), VersionCondition.version(1));

    assertTrue(store.find(created.id()).isEmpty());
    assertEquals(List.of(2L, 1L), versionNumbers(store, created.id()));
    assertEquals("red", store.version(created.id(), 1).orElseThrow().fields().color());
  }

  /** Restoring is a write of an old version's fields: a new version, never an old number again. */
  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void restoringMakesANewVersionWithTheOldContent(TestDatabase db) {
    ItemStore store = store(db);
    Item created = store.create(fields("red"));
    store.replace(created.id(), VersionCondition.version(1), current -> fields("blue"));
    ItemFields old = store.version(created.id(), 1).orElseThrow().fields();

    WriteResult restored = store.replace(created.id(), VersionCondition.version(2), current -> old, "carol@example.com");

    Item item = assertInstanceOf(WriteResult.Changed.class, restored).item();
    assertEquals(3, item.version());
    assertEquals("red", item.color());
    assertEquals(List.of(3L, 2L, 1L), versionNumbers(store, created.id()));
  }

  /** The retention keeps the newest N versions of each item, the older ones go in the same write. */
  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void retentionKeepsTheNewestVersions(TestDatabase db) {
    ItemStore store = db.database().items(ItemCollection.ITEMS, 3);
    Item created = store.create(fields("c"));
    for (long version = 1; version < 6; version++) {
      store.replace(created.id(), VersionCondition.version(version), current -> fields("x" + current.color()));
    }

    assertEquals(List.of(6L, 5L, 4L), versionNumbers(store, created.id()));
    assertTrue(store.version(created.id(), 3).isEmpty());
  }

  /** Each collection keeps its own items and history. */
  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void collectionsKeepSeparateItemsAndHistories(TestDatabase db) {
    String id = ItemIds.generate();
    db.database().items().createIfAbsent(id, fields("red"));

    assertTrue(db.database().mergeableItems().find(id).isEmpty());
    assertTrue(db.database().mergeableItems().history(id, Long.MAX_VALUE, 10).isEmpty());
    assertInstanceOf(WriteResult.Created.class, db.database().mergeableItems().createIfAbsent(id, fields("blue")));
    assertEquals("red", db.database().items().find(id).orElseThrow().color());
  }
}
