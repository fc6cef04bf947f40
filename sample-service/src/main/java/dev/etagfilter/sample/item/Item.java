package dev.etagfilter.sample.item;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dev.etagfilter.ETagVersion;
import java.math.BigDecimal;

/**
 * An item as clients see it: {@code {"id", "name", "color", "size", "price", "version"}}. The
 * {@code id} and {@code version} are managed by the server; the version becomes the entity tag
 * ({@code "7"}), made by the library from the {@link ETagVersion} component.
 *
 * @param id the item's id, see {@link ItemIds}
 * @param name required
 * @param color optional (null when not given)
 * @param size optional (null when not given)
 * @param price required, at least 0, two decimals
 * @param version grows by one on every change, never repeats for an id
 */
@JsonPropertyOrder({"id", "name", "color", "size", "price", "version"})
public record Item(
    String id, String name, String color, String size, BigDecimal price, @ETagVersion long version) {

  /** The item with {@code fields} at {@code version}. */
  public static Item of(String id, ItemFields fields, long version) {
    return new Item(id, fields.name(), fields.color(), fields.size(), fields.price(), version);
  }

  /** The client-editable part. */
  public ItemFields fields() {
    return new ItemFields(name, color, size, price);
  }
}
