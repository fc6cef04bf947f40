package dev.etagfilter.conformance.support;

import java.util.regex.Pattern;

/**
 * Entity tags as RFC 9110 <a href="https://www.rfc-editor.org/rfc/rfc9110#section-8.8.3">8.8.3</a>
 * writes them: {@code entity-tag = [ "W/" ] DQUOTE *etagc DQUOTE} with {@code etagc = %x21 /
 * %x23-7E / obs-text}.
 */
public final class EntityTags {

  private static final Pattern ENTITY_TAG = Pattern.compile("(W/)?\"[\\x21\\x23-\\x7E\\x80-\\xFF]*\"");

  private EntityTags() {}

  /** Whether {@code value} is exactly one well-formed entity tag. */
  public static boolean wellFormed(String value) {
    return value != null && ENTITY_TAG.matcher(value).matches();
  }

  /** Whether a well-formed tag is weak. */
  public static boolean weak(String tag) {
    return tag.startsWith("W/");
  }

  /** The weak form of a tag: {@code "x"} becomes {@code W/"x"}. */
  public static String toWeak(String tag) {
    return weak(tag) ? tag : "W/" + tag;
  }

  /** A tag that no service has ever sent. */
  public static String unknown() {
    return "\"conformance-" + Long.toHexString(System.nanoTime()) + "\"";
  }
}
