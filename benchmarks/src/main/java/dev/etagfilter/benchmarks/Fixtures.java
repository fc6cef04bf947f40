package dev.etagfilter.benchmarks;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Test data of a chosen JSON size: one item whose notes fill it (the loopback benchmark's
 * representations), or a list of small items (the shape of a large collection response).
 */
public final class Fixtures {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  private static final String[] WORDS = {
    "oak", "linen", "blue", "matte", "steel", "left", "hinge", "spare", "batch", "rev", "dock", "qa"
  };

  private Fixtures() {}

  /** An item whose JSON is {@code jsonBytes} long, give or take a few bytes. */
  public static Item itemOfSize(String id, int jsonBytes) {
    Item empty = item(id, 0, "");
    int padding = Math.max(0, jsonBytes - jsonLength(empty));
    return item(id, 0, text(padding, 0));
  }

  /** A list of small, varied items whose JSON is at least {@code jsonBytes} long. */
  public static List<Item> listOfSize(int jsonBytes) {
    List<Item> items = new ArrayList<>();
    int length = 2;
    for (int i = 0; length < jsonBytes; i++) {
      Item item = item("item-" + i, i % 97, text(40 + i % 60, i));
      items.add(item);
      length += jsonLength(item) + 1;
    }
    return items;
  }

  /** The length of {@code value} as plain Jackson JSON. */
  public static int jsonLength(Object value) {
    try {
      return MAPPER.writeValueAsBytes(value).length;
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static Item item(String id, long version, String notes) {
    return new Item(id, "Desk lamp " + id, "blue", "M", new BigDecimal("49.90"), notes, version);
  }

  /** Plain ASCII words, exactly {@code length} characters. */
  private static String text(int length, int seed) {
    StringBuilder out = new StringBuilder(length + 8);
    for (int i = seed; out.length() < length; i++) {
      out.append(WORDS[i % WORDS.length]).append(' ');
    }
    out.setLength(length);
    return out.toString();
  }
}
