package dev.etagfilter.sample.http;

import dev.etagfilter.PreconditionFailedException;
import dev.etagfilter.Preconditions;
import dev.etagfilter.ResourceState;
import dev.etagfilter.VersionTags;
import dev.etagfilter.sample.item.Item;
import dev.etagfilter.sample.store.WriteCondition;
import jakarta.ws.rs.core.HttpHeaders;

/**
 * The bridge from the library's view of a request's preconditions to the store's compare-and-set,
 * and back: a version is acceptable when the library's RFC 9110 13.2.2 evaluation lets the write
 * proceed against the entity tag that version has ({@link VersionTags#of}, the same tag the library
 * sends). So {@code If-Match: "7"} permits exactly version 7, {@code If-Match: *} any version, and a
 * weak or hash tag none. With {@link ItemResource}, {@link ItemRepresentation} and {@link
 * SampleApplication}, the only code that knows the library.
 */
public final class ItemPreconditions {

  private ItemPreconditions() {}

  /** The condition the request's {@code If-Match} sets on the stored version. */
  public static WriteCondition writeCondition(HttpHeaders request) {
    Preconditions pre = Preconditions.from(request);
    return version -> pre.permitsWrite(ResourceState.of(VersionTags.of(version)));
  }

  /** Whether the request may only create (RFC 9110 13.1.2: {@code If-None-Match: *}). */
  static boolean isCreateOnly(HttpHeaders request) {
    Preconditions pre = Preconditions.from(request);
    return pre.isCreateOnly() && pre.permitsWrite(ResourceState.absent());
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
