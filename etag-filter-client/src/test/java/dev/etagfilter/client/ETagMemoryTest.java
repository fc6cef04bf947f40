package dev.etagfilter.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.net.URI;
import org.junit.jupiter.api.Test;

class ETagMemoryTest {

  /** Bounded: past its size the least recently used URI is forgotten first. */
  @Test
  void leastRecentlyUsedUriIsForgottenFirst() {
    ETagMemory memory = new ETagMemory(2);
    memory.remember(URI.create("http://h/items/1"), "\"1\"");
    memory.remember(URI.create("http://h/items/2"), "\"2\"");
    memory.get(URI.create("http://h/items/1"));

    memory.remember(URI.create("http://h/items/3"), "\"3\"");

    assertEquals("\"1\"", memory.get(URI.create("http://h/items/1")));
    assertNull(memory.get(URI.create("http://h/items/2")));
    assertEquals(2, memory.size());
  }

  /** One resource, one entry: dot segments and the fragment (never sent) do not make another. */
  @Test
  void normalizedUriWithoutFragmentIsTheKey() {
    ETagMemory memory = new ETagMemory(10);
    memory.remember(URI.create("http://h/a/./items/1#top"), "\"7\"");

    assertEquals("\"7\"", memory.get(URI.create("http://h/a/items/1")));
  }

  /** The query is part of the resource: another query is another representation. */
  @Test
  void anotherQueryIsAnotherResource() {
    ETagMemory memory = new ETagMemory(10);
    memory.remember(URI.create("http://h/items?page=1"), "\"a\"");

    assertNull(memory.get(URI.create("http://h/items?page=2")));
  }
}
