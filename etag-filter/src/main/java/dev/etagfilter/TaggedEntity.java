package dev.etagfilter;


/**
 * An entity ready to send: its entity tag (null when none could be made) and, when it had to be
 * serialized to compute the tag, the bytes to send instead of the object (null otherwise).
 */
record TaggedEntity(EntityTag tag, byte[] body) {

  static final TaggedEntity UNTAGGED = new TaggedEntity(null, null);
}
