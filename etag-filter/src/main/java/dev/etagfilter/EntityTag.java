package dev.etagfilter;

import static java.util.Objects.requireNonNull;

/**
 * An entity tag: the opaque validator of one representation, as defined by
 * <a href="https://www.rfc-editor.org/rfc/rfc9110#section-8.8.3">RFC 9110 section 8.8.3</a>.
 * Immutable and thread-safe.
 *
 * <pre>{@code
 * EntityTag v7 = EntityTag.strong("7");           // "7"
 * EntityTag w = EntityTag.parse("W/\"abc\"");     // weak, opaque tag abc
 * v7.strongMatch(EntityTag.parse("\"7\""));       // true
 * v7.strongMatch(EntityTag.weak("7"));            // false: a weak tag never matches strongly
 * v7.weakMatch(EntityTag.weak("7"));              // true
 * }</pre>
 *
 * <p>Grammar (RFC 9110 section 8.8.3):
 * <pre>
 * entity-tag = [ weak ] opaque-tag
 * weak       = %s"W/"
 * opaque-tag = DQUOTE *etagc DQUOTE
 * etagc      = %x21 / %x23-7E / obs-text     ; obs-text = %x80-FF
 * </pre>
 *
 * <p>{@link #toString()} returns the wire form, so {@code parse(tag.toString())} equals {@code tag}.
 */
final class EntityTag {

  /** The characters between the quotes, never null, validated against {@code etagc}. */
  private final String opaqueTag;

  /** True for a weak validator ({@code W/} prefix). */
  private final boolean weak;

  private EntityTag(String opaqueTag, boolean weak) {
    this.opaqueTag = opaqueTag;
    this.weak = weak;
  }

  /**
   * A strong entity tag with the given characters between the quotes.
   *
   * @throws IllegalArgumentException if a character is not an {@code etagc} (for example {@code "},
   *     a space or a control character)
   */
  static EntityTag strong(String opaqueTag) {
    return new EntityTag(checkOpaque(opaqueTag), false);
  }

  /**
   * A weak entity tag with the given characters between the quotes.
   *
   * @throws IllegalArgumentException if a character is not an {@code etagc}
   */
  static EntityTag weak(String opaqueTag) {
    return new EntityTag(checkOpaque(opaqueTag), true);
  }

  /**
   * Parses one entity tag in wire form, such as {@code "abc"} or {@code W/"abc"}.
   *
   * @throws IllegalArgumentException if {@code text} is not exactly one entity tag
   */
  static EntityTag parse(String text) {
    requireNonNull(text, "text");
    boolean weak = text.startsWith("W/");
    int open = weak ? 2 : 0;
    if (text.length() < open + 2 || text.charAt(open) != '"' || text.charAt(text.length() - 1) != '"') {
      throw new IllegalArgumentException(
          "Could not parse entity tag '" + text + "': expected \"...\" or W/\"...\"");
    }
    return new EntityTag(checkOpaque(text.substring(open + 1, text.length() - 1)), weak);
  }

  /** Whether {@code c} may stand between the quotes of an entity tag (RFC 9110 section 8.8.3). */
  static boolean isEtagChar(char c) {
    return c == 0x21 || (c >= 0x23 && c <= 0x7E) || (c >= 0x80 && c <= 0xFF);
  }

  private static String checkOpaque(String opaqueTag) {
    requireNonNull(opaqueTag, "opaqueTag");
    for (int i = 0; i < opaqueTag.length(); i++) {
      char c = opaqueTag.charAt(i);
      // The message is built only on failure: this loop runs for every tag of every request.
      if (!isEtagChar(c)) {
        throw new IllegalArgumentException(String.format(
            "Invalid character U+%04X at index %d of entity tag '%s'", (int) c, i, opaqueTag));
      }
    }
    return opaqueTag;
  }

  /** The characters between the quotes. */
  String opaqueTag() {
    return opaqueTag;
  }

  /** True if this is a weak validator ({@code W/"..."}). */
  boolean isWeak() {
    return weak;
  }

  /**
   * Strong comparison (RFC 9110 section 8.8.3.2): both tags are strong and their opaque tags are
   * identical character by character. Used for {@code If-Match}.
   */
  boolean strongMatch(EntityTag other) {
    return !weak && !other.weak && opaqueTag.equals(other.opaqueTag);
  }

  /**
   * Weak comparison (RFC 9110 section 8.8.3.2): the opaque tags are identical, whatever either
   * tag's weakness. Used for {@code If-None-Match}.
   */
  boolean weakMatch(EntityTag other) {
    return opaqueTag.equals(other.opaqueTag);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof EntityTag that && weak == that.weak && opaqueTag.equals(that.opaqueTag);
  }

  @Override
  public int hashCode() {
    return opaqueTag.hashCode() * 31 + (weak ? 1 : 0);
  }

  /** The wire form: {@code "opaque"} or {@code W/"opaque"}. */
  @Override
  public String toString() {
    return (weak ? "W/\"" : "\"") + opaqueTag + '"';
  }
}
