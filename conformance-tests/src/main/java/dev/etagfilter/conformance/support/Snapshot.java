package dev.etagfilter.conformance.support;

/**
 * A resource as one GET saw it: where it is, its entity tag and its body. Checks keep one before a
 * write to prove later that nothing changed.
 *
 * @param path the resource's path relative to the base URL
 * @param etag the {@code ETag} exactly as received
 * @param body the representation
 */
public record Snapshot(String path, String etag, String body) {}
