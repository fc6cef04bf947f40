package dev.etagfilter;

import jakarta.ws.rs.core.UriInfo;

/**
 * Loads a resource's current representation so the request filter can reject a stale write with
 * 412 before the resource method runs. This is a shortcut that saves work, never the guarantee: two
 * writers can both pass it, so the write itself must still be a compare-and-set.
 *
 * <pre>{@code
 * ETagFeature.builder()
 *     .preCheck(ItemResource.class, uri -> store.find(uri.getPathParameters().getFirst("id")).orElse(null))
 * }</pre>
 */
@FunctionalInterface
public interface CurrentStateLoader {

  /** The current representation of the request's target, or null when it does not exist. */
  Object loadCurrent(UriInfo uriInfo);
}
