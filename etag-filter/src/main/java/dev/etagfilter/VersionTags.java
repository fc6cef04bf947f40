package dev.etagfilter;

import static java.util.Objects.requireNonNull;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/**
 * The encoding between a resource version and its strong entity tag. A whole-number version {@code
 * 7} becomes {@code "7"}; any other version is its {@code toString()}, with every character that may
 * not stand in an entity tag (and {@code %}) written as {@code %XX} of its UTF-8 bytes, so the
 * encoding is reversible and the tag always valid (RFC 9110 section 8.8.3).
 *
 * <p>As long as a resource's versions never repeat, neither do its entity tags.
 */
final class VersionTags {

  private static final char[] HEX = "0123456789ABCDEF".toCharArray();

  private VersionTags() {}

  /** The strong entity tag for {@code version}. */
  static EntityTag of(Object version) {
    requireNonNull(version, "version");
    if (version instanceof Long || version instanceof Integer) {
      return EntityTag.strong(version.toString());
    }
    return EntityTag.strong(encode(version.toString()));
  }

  /** The version a tag made by {@link #of(Object)} stands for; null if the tag is not such a tag. */
  static String versionOf(EntityTag tag) {
    return decode(tag.opaqueTag());
  }

  private static String encode(String version) {
    StringBuilder out = new StringBuilder(version.length());
    for (int i = 0; i < version.length(); i++) {
      char c = version.charAt(i);
      if (c < 0x80 && c != '%' && EntityTag.isEtagChar(c)) {
        out.append(c);
      } else {
        int end = Character.isHighSurrogate(c) && i + 1 < version.length() ? i + 2 : i + 1;
        for (byte b : version.substring(i, end).getBytes(StandardCharsets.UTF_8)) {
          out.append('%').append(HEX[(b >> 4) & 0xF]).append(HEX[b & 0xF]);
        }
        i = end - 1;
      }
    }
    return out.toString();
  }

  private static boolean isAscii(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) >= 0x80) {
        return false;
      }
    }
    return true;
  }

  private static String decode(String opaque) {
    if (opaque.indexOf('%') < 0) {
      return isAscii(opaque) ? opaque : null;
    }
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(opaque.length());
    for (int i = 0; i < opaque.length(); i++) {
      char c = opaque.charAt(i);
      if (c >= 0x80) {
        return null;
      }
      if (c != '%') {
        bytes.write(c);
        continue;
      }
      if (i + 2 >= opaque.length()) {
        return null;
      }
      int hi = Character.digit(opaque.charAt(i + 1), 16);
      int lo = Character.digit(opaque.charAt(i + 2), 16);
      if (hi < 0 || lo < 0) {
        return null;
      }
      bytes.write(hi * 16 + lo);
      i += 2;
    }
    return bytes.toString(StandardCharsets.UTF_8);
  }
}
