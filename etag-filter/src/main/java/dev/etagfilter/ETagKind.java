package dev.etagfilter;

/** Where a response's entity tag comes from. */
public enum ETagKind {
  /**
   * {@link #VERSION} when the entity declares a version ({@link ETagVersion} or {@link
   * ETagVersioned}), else {@link #JSON_HASH}. The default.
   */
  AUTO,
  /** The entity's declared version, via {@link VersionTags}: cheap and exact, needs a version. */
  VERSION,
  /**
   * A SHA-256 of the bytes sent: the entity is serialized once with the application's own {@code
   * ObjectMapper}, hashed, and those same bytes are the body. Works for any entity, such as lists.
   */
  JSON_HASH,
  /** No entity tag and no precondition evaluation on the response. */
  NONE
}
