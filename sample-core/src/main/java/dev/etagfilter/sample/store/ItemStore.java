package dev.etagfilter.sample.store;

import dev.etagfilter.sample.item.Item;
import dev.etagfilter.sample.item.ItemFields;
import dev.etagfilter.sample.item.ItemIds;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/**
 * The item operations the service offers, each built on the single-statement compare-and-sets of
 * {@link ItemTable}: read what the id holds, check the caller's {@link VersionCondition} against its
 * version, then write only if that version is still stored. A lost compare-and-set reads again, so
 * the condition is always judged against the state the write replaces; a condition that names one
 * version then fails, and the caller answers 412. Nothing is retried on the client's behalf.
 *
 * <p>Versions start at 1 and grow by one per change. Deleting keeps a tombstone with the version, so
 * a re-created item continues from it and no version repeats for an id (see {@link ItemTable}).
 */
public final class ItemStore {

  /**
   * Attempts before giving up on a write that keeps losing its compare-and-set. Only writes that
   * accept any version ({@code If-Match: *}) or re-read a changing tombstone loop at all.
   */
  private static final int MAX_ATTEMPTS = 5;

  /** One try of a write against what the id holds now: its result, or empty when its compare-and-set lost. */
  @FunctionalInterface
  private interface Attempt {
    Optional<WriteResult> on(Optional<ItemTable.Row> row);
  }

  private final ItemTable table;

  ItemStore(ItemTable table) {
    this.table = table;
  }

  /** The live item with this id, if any. */
  public Optional<Item> find(String id) {
    return table.findLive(id);
  }

  /** Every live item, ordered by id. */
  public List<Item> list() {
    return table.listLive();
  }

  /** Stores a new item under a fresh random id, at version 1. */
  public Item create(ItemFields fields) {
    for (int attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
      String id = ItemIds.generate();
      if (table.insert(id, fields)) {
        return Item.of(id, fields, 1);
      }
    }
    throw new IllegalStateException("could not find a free random id in " + MAX_ATTEMPTS + " attempts");
  }

  /**
   * Creates the item at {@code id} only if no live item has it (RFC 9110 13.1.2, {@code
   * If-None-Match: *}): {@link WriteResult.Created} or {@link WriteResult.Conflict} with the live
   * item. Over a tombstone the item continues from the tombstone's version.
   */
  public WriteResult createIfAbsent(String id, ItemFields fields) {
    return write(id, row -> {
      if (row.isEmpty()) {
        return table.insert(id, fields) ? created(id, fields, 1) : Optional.empty();
      }
      if (!row.get().deleted()) {
        return Optional.of(new WriteResult.Conflict(row.get().item()));
      }
      long tombstone = row.get().version();
      return table.reviveIfVersion(id, tombstone, fields) ? created(id, fields, tombstone + 1) : Optional.empty();
    });
  }

  /**
   * Replaces the live item's fields with {@code change} applied to them, if {@code condition}
   * permits its version. {@code change} may throw (e.g. a validation error); nothing is written then.
   * A change to equal fields writes nothing and keeps the version, so the entity tag too.
   *
   * @return {@link WriteResult.Changed}, {@link WriteResult.Unchanged}, {@link
   *     WriteResult.Conflict} with the current item, or {@link WriteResult.Absent}
   */
  public WriteResult replace(String id, VersionCondition condition, UnaryOperator<ItemFields> change) {
    return write(id, row -> onLive(row, condition, current -> {
      ItemFields next = change.apply(current.fields());
      if (next.equals(current.fields())) {
        // The read is the linearization point: at that version the item already had these fields.
        return Optional.of(new WriteResult.Unchanged(current));
      }
      // The row was at current.version() with current.fields(), so it now is exactly this.
      return table.updateIfVersion(id, current.version(), next)
          ? Optional.of(new WriteResult.Changed(Item.of(id, next, current.version() + 1)))
          : Optional.empty();
    }));
  }

  /**
   * Deletes the live item if {@code condition} permits its version, leaving a tombstone.
   *
   * @return {@link WriteResult.Deleted}, {@link WriteResult.Conflict} with the current item, or
   *     {@link WriteResult.Absent}
   */
  public WriteResult delete(String id, VersionCondition condition) {
    return write(id, row -> onLive(row, condition, current -> table.deleteIfVersion(id, current.version())
        ? Optional.of(new WriteResult.Deleted())
        : Optional.empty()));
  }

  /** The one read, check, compare-and-set loop: tries {@code attempt} on a fresh read until it ends. */
  private WriteResult write(String id, Attempt attempt) {
    for (int i = 0; i < MAX_ATTEMPTS; i++) {
      Optional<WriteResult> done = attempt.on(table.read(id));
      if (done.isPresent()) {
        return done.get();
      }
      // Lost the compare-and-set: read again and judge the condition against the new state.
    }
    return table.findLive(id).<WriteResult>map(WriteResult.Conflict::new).orElseGet(WriteResult.Absent::new);
  }

  /** Absent unless a live item is stored; a conflict unless {@code condition} permits its version. */
  private static Optional<WriteResult> onLive(
      Optional<ItemTable.Row> row, VersionCondition condition, Function<Item, Optional<WriteResult>> write) {
    if (row.isEmpty() || row.get().deleted()) {
      return Optional.of(new WriteResult.Absent());
    }
    Item current = row.get().item();
    if (!condition.permits(current.version())) {
      return Optional.of(new WriteResult.Conflict(current));
    }
    return write.apply(current);
  }

  private static Optional<WriteResult> created(String id, ItemFields fields, long version) {
    return Optional.of(new WriteResult.Created(Item.of(id, fields, version)));
  }
}
