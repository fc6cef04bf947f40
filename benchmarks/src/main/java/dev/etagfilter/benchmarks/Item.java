package dev.etagfilter.benchmarks;

import dev.etagfilter.ETagVersion;
import java.math.BigDecimal;

/**
 * The entity every benchmark serves: the sample service's item, plus free-text {@code notes} that
 * set the size of its JSON. {@code id} and {@code version} are server-managed.
 *
 * @param id the item's identifier
 * @param name a display name
 * @param color a color name
 * @param size a size label
 * @param price a price with two decimals
 * @param notes free text, padded to reach a target representation size
 * @param version the version its entity tag is made from; bumped by every write
 */
public record Item(
    String id, String name, String color, String size, BigDecimal price, String notes, @ETagVersion long version) {

  /** This item as stored at {@code newVersion}, under {@code newId}. */
  public Item stored(String newId, long newVersion) {
    return new Item(newId, name, color, size, price, notes, newVersion);
  }
}
