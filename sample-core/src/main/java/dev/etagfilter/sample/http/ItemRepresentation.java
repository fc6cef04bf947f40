package dev.etagfilter.sample.http;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dev.etagfilter.ETagVersion;
import dev.etagfilter.sample.item.Item;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.media.Schema.AccessMode;
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
    @Schema(accessMode = AccessMode.READ_ONLY) String id,
    @Schema(requiredMode = Schema.RequiredMode.REQUIRED) String name,
    String color,
    String size,
    @Schema(requiredMode = Schema.RequiredMode.REQUIRED) BigDecimal price,
    @Schema(accessMode = AccessMode.READ_ONLY) @ETagVersion long version) {

  /** The representation of {@code item}. */
  public static ItemRepresentation of(Item item) {
    return new ItemRepresentation(item.id(), item.name(), item.color(), item.size(), item.price(), item.version());
  }
}
