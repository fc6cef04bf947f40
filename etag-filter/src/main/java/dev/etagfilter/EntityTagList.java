package dev.etagfilter;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * The value of an {@code If-Match} or {@code If-None-Match} header: either {@link #ANY} ({@code *})
 * or a list of entity tags (<a href="https://www.rfc-editor.org/rfc/rfc9110#section-13.1.1">RFC 9110
 * section 13.1.1</a> and <a href="https://www.rfc-editor.org/rfc/rfc9110#section-13.1.2">13.1.2</a>).
 * Immutable.
 *
 * <pre>{@code
 * EntityTagList.parse("If-Match", "\"a\", W/\"b\"");   // two tags
 * EntityTagList.parse("If-Match", "*");                // ANY
 * EntityTagList.parse("If-Match", " , \"a\" ,, ");     // one tag: empty list elements are allowed
 * EntityTagList.parse("If-Match", "abc");              // MalformedHeaderException: not quoted
 * }</pre>
 *
 * <p>Grammar: {@code "*" / #entity-tag}, where {@code #} is the list rule of RFC 9110 section 5.6.1:
 * elements separated by commas with optional whitespace, empty elements ignored.
 */
final class EntityTagList {

  /** {@code *}: any current representation. */
  static final EntityTagList ANY = new EntityTagList(true, List.of());

  private final boolean any;
  private final List<EntityTag> tags;

  private EntityTagList(boolean any, List<EntityTag> tags) {
    this.any = any;
    this.tags = tags;
  }

  /** A list of the given tags; never {@link #ANY}. */
  static EntityTagList of(List<EntityTag> tags) {
    return new EntityTagList(false, List.copyOf(tags));
  }

  /** A list of the given tags; never {@link #ANY}. */
  static EntityTagList of(EntityTag... tags) {
    return new EntityTagList(false, List.of(tags));
  }

  /**
   * Parses a header value within {@link HeaderLimits#DEFAULT}.
   *
   * @throws MalformedHeaderException if the value breaks the grammar or the limits
   */
  static EntityTagList parse(String headerName, String value) {
    return parse(headerName, value, HeaderLimits.DEFAULT);
  }

  /**
   * Parses a header value (all its lines joined with commas) within the given limits.
   *
   * @throws MalformedHeaderException if the value breaks the grammar or the limits
   */
  static EntityTagList parse(String headerName, String value, HeaderLimits limits) {
    requireNonNull(headerName, "headerName");
    requireNonNull(value, "value");
    return new EntityTagListParser(headerName, value, limits).parse();
  }

  /** True for {@code *}. */
  boolean isAny() {
    return any;
  }

  /** The listed tags in the order sent; empty for {@link #ANY}. */
  List<EntityTag> tags() {
    return tags;
  }

  /**
   * Whether any listed tag matches {@code current} by strong comparison (RFC 9110 section 8.8.3.2),
   * the comparison {@code If-Match} uses. False for {@link #ANY}: callers decide {@code *} first.
   */
  boolean anyStrongMatch(EntityTag current) {
    for (EntityTag tag : tags) {
      if (tag.strongMatch(current)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether any listed tag matches {@code current} by weak comparison (RFC 9110 section 8.8.3.2),
   * the comparison {@code If-None-Match} uses. False for {@link #ANY}.
   */
  boolean anyWeakMatch(EntityTag current) {
    for (EntityTag tag : tags) {
      if (tag.weakMatch(current)) {
        return true;
      }
    }
    return false;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof EntityTagList that && any == that.any && tags.equals(that.tags);
  }

  @Override
  public int hashCode() {
    return any ? 1 : tags.hashCode();
  }

  /** The wire form: {@code *} or the tags joined by {@code ", "}. */
  @Override
  public String toString() {
    if (any) {
      return "*";
    }
    StringBuilder out = new StringBuilder();
    for (EntityTag tag : tags) {
      if (out.length() > 0) {
        out.append(", ");
      }
      out.append(tag);
    }
    return out.toString();
  }
}
