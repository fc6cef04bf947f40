package dev.etagfilter.sample.http;

import dev.etagfilter.PreconditionFailedException;
import dev.etagfilter.WriteCondition;
import dev.etagfilter.sample.item.Item;
import dev.etagfilter.sample.store.VersionCondition;

/**
 * The bridge between the library and the store: a write's {@link WriteCondition} becomes the
 * store's {@link VersionCondition} (the library's own RFC 9110 evaluation of a stored version, so
 * {@code If-Match: "7"} permits exactly version 7, {@code If-Match: *} any version, and a weak or
 * hash tag none), and a lost compare-and-set becomes the library's 412. With {@link ItemResource},
 * {@link ItemRepresentation} and {@link SampleApplication}, the only code that knows the library.
 */
public final class ItemPreconditions {

  private ItemPreconditions() {}

  /** The condition the request's {@code If-Match} sets on the stored version. */
  public static VersionCondition versionCondition(WriteCondition condition) {
    return condition::permits;
  }

  /** Whether the request may only create (RFC 9110 13.1.2: {@code If-None-Match: *}). */
  static boolean isCreateOnly(WriteCondition condition) {
    return condition.kind() == WriteCondition.Kind.CREATE_ONLY;
  }

  /** The library's 412 carrying {@code current} and its entity tag, exactly as a GET returns them. */
  static RuntimeException failed(Item current) {
    return PreconditionFailedException.withCurrent(ItemRepresentation.of(current));
  }

  /** The library's 412 for a write whose {@code If-Match} found nothing stored (RFC 9110 13.1.1). */
  static RuntimeException failedAbsent() {
    return PreconditionFailedException.resourceAbsent();
  }
}
