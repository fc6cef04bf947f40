package dev.etagfilter.sample.store;

import dev.etagfilter.sample.item.FieldGroups;
import dev.etagfilter.sample.item.Item;
import dev.etagfilter.sample.item.ItemField;
import dev.etagfilter.sample.item.ItemFields;
import dev.etagfilter.sample.item.ItemIds;
import dev.etagfilter.sample.item.ItemVersion;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
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
 * Every version is kept in the history (up to the retention), with who wrote it when the caller
 * says ({@code author}, may be null), in the transaction of its compare-and-set; a deletion is kept
 * as a version without fields, and the history outlives it.
 */
public final class ItemStore {

  /**
   * Attempts before giving up on a write that keeps losing its compare-and-set. Only writes that
   * accept any version ({@code If-Match: *}), merge, or re-read a changing tombstone loop at all,
   * and each lost attempt means another writer's change was stored: with N writers at once the
   * last one may lose N - 1 times.
   */
  private static final int MAX_ATTEMPTS = 16;

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

  /**
   * The version of the live item with this id, read alone: what a conditional GET needs to answer
   * 304 without reading, let alone serializing, the item.
   */
  public OptionalLong versionOf(String id) {
    return table.liveVersion(id);
  }

  /**
   * Up to {@code limit} kept versions of the item older than version {@code before}, newest first;
   * empty when no item ever had this id. A deleted item keeps its history.
   */
  public Optional<VersionPage> history(String id, long before, int limit) {
    if (table.read(id).isEmpty()) {
      return Optional.empty();
    }
    List<ItemVersion> versions = table.versions(id, before, limit + 1);
    boolean more = versions.size() > limit;
    return Optional.of(new VersionPage(more ? versions.subList(0, limit) : versions, more));
  }

  /** The kept {@code version} of the item; empty when it never existed or fell out of the retention. */
  public Optional<ItemVersion> version(String id, long version) {
    return table.version(id, version);
  }

  /** Stores a new item under a fresh random id, at version 1. */
  public Item create(ItemFields fields) {
    return create(fields, null);
  }

  /** Stores a new item under a fresh random id, at version 1, written by {@code author} (or null). */
  public Item create(ItemFields fields, String author) {
    for (int attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
      String id = ItemIds.generate();
      if (table.insert(id, fields, author)) {
        return Item.of(id, fields, 1);
      }
    }
    throw new IllegalStateException("could not find a free random id in " + MAX_ATTEMPTS + " attempts");
  }

  /** {@link #createIfAbsent(String, ItemFields, String)} by an unnamed author. */
  public WriteResult createIfAbsent(String id, ItemFields fields) {
    return createIfAbsent(id, fields, null);
  }

  /**
   * Creates the item at {@code id} only if no live item has it (RFC 9110 13.1.2, {@code
   * If-None-Match: *}): {@link WriteResult.Created} or {@link WriteResult.Conflict} with the live
   * item. Over a tombstone the item continues from the tombstone's version.
   */
  public WriteResult createIfAbsent(String id, ItemFields fields, String author) {
    return write(id, row -> {
      if (row.isEmpty()) {
        return table.insert(id, fields, author) ? created(id, fields, 1) : Optional.empty();
      }
      if (!row.get().deleted()) {
        return Optional.of(new WriteResult.Conflict(row.get().item()));
      }
      long tombstone = row.get().version();
      return table.reviveIfVersion(id, tombstone, fields, author)
          ? created(id, fields, tombstone + 1)
          : Optional.empty();
    });
  }

  /** {@link #replace(String, VersionCondition, UnaryOperator, String)} by an unnamed author. */
  public WriteResult replace(String id, VersionCondition condition, UnaryOperator<ItemFields> change) {
    return replace(id, condition, change, null);
  }

  /**
   * Replaces the live item's fields with {@code change} applied to them, if {@code condition}
   * permits its version. {@code change} may throw (e.g. a validation error); nothing is written then.
   * A change to equal fields writes nothing and keeps the version, so the entity tag too.
   *
   * @return {@link WriteResult.Changed}, {@link WriteResult.Unchanged}, {@link
   *     WriteResult.Conflict} with the current item, or {@link WriteResult.Absent}
   */
  public WriteResult replace(String id, VersionCondition condition, UnaryOperator<ItemFields> change, String author) {
    return write(id, row -> onLive(row, current -> condition.permits(current.version())
        ? change(current, change.apply(current.fields()), author)
        : conflict(current)));
  }

