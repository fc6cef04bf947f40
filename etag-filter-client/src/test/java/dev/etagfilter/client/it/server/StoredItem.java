package dev.etagfilter.client.it.server;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dev.etagfilter.ETagVersion;
import java.math.BigDecimal;

/** The server's item, in the sample's JSON shape; its version is its entity tag. */
@JsonPropertyOrder({"id", "name", "color", "size", "price", "version"})
public record StoredItem(
    String id, String name, String color, String size, BigDecimal price, @ETagVersion long version) {

  StoredItem at(String newId, long newVersion) {
    return new StoredItem(newId, name, color, size, price, newVersion);
  }

  boolean sameFieldsAs(StoredItem other) {
    return java.util.Objects.equals(name, other.name) && java.util.Objects.equals(color, other.color)
        && java.util.Objects.equals(size, other.size) && java.util.Objects.equals(price, other.price);
  }
}
