package dev.etagfilter.internal;

/**
 * The entity of every 412 the library produces, before it is written: the current representation
 * (null when the resource is absent) and, when it was already tagged, its tag and bytes (else
 * null). The response filter turns it into the final body and {@code ETag}, so every 412 is built
 * in one place, the same way as a GET.
 */
record CurrentRepresentation(Object entity, TaggedEntity tagged) {

  static CurrentRepresentation of(Object entity) {
    return new CurrentRepresentation(entity, null);
  }
}
