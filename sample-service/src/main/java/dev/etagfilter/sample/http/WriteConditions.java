package dev.etagfilter.sample.http;

import dev.etagfilter.sample.store.WriteCondition;
import jakarta.ws.rs.core.HttpHeaders;

/**
 * How a write request's conditional headers become the condition the store checks right before its
 * compare-and-set. The service uses {@link ItemPreconditions#writeCondition}; a test may wrap it,
 * for instance to pause between the store's read and its compare-and-set.
 */
@FunctionalInterface
public interface WriteConditions {

  /** The condition the headers of {@code request} set on the stored version. */
  WriteCondition of(HttpHeaders request);
}
