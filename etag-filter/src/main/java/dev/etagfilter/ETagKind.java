package dev.etagfilter;

/** Where a response's entity tag comes from. */
public enum ETagKind {
  /**
   * {@link #VERSION} when the entity declares a version ({@link ETagVersion}), else {@link #HASH}.
   * The default.
   */
  AUTO,
  /**
   * The entity's declared version: version {@code 7} is the strong tag {@code "7"}. Cheap and exact;
   * needs a version that changes on every write and never repeats for the URI.
   */
  VERSION,
  /**
   * A SHA-256 of the bytes sent: the entity is written once by the application's own {@code
   * MessageBodyWriter} for the response's media type (JSON, JSON-B, XML, text, anything), hashed, and
   * those same bytes are the body. Works for any entity, such as lists; a conditional GET still
   * builds the representation to learn its tag.
   */
  HASH,
  /** No entity tag and no precondition evaluation on the response. */
  NONE
}
