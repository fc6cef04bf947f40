package dev.etagfilter.client;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;

/** The last {@code ETag} seen per URI: bounded (least recently used first out) and thread-safe. */
final class ETagMemory {

  private final Map<String, String> tags;

  ETagMemory(int maxUris) {
    this.tags = bounded(maxUris, true);
  }

  /** A map of at most {@code max} entries, the eldest (by access or by insertion) dropped first; not synchronized. */
  static <K, V> Map<K, V> bounded(int max, boolean accessOrder) {
    return new LinkedHashMap<>(16, 0.75f, accessOrder) {
      private static final long serialVersionUID = 1L;

      @Override
      protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
        return size() > max;
      }
    };
  }

  /** The tag last remembered for {@code uri}, as the server sent it, or null. */
  synchronized String get(URI uri) {
    return tags.get(keyOf(uri));
  }

  synchronized void remember(URI uri, String etag) {
    tags.put(keyOf(uri), etag);
  }

  synchronized void forget(URI uri) {
    tags.remove(keyOf(uri));
  }

  synchronized int size() {
    return tags.size();
  }

  /** One key per resource: normalized, without the fragment (never sent to the server). */
  static String keyOf(URI uri) {
    URI normalized = uri.normalize();
    if (normalized.getRawFragment() == null) {
      return normalized.toString();
    }
    String text = normalized.toString();
    return text.substring(0, text.indexOf('#'));
  }
}