  /**
   * A merge patch that may be merged: applied like {@link #replace} when {@code condition} permits
   * the stored version; otherwise, when the patch was based on the older version {@code base} and
   * no field in the {@code groups} of the {@code touched} fields changed between that version (from
   * the history) and the stored one, applied on top of the stored version ({@link
   * WriteResult.Merged}). Any overlap, or a base the history no longer keeps, is a {@link
   * WriteResult.Conflict}.
   *
   * @param base the one version the client's {@code If-Match} named, if it named exactly one
   */
  public WriteResult mergePatch(String id, VersionCondition condition, OptionalLong base, Set<ItemField> touched,
      FieldGroups groups, UnaryOperator<ItemFields> patch, String author) {
    return write(id, row -> onLive(row, current -> {
      if (condition.permits(current.version())) {
        return change(current, patch.apply(current.fields()), author);
      }
      if (base.isEmpty() || base.getAsLong() >= current.version() || !mergeable(id, base.getAsLong(), touched,
          groups, current)) {
        return conflict(current);
      }
      ItemFields next = patch.apply(current.fields());
      if (next.equals(current.fields())) {
        return Optional.of(new WriteResult.Unchanged(current));
      }
      return table.updateIfVersion(id, current.version(), next, author)
          ? Optional.of(new WriteResult.Merged(Item.of(id, next, current.version() + 1), current.version()))
          : Optional.empty();
    }));
  }

  /** {@link #delete(String, VersionCondition, String)} by an unnamed author. */
  public WriteResult delete(String id, VersionCondition condition) {
    return delete(id, condition, null);
  }

  /**
   * Deletes the live item if {@code condition} permits its version, leaving a tombstone; the
   * deletion is kept in the history as a version.
   *
   * @return {@link WriteResult.Deleted}, {@link WriteResult.Conflict} with the current item, or
   *     {@link WriteResult.Absent}
   */
  public WriteResult delete(String id, VersionCondition condition, String author) {
    return write(id, row -> onLive(row, current -> {
      if (!condition.permits(current.version())) {
        return conflict(current);
      }
      return table.deleteIfVersion(id, current.version(), author)
          ? Optional.of(new WriteResult.Deleted())
          : Optional.empty();
    }));
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

  /** The change of {@code current} to {@code next}: nothing to write when they are equal. */
  private Optional<WriteResult> change(Item current, ItemFields next, String author) {
    if (next.equals(current.fields())) {
      // The read is the linearization point: at that version the item already had these fields.
      return Optional.of(new WriteResult.Unchanged(current));
    }
    // The row was at current.version() with current.fields(), so it now is exactly this.
    return table.updateIfVersion(current.id(), current.version(), next, author)
        ? Optional.of(new WriteResult.Changed(Item.of(current.id(), next, current.version() + 1)))
        : Optional.empty();
  }

  /**
   * Whether the history still keeps {@code base}, the item was not deleted since (a re-created item
   * is another item to the client), and no field in the touched groups differs between the two.
   */
  private boolean mergeable(String id, long base, Set<ItemField> touched, FieldGroups groups, Item current) {
    long span = current.version() - base + 1;
    if (span > Integer.MAX_VALUE) {
      return false;
    }
    List<ItemVersion> since = table.versions(id, current.version() + 1, (int) span);
    ItemVersion oldest = since.isEmpty() ? null : since.get(since.size() - 1);
    if (oldest == null || oldest.version() != base || since.stream().anyMatch(ItemVersion::deleted)) {
      return false;
    }
    return groups.overlap(touched, oldest.fields(), current.fields()).isEmpty();
  }

  /** Absent unless a live item is stored; otherwise {@code write} on it. */
  private static Optional<WriteResult> onLive(Optional<ItemTable.Row> row, Function<Item, Optional<WriteResult>> write) {
    if (row.isEmpty() || row.get().deleted()) {
      return Optional.of(new WriteResult.Absent());
    }
    return write.apply(row.get().item());
  }

  private static Optional<WriteResult> conflict(Item current) {
    return Optional.of(new WriteResult.Conflict(current));
  }

  private static Optional<WriteResult> created(String id, ItemFields fields, long version) {
    return Optional.of(new WriteResult.Created(Item.of(id, fields, version)));
  }
}
