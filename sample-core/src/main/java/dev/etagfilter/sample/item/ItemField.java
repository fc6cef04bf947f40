package dev.etagfilter.sample.item;

import java.util.Objects;

/** One field a client edits, by its JSON name; compares two {@link ItemFields} on that field. */
public enum ItemField {
  /** {@code name}. */
  NAME("name"),
  /** {@code color}. */
  COLOR("color"),
  /** {@code size}. */
  SIZE("size"),
  /** {@code price}: compared by value, so {@code 12.5} equals {@code 12.50}. */
  PRICE("price");

  private final String jsonName;

  ItemField(String jsonName) {
    this.jsonName = jsonName;
  }

  /** The member name in the item's JSON, e.g. {@code color}. */
  public String jsonName() {
    return jsonName;
  }

  /** The field whose JSON name is {@code name}, or null for a name that is not an editable field. */
  public static ItemField ofJsonName(String name) {
    for (ItemField field : values()) {
      if (field.jsonName.equals(name)) {
        return field;
      }
    }
    return null;
  }

  /** Whether {@code a} and {@code b} hold different values in this field. */
  public boolean differs(ItemFields a, ItemFields b) {
    return switch (this) {
      case NAME -> !Objects.equals(a.name(), b.name());
      case COLOR -> !Objects.equals(a.color(), b.color());
      case SIZE -> !Objects.equals(a.size(), b.size());
      case PRICE -> a.price() == null ? b.price() != null : b.price() == null || a.price().compareTo(b.price()) != 0;
    };
  }
}
