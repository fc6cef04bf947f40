package dev.etagfilter.sample.http;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dev.etagfilter.ETagVersion;
import dev.etagfilter.sample.item.ItemFields;
import dev.etagfilter.sample.item.ItemVersion;
import java.math.BigDecimal;

/**
 * One kept version of an item as clients see it: {@code {"id", "version", "name", "color", "size",
 * "price", "deleted", "savedAt", "savedBy"}}. Served alone at {@code /items/{id}/versions/{v}} with
 * the entity tag {@code "v"}, made by the library from the {@link ETagVersion} component.
 *
 * @param id the item's id
 * @param version the version
 * @param name its name then; null for a deletion
 * @param color its colour then, or null
 * @param size its size then, or null
 * @param price its price then; null for a deletion
 * @param deleted whether this version is the item's deletion
 * @param savedAt when it was written (RFC 3339, UTC), or null for versions from before history was kept
 * @param savedBy who wrote it, as the write's {@code From} header said, or null
 */
@JsonPropertyOrder({"id", "version", "name", "color", "size", "price", "deleted", "savedAt", "savedBy"})
public record ItemVersionRepresentation(String id, @ETagVersion long version, String name, String color,
    String size, BigDecimal price, boolean deleted, String savedAt, String savedBy) {

  /** The representation of {@code version}. */
  public static ItemVersionRepresentation of(ItemVersion version) {
    ItemFields f = version.fields();
    return new ItemVersionRepresentation(version.itemId(), version.version(),
        f == null ? null : f.name(), f == null ? null : f.color(), f == null ? null : f.size(),
        f == null ? null : f.price(), version.deleted(),
        version.savedAt() == null ? null : version.savedAt().toString(), version.savedBy());
  }
}
