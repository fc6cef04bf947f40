package dev.etagfilter.client.it;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.math.BigDecimal;

/** The item as any client sees it: {@code {"id","name","color","size","price","version"}}. */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonPropertyOrder({"id", "name", "color", "size", "price", "version"})
public record Item(String id, String name, String color, String size, BigDecimal price, long version) {

  /** A new item's fields (the server assigns id and version). */
  static Item draft(String name) {
    return new Item(null, name, "white", "L", new BigDecimal("10.00"), 0);
  }

  Item withColor(String newColor) {
    return new Item(id, name, newColor, size, price, version);
  }

  Item withSize(String newSize) {
    return new Item(id, name, color, newSize, price, version);
  }

  Item withPrice(BigDecimal newPrice) {
    return new Item(id, name, color, size, newPrice, version);
  }
}
