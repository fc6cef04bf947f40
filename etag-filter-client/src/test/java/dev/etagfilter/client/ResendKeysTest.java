package dev.etagfilter.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ResendKeysTest {

  private final ResendKeys keys = new ResendKeys(ResendKeys.DEFAULT_CAPACITY);
  private final String slot = ResendKeys.slotOf("PUT", "http://h/items/1", "\"7\"");

  /** The same entity object sent again while its first send has no answer carries the same key. */
  @Test
  void unansweredRequestSentAgainKeepsItsKey() {
    List<String> body = new ArrayList<>(List.of("green"));

    assertEquals(keys.keyFor(slot, body), keys.keyFor(slot, body));
  }

  /** Equal bodies are not the same request: two increments of a counter send the same new state. */
  @Test
  void equalButDistinctEntityGetsANewKey() {
    assertNotEquals(keys.keyFor(slot, new ArrayList<>(List.of(8))), keys.keyFor(slot, new ArrayList<>(List.of(8))));
  }

  /** Once answered, the same entity object sent again is a new write. */
  @Test
  void answeredRequestSentAgainGetsANewKey() {
    Object body = new Object();
    String first = keys.keyFor(slot, body);
    keys.answered(slot, first);

    assertNotEquals(first, keys.keyFor(slot, body));
  }

  /** Another If-Match is another request, even with the same entity object. */
  @Test
  void anotherIfMatchIsAnotherRequest() {
    Object body = new Object();

    assertNotEquals(keys.keyFor(slot, body), keys.keyFor(ResendKeys.slotOf("PUT", "http://h/items/1", "\"8\""), body));
  }

  /** A DELETE (no entity) sent again unanswered keeps its key. */
  @Test
  void requestWithoutEntitySentAgainKeepsItsKey() {
    String delete = ResendKeys.slotOf("DELETE", "http://h/items/1", "\"7\"");

    assertEquals(keys.keyFor(delete, null), keys.keyFor(delete, null));
  }

  /** The key is an sf-string (RFC 8941 3.3.3) holding a random UUID. */
  @Test
  void keyIsAQuotedUuid() {
    String key = ResendKeys.newKey();

    assertTrue(key.matches("\"[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}\""), key);
  }
}
