package dev.etagfilter.client.it.server;

import dev.etagfilter.PreconditionFailedException;
import jakarta.ws.rs.NotFoundException;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongPredicate;
import java.util.function.UnaryOperator;

/**
 * Items in memory; every write is a compare-and-set on the version, and a deleted item's last
 * version is kept (a tombstone) so a re-created item never repeats an entity tag.
 */
final class ItemStore {

  private final Map<String, StoredItem> items = new HashMap<>();
  private final Map<String, Long> lastVersions = new HashMap<>();
  private final AtomicLong ids = new AtomicLong();

  synchronized Optional<StoredItem> find(String id) {
    return Optional.ofNullable(items.get(id));
  }

  synchronized StoredItem create(StoredItem fields) {
    String id = "i" + ids.incrementAndGet();
    return put(fields.at(id, 1));
  }

  /** Creates the item at {@code id} unless one is stored there (If-None-Match: *). */
  synchronized Optional<StoredItem> createAt(String id, StoredItem fields) {
    if (items.containsKey(id)) {
      return Optional.empty();
    }
    return Optional.of(put(fields.at(id, lastVersions.getOrDefault(id, 0L) + 1)));
  }

  /** Replaces the item if {@code permits} its version; 412 with the current item otherwise. */
  synchronized StoredItem replaceIf(
      String id, LongPredicate permits, UnaryOperator<StoredItem> change, boolean absentIsNotFound) {
    StoredItem current = items.get(id);
    if (current == null) {
      throw absentIsNotFound ? new NotFoundException() : PreconditionFailedException.resourceAbsent();
    }
    if (!permits.test(current.version())) {
      throw PreconditionFailedException.withCurrent(current);
    }
    StoredItem changed = change.apply(current);
    // A write that changes nothing keeps the version, so the ETag too.
    return changed.sameFieldsAs(current) ? current : put(changed.at(id, current.version() + 1));
  }

  /** Deletes the item if {@code permits} its version: 404 if absent, 412 with the current item otherwise. */
  synchronized void deleteIf(String id, LongPredicate permits) {
    StoredItem current = items.get(id);
    if (current == null) {
      throw new NotFoundException();
    }
    if (!permits.test(current.version())) {
      throw PreconditionFailedException.withCurrent(current);
    }
    items.remove(id);
  }

  private StoredItem put(StoredItem item) {
    items.put(item.id(), item);
    lastVersions.put(item.id(), item.version());
    return item;
  }
}
