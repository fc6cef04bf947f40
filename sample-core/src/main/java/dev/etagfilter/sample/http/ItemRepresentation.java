package dev.etagfilter.sample.http;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dev.etagfilter.ETagVersion;
import dev.etagfilter.sample.item.Item;
import java.math.BigDecimal;

/**
 * An item as clients see it: {@code {"id", "name", "color", "size", "price", "version"}}. The
 * version becomes the entity tag ({@code "7"}), made by the library from the {@link ETagVersion}
 * component, so the tag a GET sends is the one a 412 sends.
 *
 * @param id the item's id
 * @param name its name
 * @param color its colour, or null
 * @param size its size, or null
 * @param price its price, two decimals
 * @param version the stored version
 */
@JsonPropertyOrder({"id", "name", "color", "size", "price", "version"})
public record ItemRepresentation(
    String id, String name, String color, String size, BigDecimal price, @ETagVersion long version) {

  /** The representation of {@code item}. */
  public static ItemRepresentation of(Item item) {
    return new ItemRepresentation(item.id(), item.name(), item.color(), item.size(), item.price(), item.version());
  }
}
