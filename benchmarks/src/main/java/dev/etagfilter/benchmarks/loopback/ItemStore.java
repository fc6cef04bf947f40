package dev.etagfilter.benchmarks.loopback;

import dev.etagfilter.benchmarks.Item;
import jakarta.ws.rs.NotFoundException;
import java.util.Map;
import java.util.Optional;
import java.util.function.LongPredicate;
import java.util.concurrent.ConcurrentHashMap;

/** The in-memory item store of one server: every write bumps the version, atomically per item. */
public final class ItemStore {

  private final Map<String, Item> items = new ConcurrentHashMap<>();

  /** Stores {@code item} under its id as it is (used to seed the store). */
  public void seed(Item item) {
    items.put(item.id(), item);
  }

  /** The stored item, or null. */
  public Item find(String id) {
    return items.get(id);
  }

  /** The stored item; 404 when the id is unknown. */
  public Item require(String id) {
    Item item = items.get(id);
    if (item == null) {
      throw new NotFoundException();
    }
    return item;
  }

  /**
   * The stored item's version alone, the cheap validator a conditional GET can be answered from
   * (in a database: {@code SELECT version FROM items WHERE id = ?}); 404 when the id is unknown.
   */
  public long versionOf(String id) {
    return require(id).version();
  }

  /** Last write wins: stores {@code item} at the next version; 404 when the id is unknown. */
  public Item replace(String id, Item item) {
    Item written = items.computeIfPresent(id, (key, current) -> item.stored(key, current.version() + 1));
    if (written == null) {
      throw new NotFoundException();
    }
    return written;
  }

  /**
   * Compare-and-set: stores {@code item} at the next version only if the stored version is still
   * {@code expectedVersion}; empty when another write won or the id is unknown.
   */
  public Optional<Item> replaceIf(String id, LongPredicate permitsVersion, Item item) {
    Item[] written = new Item[1];
    items.computeIfPresent(id, (key, current) -> {
      if (!permitsVersion.test(current.version())) {
        return current;
      }
      written[0] = item.stored(key, current.version() + 1);
      return written[0];
    });
    return Optional.ofNullable(written[0]);
  }
}
