package dev.etagfilter.sample.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.etagfilter.sample.item.ItemField;
import dev.etagfilter.sample.item.ItemFields;
import dev.etagfilter.sample.item.ItemRules;
import dev.etagfilter.sample.item.Violation;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

/**
 * Turns JSON request bodies into valid {@link ItemFields}, or a 400 listing every invalid field
 * (the JSON types here, the rules of {@link ItemRules}):
 *
 * <ul>
 *   <li>a full item for {@code POST} and {@code PUT}: missing optional fields become null;
 *   <li>a JSON merge patch for {@code PATCH} (RFC 7396): members present replace the field, {@code
 *       null} removes it (so removing a required field is a 400), members absent keep it.
 * </ul>
 *
 * <p>In both, {@code id} and {@code version} are managed by the server and ignored, and any other
 * unknown member is a 400, so a misspelt field ({@code "colour"}) never silently does nothing.
 */
final class ItemBodies {

  static final String NAME = "name";
  static final String COLOR = "color";
  static final String SIZE = "size";
  static final String PRICE = "price";

  private static final Set<String> EDITABLE = Set.of(NAME, COLOR, SIZE, PRICE);
  private static final Set<String> SERVER_MANAGED = Set.of("id", "version");

  private ItemBodies() {}

  /** The fields of a full item ({@code POST}, {@code PUT}). */
  static ItemFields replacement(ObjectNode body) {
    return read(body, null);
  }

  /** {@code current} with the RFC 7396 merge {@code patch} applied. */
  static ItemFields mergePatch(ObjectNode patch, ItemFields current) {
    return read(patch, current);
  }

  /**
   * The fields a merge patch sets (or removes with {@code null}); 400 for a member that is not a
   * field, before anything is compared or written.
   */
  static Set<ItemField> touchedFields(ObjectNode patch) {
    List<Violation> errors = new ArrayList<>();
    rejectUnknownMembers(patch, errors);
    if (!errors.isEmpty()) {
      throw ProblemException.invalidFields(errors);
    }
    Set<ItemField> touched = EnumSet.noneOf(ItemField.class);
    for (Iterator<String> names = patch.fieldNames(); names.hasNext(); ) {
      ItemField field = ItemField.ofJsonName(names.next());
      if (field != null) {
        touched.add(field);
      }
    }
    return touched;
  }

  /** Reads {@code body}; a field it lacks is taken from {@code base}, or is null when base is null. */
  private static ItemFields read(ObjectNode body, ItemFields base) {
    List<Violation> errors = new ArrayList<>();
    rejectUnknownMembers(body, errors);
    String name = text(body, NAME, base == null ? null : base.name(), errors);
    String color = text(body, COLOR, base == null ? null : base.color(), errors);
    String size = text(body, SIZE, base == null ? null : base.size(), errors);
    BigDecimal price = number(body, base == null ? null : base.price(), errors);
    List<Violation> typeErrors = List.copyOf(errors);
    if (!has(typeErrors, NAME)) {
      ItemRules.checkText(NAME, name, true, errors);
    }
    if (!has(typeErrors, COLOR)) {
      ItemRules.checkText(COLOR, color, false, errors);
    }
    if (!has(typeErrors, SIZE)) {
      ItemRules.checkText(SIZE, size, false, errors);
    }
    if (!has(typeErrors, PRICE)) {
      ItemRules.checkPrice(price, errors);
    }
    if (!errors.isEmpty()) {
      throw ProblemException.invalidFields(errors);
    }
    return new ItemFields(name, color, size, ItemRules.normalizePrice(price));
  }

  private static void rejectUnknownMembers(ObjectNode body, List<Violation> errors) {
    for (Iterator<String> names = body.fieldNames(); names.hasNext(); ) {
      String member = names.next();
      if (!EDITABLE.contains(member) && !SERVER_MANAGED.contains(member)) {
        errors.add(new Violation(truncate(member),
            "is not a field of an item; the fields are name, color, size and price"));
      }
    }
  }

  private static String text(ObjectNode body, String field, String fallback, List<Violation> errors) {
    if (!body.has(field)) {
      return fallback;
    }
    JsonNode value = body.get(field);
    if (value.isNull()) {
      return null;
    }
    if (!value.isTextual()) {
      errors.add(new Violation(field, "must be a string (or null), got a JSON " + kind(value)));
      return null;
    }
    return value.textValue();
  }

  private static BigDecimal number(ObjectNode body, BigDecimal fallback, List<Violation> errors) {
    if (!body.has(PRICE)) {
      return fallback;
    }
    JsonNode value = body.get(PRICE);
    if (value.isNull()) {
      return null;
    }
    if (!value.isNumber()) {
      errors.add(new Violation(PRICE, "must be a JSON number such as 12.50, got a JSON " + kind(value)));
      return null;
    }
    return value.decimalValue();
  }

  private static boolean has(List<Violation> errors, String field) {
    return errors.stream().anyMatch(e -> e.field().equals(field));
  }

  private static String kind(JsonNode value) {
    return value.getNodeType().name().toLowerCase();
  }

  /** Echoes at most 64 characters of a client's member name back. */
  private static String truncate(String member) {
    return member.length() <= 64 ? member : member.substring(0, 64) + "...";
  }
}
