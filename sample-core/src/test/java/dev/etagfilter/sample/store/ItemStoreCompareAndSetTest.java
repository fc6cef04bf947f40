package dev.etagfilter.sample.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.etagfilter.sample.item.Item;
import dev.etagfilter.sample.item.ItemFields;
import dev.etagfilter.sample.item.ItemIds;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The store's compare-and-set, the guarantee behind every 412: the same tests on H2 and on a real
 * PostgreSQL, each on its own fresh item id.
 */
class ItemStoreCompareAndSetTest {

  private static final int WRITERS = 8;
  private static final int ROUNDS = 5;

  private static ItemFields fields(String name) {
    return new ItemFields(name, "red", "M", new BigDecimal("12.50"));
  }

  private static ItemTable table(TestDatabase db) {
    return db.database().table();
  }

  private static ItemStore store(TestDatabase db) {
    return db.database().items();
  }

  /** A compare-and-set on the stored version writes and moves the item to the next version. */
  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void compareAndSetOnTheCurrentVersionWritesAndMovesToTheNextVersion(TestDatabase db) {
    ItemStore store = store(db);
    Item created = store.create(fields("a"));

    assertTrue(table(db).updateIfVersion(created.id(), 1, fields("b")));

    Item now = store.find(created.id()).orElseThrow();
    assertEquals(2, now.version());
    assertEquals("b", now.name());
  }

