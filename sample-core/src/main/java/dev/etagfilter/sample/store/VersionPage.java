package dev.etagfilter.sample.store;

import dev.etagfilter.sample.item.ItemVersion;
import java.util.List;

/**
 * One page of an item's history, newest first.
 *
 * @param versions the versions of this page, newest first
 * @param more whether older versions are kept beyond this page
 */
public record VersionPage(List<ItemVersion> versions, boolean more) {

  /** Copies the list. */
  public VersionPage {
    versions = List.copyOf(versions);
  }
}
