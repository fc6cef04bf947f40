package dev.etagfilter.sample.item;

import java.security.SecureRandom;
import java.util.regex.Pattern;

/**
 * Item ids: 1 to 64 characters from {@code [A-Za-z0-9_-]}, so an id is always safe in a URL path,
 * a log line and a SQL parameter. The server makes 12-character ids for {@code POST}; a client
 * chooses its own with {@code PUT} and {@code If-None-Match: *}.
 */
public final class ItemIds {

  /** The pattern every id matches. */
  public static final Pattern PATTERN = Pattern.compile("[A-Za-z0-9_-]{1,64}");

  private static final char[] ALPHABET = "abcdefghijklmnopqrstuvwxyz0123456789".toCharArray();
  private static final int GENERATED_LENGTH = 12;
  private static final SecureRandom RANDOM = new SecureRandom();

  private ItemIds() {}

  /** Whether {@code id} is a valid id. */
  public static boolean isValid(String id) {
    return id != null && PATTERN.matcher(id).matches();
  }

  /** A new random id: 12 characters of {@code [a-z0-9]}, about 62 bits. */
  public static String generate() {
    char[] id = new char[GENERATED_LENGTH];
    for (int i = 0; i < id.length; i++) {
      id[i] = ALPHABET[RANDOM.nextInt(ALPHABET.length)];
    }
    return new String(id);
  }
}
