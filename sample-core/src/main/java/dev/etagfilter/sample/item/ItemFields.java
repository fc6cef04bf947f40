package dev.etagfilter.sample.item;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * The fields a client edits, already validated by {@link ItemRules}. Two values are equal when a
 * client would call them equal: prices compare by value, so {@code 12.5} equals {@code 12.50}.
 *
 * @param name the item's name, never null
 * @param color its colour, or null
 * @param size its size, or null
 * @param price its price with scale 2, never null
 */
public record ItemFields(String name, String color, String size, BigDecimal price) {

  @Override
  public boolean equals(Object other) {
    return other instanceof ItemFields that
        && Objects.equals(name, that.name)
        && Objects.equals(color, that.color)
        && Objects.equals(size, that.size)
        && (price == null ? that.price == null : that.price != null && price.compareTo(that.price) == 0);
  }

  @Override
  public int hashCode() {
    return Objects.hash(name, color, size, price == null ? null : price.stripTrailingZeros());
  }
}