  /** A compare-and-set on a version that is no longer stored writes nothing. */
  /** The version alone (what a cheap 304 reads) is the live item's version, and none for a deleted one. */
  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void versionOfIsTheLiveItemsVersionAlone(TestDatabase db) {
    ItemStore store = store(db);
    Item created = store.create(fields("lamp"));
    assertEquals(java.util.OptionalLong.of(1), store.versionOf(created.id()));
    store.replace(created.id(), VersionCondition.version(1), f -> fields("desk lamp"));
    assertEquals(java.util.OptionalLong.of(2), store.versionOf(created.id()));
    store.delete(created.id(), VersionCondition.version(2));
    assertEquals(java.util.OptionalLong.empty(), store.versionOf(created.id()));
    assertEquals(java.util.OptionalLong.empty(), store.versionOf("never-existed"));
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void compareAndSetOnAStaleVersionWritesNothing(TestDatabase db) {
    ItemStore store = store(db);
    Item created = store.create(fields("a"));
    assertTrue(table(db).updateIfVersion(created.id(), 1, fields("b")));

    assertFalse(table(db).updateIfVersion(created.id(), 1, fields("c")));

    Item now = store.find(created.id()).orElseThrow();
    assertEquals(2, now.version());
    assertEquals("b", now.name());
  }

  /** N writers racing with the same expected version on the raw statement: exactly one wins. */
  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void concurrentCompareAndSetsOnOneVersionHaveExactlyOneWinner(TestDatabase db) throws Exception {
    ItemTable table = table(db);
    for (int round = 0; round < ROUNDS; round++) {
      Item created = store(db).create(fields("start"));
      List<Boolean> results = race(writer -> () -> table.updateIfVersion(created.id(), 1, fields("w" + writer)));

      assertEquals(1, results.stream().filter(won -> won).count(), "winners in round " + round + ": " + results);
      assertEquals(2, store(db).find(created.id()).orElseThrow().version());
    }
  }

  /**
   * N requests racing through {@link ItemStore#replace} with the same expected version: one
   * change, and every other writer gets a conflict carrying the winner's item.
   */
  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void concurrentReplacesWithTheSameExpectedVersionHaveOneWinnerAndConflictsShowIt(TestDatabase db)
      throws Exception {
    ItemStore store = store(db);
    Item created = store.create(fields("start"));

    List<WriteResult> results =
        race(writer -> () -> store.replace(created.id(), VersionCondition.version(1), current -> fields("w" + writer)));

    List<Item> winners = new ArrayList<>();
    for (WriteResult result : results) {
      if (result instanceof WriteResult.Changed changed) {
        winners.add(changed.item());
      } else {
        assertInstanceOf(WriteResult.Conflict.class, result);
      }
    }
    assertEquals(1, winners.size(), results.toString());
    Item stored = store.find(created.id()).orElseThrow();
    assertEquals(winners.get(0), stored);
    results.stream()
        .filter(WriteResult.Conflict.class::isInstance)
        .forEach(conflict -> assertEquals(2, ((WriteResult.Conflict) conflict).current().version()));
  }

  /** Writers that all accept any version ({@code If-Match: *}) all succeed, one after the other. */
  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void concurrentForcedOverridesAllApplyInTurn(TestDatabase db) throws Exception {
    ItemStore store = store(db);
    Item created = store.create(fields("start"));

    List<WriteResult> results =
        race(writer -> () -> store.replace(created.id(), VersionCondition.anyVersion(), current -> fields("w" + writer)));

    Set<Long> versions = new HashSet<>();
    for (WriteResult result : results) {
      versions.add(assertInstanceOf(WriteResult.Changed.class, result).item().version());
    }
    assertEquals(WRITERS, versions.size(), "every override got its own version: " + versions);
    assertEquals(1 + WRITERS, store.find(created.id()).orElseThrow().version());
  }

  /** A write of the fields already stored writes nothing and keeps the version (and so the ETag). */
  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void writingTheStoredFieldsKeepsTheVersion(TestDatabase db) {
    ItemStore store = store(db);
    Item created = store.create(fields("a"));
    ItemFields samePriceOtherScale = new ItemFields("a", "red", "M", new BigDecimal("12.5"));

    WriteResult result = store.replace(created.id(), VersionCondition.version(1), current -> samePriceOtherScale);

    assertEquals(new WriteResult.Unchanged(created), result);
    assertEquals(1, store.find(created.id()).orElseThrow().version());
  }

  /** Deleting and re-creating continues the version sequence: no version repeats for an id. */
  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void versionsNeverRepeatAcrossDeleteAndRecreate(TestDatabase db) {
    ItemStore store = store(db);
    String id = ItemIds.generate();
    Set<Long> seen = new HashSet<>();
    for (int cycle = 0; cycle < 3; cycle++) {
      Item created = assertInstanceOf(WriteResult.Created.class, store.createIfAbsent(id, fields("c" + cycle))).item();
      assertTrue(seen.add(created.version()), "repeated version " + created.version());
      Item changed = assertInstanceOf(WriteResult.Changed.class,
          store.replace(id, VersionCondition.version(created.version()), current -> fields("x"))).item();
      assertTrue(seen.add(changed.version()), "repeated version " + changed.version());
      assertInstanceOf(WriteResult.Deleted.class, store.delete(id, VersionCondition.version(changed.version())));
      assertTrue(store.find(id).isEmpty());
    }
  }

  /** A delete with a stale version is a conflict and leaves the item as it was. */
  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void deleteWithAStaleVersionKeepsTheItem(TestDatabase db) {
    ItemStore store = store(db);
    Item created = store.create(fields("a"));
    store.replace(created.id(), VersionCondition.version(1), current -> fields("b"));

    WriteResult result = store.delete(created.id(), VersionCondition.version(1));

    assertEquals(2, assertInstanceOf(WriteResult.Conflict.class, result).current().version());
    assertTrue(store.find(created.id()).isPresent());
  }

  /** Writes to an id that has no live item report it absent and create nothing. */
  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void writesToAnUnknownIdAreAbsentAndCreateNothing(TestDatabase db) {
    ItemStore store = store(db);
    String id = ItemIds.generate();

    assertInstanceOf(WriteResult.Absent.class, store.replace(id, VersionCondition.anyVersion(), current -> fields("a")));
    assertInstanceOf(WriteResult.Absent.class, store.delete(id, VersionCondition.anyVersion()));
    assertTrue(store.find(id).isEmpty());
  }

  /** Create-if-absent on a live item is a conflict carrying that item. */
  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void createIfAbsentRefusesALiveItem(TestDatabase db) {
    ItemStore store = store(db);
    Item created = store.create(fields("a"));

    WriteResult result = store.createIfAbsent(created.id(), fields("b"));

    assertEquals(created, assertInstanceOf(WriteResult.Conflict.class, result).current());
  }

  /** N clients creating the same id at once: exactly one creates it, the others see it. */
  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void concurrentCreatesAtOneIdHaveExactlyOneWinner(TestDatabase db) throws Exception {
    ItemStore store = store(db);
    String id = ItemIds.generate();

    List<WriteResult> results = race(writer -> () -> store.createIfAbsent(id, fields("w" + writer)));

    assertEquals(1, results.stream().filter(WriteResult.Created.class::isInstance).count(), results.toString());
    assertEquals(WRITERS - 1, results.stream().filter(WriteResult.Conflict.class::isInstance).count());
  }

  /** Opening the same database again migrates nothing twice and keeps the data. */
  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void schemaMigrationIsIdempotent(TestDatabase db) {
    Item created = store(db).create(fields("kept"));

    Database.open(db.jdbcUrl()).close();
    Database.open(db.jdbcUrl()).close();

    assertEquals(created, store(db).find(created.id()).orElseThrow());
  }

  /** Runs one task per writer, all released at once by a barrier, and returns their results. */
  private static <T> List<T> race(WriterTask<T> task) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(WRITERS);
    try {
      CyclicBarrier start = new CyclicBarrier(WRITERS);
      List<Future<T>> futures = new ArrayList<>();
      for (int writer = 0; writer < WRITERS; writer++) {
        Callable<T> work = task.forWriter(writer);
        futures.add(pool.submit(() -> {
          start.await(10, TimeUnit.SECONDS);
          return work.call();
        }));
      }
      List<T> results = new ArrayList<>();
      for (Future<T> future : futures) {
        results.add(future.get(30, TimeUnit.SECONDS));
      }
      return results;
    } finally {
      pool.shutdownNow();
    }
  }

  @FunctionalInterface
  private interface WriterTask<T> {
    Callable<T> forWriter(int writer);
  }
}
