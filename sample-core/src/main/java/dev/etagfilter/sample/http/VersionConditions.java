package dev.etagfilter.sample.http;

import dev.etagfilter.WriteCondition;
import dev.etagfilter.sample.store.VersionCondition;

/**
 * How a write's {@link WriteCondition} (what its {@code If-Match} / {@code If-None-Match} allow)
 * becomes the condition the store checks right before its compare-and-set. The service uses {@link
 * ItemPreconditions#versionCondition}; a test may wrap it, for instance to pause between the store's
 * read and its compare-and-set.
 */
@FunctionalInterface
public interface VersionConditions {

  /** The condition {@code condition} sets on the stored version. */
  VersionCondition of(WriteCondition condition);
}
