package dev.etagfilter;

import java.util.ArrayList;
import java.util.List;

/**
 * Scans one {@code If-Match} / {@code If-None-Match} value into an {@link EntityTagList}, the way
 * Go's {@code scanETag} does: each step consumes one token and leaves the position after it, so the
 * list rule is a plain loop. Every failure is a {@link MalformedHeaderException} with a reason a
 * client developer can act on; no other exception escapes.
 */
final class EntityTagListParser {

  private static final String EXAMPLE = "\"7\"";

  private final String headerName;
  private final String value;
  private final HeaderLimits limits;
  private int pos;

  EntityTagListParser(String headerName, String value, HeaderLimits limits) {
    this.headerName = headerName;
    this.value = value;
    this.limits = limits;
  }

  EntityTagList parse() {
    if (value.length() > limits.maxLength()) {
      throw malformed("the value is " + value.length() + " characters long; at most "
          + limits.maxLength() + " are accepted");
    }
    String trimmed = trimOws(value);
    // RFC 9110 13.1.1: "*" stands alone; it cannot be combined with entity tags.
    if (trimmed.equals("*")) {
      return EntityTagList.ANY;
    }
    List<EntityTag> tags = new ArrayList<>();
    while (true) {
      skipOwsAndCommas();
      if (pos == value.length()) {
        break;
      }
      tags.add(scanTag());
      if (tags.size() > limits.maxTags()) {
        throw malformed("more than " + limits.maxTags() + " entity tags were sent");
      }
      skipOws();
      // RFC 9110 5.6.1: list elements are separated by commas.
      if (pos < value.length() && value.charAt(pos) != ',') {
        throw malformed(describeAt(pos) + " follows an entity tag where a comma or the end was expected");
      }
    }
    if (tags.isEmpty()) {
      throw malformed("the value contains no entity tag");
    }
    return EntityTagList.of(tags);
  }

  /** Scans {@code [ W/ ] DQUOTE *etagc DQUOTE} at the current position (RFC 9110 8.8.3). */
  private EntityTag scanTag() {
    boolean weak = value.startsWith("W/", pos);
    int open = weak ? pos + 2 : pos;
    if (open >= value.length() || value.charAt(open) != '"') {
      if (value.charAt(pos) == '*') {
        throw malformed("\"*\" cannot be combined with entity tags");
      }
      throw malformed("entity tags must be in double quotes, but " + describeAt(pos) + " was found");
    }
    int close = open + 1;
    while (close < value.length() && value.charAt(close) != '"') {
      char c = value.charAt(close);
      if (!EntityTag.isEtagChar(c)) {
        throw malformed("character " + describeChar(c) + " is not allowed inside an entity tag");
      }
      close++;
    }
    if (close == value.length()) {
      throw malformed("an entity tag is missing its closing double quote");
    }
    String opaque = value.substring(open + 1, close);
    pos = close + 1;
    return weak ? EntityTag.weak(opaque) : EntityTag.strong(opaque);
  }

  private void skipOwsAndCommas() {
    while (pos < value.length() && (isOws(value.charAt(pos)) || value.charAt(pos) == ',')) {
      pos++;
    }
  }

  private void skipOws() {
    while (pos < value.length() && isOws(value.charAt(pos))) {
      pos++;
    }
  }

  /** OWS = *( SP / HTAB ) (RFC 9110 5.6.3). */
  private static boolean isOws(char c) {
    return c == ' ' || c == '\t';
  }

  private static String trimOws(String s) {
    int start = 0;
    int end = s.length();
    while (start < end && isOws(s.charAt(start))) {
      start++;
    }
    while (end > start && isOws(s.charAt(end - 1))) {
      end--;
    }
    return s.substring(start, end);
  }

  private String describeAt(int index) {
    return describeChar(value.charAt(index));
  }

  private static String describeChar(char c) {
    String code = String.format("U+%04X", (int) c);
    return c >= 0x21 && c <= 0x7E ? "'" + c + "' (" + code + ")" : code;
  }

  private MalformedHeaderException malformed(String reason) {
    return new MalformedHeaderException(headerName, reason, EXAMPLE);
  }
}
