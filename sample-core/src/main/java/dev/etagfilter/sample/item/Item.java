package dev.etagfilter.sample.item;

import java.math.BigDecimal;

/**
 * A stored item: its id, the fields a client edits, and its version. The version grows by one on
 * every change and never repeats for an id, so the HTTP layer can use it as the entity tag.
 *
 * @param id the item's id, see {@link ItemIds}
 * @param name required
 * @param color optional (null when not given)
 * @param size optional (null when not given)
 * @param price required, at least 0, two decimals
 * @param version grows by one on every change, never repeats for an id
 */
public record Item(String id, String name, String color, String size, BigDecimal price, long version) {

  /** The item with {@code fields} at {@code version}. */
  public static Item of(String id, ItemFields fields, long version) {
    return new Item(id, fields.name(), fields.color(), fields.size(), fields.price(), version);
  }

  /** The client-editable part. */
  public ItemFields fields() {
    return new ItemFields(name, color, size, price);
  }
}
