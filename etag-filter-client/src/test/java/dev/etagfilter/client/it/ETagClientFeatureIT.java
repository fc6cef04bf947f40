package dev.etagfilter.client.it;

import static dev.etagfilter.client.it.ItemService.create;
import static dev.etagfilter.client.it.ItemService.current;
import static dev.etagfilter.client.it.ItemService.item;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.etagfilter.client.ETagClientFeature;
import dev.etagfilter.client.ETagResponses;
import dev.etagfilter.client.EditConflictException;
import dev.etagfilter.client.PreconditionRequiredException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.client.Client;
import jakarta.ws.rs.client.Entity;
import jakarta.ws.rs.client.WebTarget;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;

/**
 * {@link ETagClientFeature} against a real item service, on each client implementation: what it
 * remembers, what it sends, and how {@link ETagResponses} reports a lost race.
 */
class ETagClientFeatureIT {

  /** An sf-string (RFC 8941 3.3.3) holding a UUID, as the Idempotency-Key draft's examples. */
  private static final Pattern QUOTED_UUID = Pattern.compile("\"[0-9a-f]{8}(-[0-9a-f]{4}){3}-[0-9a-f]{12}\"");

  private static final String MERGE_PATCH = "application/merge-patch+json";

  private final List<Client> clients = new ArrayList<>();

  @AfterEach
  void closeClients() {
    clients.forEach(Client::close);
  }

  /** A client with the feature registered, closed after the test. */
  private Client withFeature(ClientKind kind) {
    Client client = kind.newClient().register(new ETagClientFeature());
    clients.add(client);
    return client;
  }

  private static Item read(WebTarget target) {
    return ETagResponses.readEntity(target.request(MediaType.APPLICATION_JSON).get(), Item.class);
  }

  private static Item put(WebTarget target, Item item) {
    return ETagResponses.readEntity(target.request(MediaType.APPLICATION_JSON).put(Entity.json(item)), Item.class);
  }

  /** Two people edit one item: the second save is refused with a 412 that shows the first one's change. */
  @OnBothClients
  void secondEditorGetsTypedConflictCarryingFirstEditorsChange(ClientKind kind) {
    Item item = create(kind);
    WebTarget alice = item(withFeature(kind), item.id());
    WebTarget bob = item(withFeature(kind), item.id());
    Item alicesCopy = read(alice);
    Item bobsCopy = read(bob);

    Item alicesSave = put(alice, alicesCopy.withColor("green"));
    EditConflictException conflict = assertThrows(EditConflictException.class, () -> put(bob, bobsCopy.withSize("M")));

    assertEquals(alicesSave, conflict.current(Item.class), "the 412 carries the first editor's change");
    assertEquals(alicesSave, conflict.current(Item.class), "and it can be read again");
    assertEquals(new EntityTag(String.valueOf(alicesSave.version())), conflict.currentETag());
    assertEquals(412, conflict.getResponse().getStatus());
    assertEquals(alicesSave, current(kind, item.id()), "nothing of the second save was written");
  }

  /** A write after a read sends the read's ETag as If-Match, so the server accepts it (no 428). */
  @OnBothClients
  void rememberedETagIsSentAsIfMatch(ClientKind kind) {
    WebTarget target = item(withFeature(kind), create(kind).id());
    Item read = read(target);

    Item saved = put(target, read.withColor("blue"));

    assertEquals(read.version() + 1, saved.version());
    assertEquals("blue", current(kind, read.id()).color());
  }

  /** Registered on a WebTarget, the feature serves that target and the targets made from it. */
  @OnBothClients
  void registeredOnAWebTargetItServesTheTargetsMadeFromIt(ClientKind kind) {
    Client plain = kind.newClient();
    clients.add(plain);
    WebTarget items = plain.target(ItemService.base()).path("items").register(new ETagClientFeature());
    Item item = create(kind);
    WebTarget target = items.path(item.id());

    Item saved = put(target, read(target).withColor("olive"));

    assertEquals(item.version() + 1, saved.version());
  }

  /** With nothing remembered nothing is sent, so the server's 428 tells the caller to read first. */
  @OnBothClients
  void writeWithNothingRememberedSendsNoIfMatchAndGets428(ClientKind kind) {
    Item item = create(kind);
    WebTarget target = item(withFeature(kind), item.id());

    assertThrows(PreconditionRequiredException.class, () -> put(target, item.withColor("red")));
    assertEquals(item, current(kind, item.id()));
  }

  /** A success answer's ETag is remembered, so the next edit needs no read in between. */
  @OnBothClients
  void successAnswerTagIsRememberedSoTheNextEditNeedsNoRead(ClientKind kind) {
    WebTarget target = item(withFeature(kind), create(kind).id());
    Item first = put(target, read(target).withColor("red"));

    Item second = put(target, first.withSize("S"));

    assertEquals(first.version() + 1, second.version());
  }

  /** A 201's ETag is remembered under its Location: the created item can be edited at once. */
  @OnBothClients
  void createdItemTagIsRememberedUnderItsLocation(ClientKind kind) {
    Client client = withFeature(kind);
    Response created = client.target(ItemService.base()).path("items").request(MediaType.APPLICATION_JSON)
        .post(Entity.json(Item.draft("created")));
    Item item = ETagResponses.readEntity(created, Item.class);

    Item saved = put(client.target(created.getLocation()), item.withColor("black"));

    assertEquals(item.version() + 1, saved.version());
  }

  /** PATCH gets the remembered If-Match too. */
  @OnBothClients
  void mergePatchSendsTheRememberedTag(ClientKind kind) {
    WebTarget target = item(withFeature(kind), create(kind).id());
    Item read = read(target);

    Response patched = target.request(MediaType.APPLICATION_JSON)
        .method("PATCH", Entity.entity(Map.of("color", "teal"), MERGE_PATCH));

    assertEquals("teal", ETagResponses.readEntity(patched, Item.class).color());
    assertEquals(read.version() + 1, current(kind, read.id()).version());
  }

  /** The caller's If-Match wins over the remembered one. */
  @OnBothClients
  void explicitIfMatchWinsOverTheRememberedTag(ClientKind kind) {
    Item item = create(kind);
    WebTarget mine = item(withFeature(kind), item.id());
    read(mine);                                                      // remembers version 1
    WebTarget other = item(withFeature(kind), item.id());
    Item theirs = put(other, read(other).withColor("red"));

    Response put = mine.request(MediaType.APPLICATION_JSON)
        .header(HttpHeaders.IF_MATCH, "\"" + theirs.version() + "\"")
        .put(Entity.json(theirs.withSize("XS")));

    assertEquals("XS", ETagResponses.readEntity(put, Item.class).size(), "the remembered stale tag would be a 412");
  }

  /** The caller's If-None-Match means "create only": no remembered If-Match is added to it. */
  @OnBothClients
  void explicitIfNoneMatchIsSentAlone(ClientKind kind) {
    Item item = create(kind);
    WebTarget mine = item(withFeature(kind), item.id());
    read(mine);                                                      // remembers version 1
    WebTarget other = item(withFeature(kind), item.id());
    read(other);
    ETagResponses.readEntity(other.request().delete(), Void.class);

    Response recreated = mine.request(MediaType.APPLICATION_JSON)
        .header(HttpHeaders.IF_NONE_MATCH, "*")
        .put(Entity.json(item.withColor("new")));

    assertEquals(201, recreated.getStatus(), "with the remembered If-Match added it would be a 412");
    recreated.close();
  }

  /** A 412 does not adopt the winner's tag: a blind resend is refused again instead of overwriting. */
  @OnBothClients
  void conflictKeepsTheStaleTagSoABlindResendIsRefusedAgain(ClientKind kind) {
    Item item = create(kind);
    WebTarget mine = item(withFeature(kind), item.id());
    Item copy = read(mine);
    WebTarget other = item(withFeature(kind), item.id());
    Item theirs = put(other, read(other).withColor("red"));

    assertThrows(EditConflictException.class, () -> put(mine, copy.withSize("M")));
    assertThrows(EditConflictException.class, () -> put(mine, copy.withSize("M")));
    assertEquals(theirs, current(kind, item.id()));
  }

  /** A 404 evicts the URI: after a re-create elsewhere, a write sends nothing (428), never the old tag. */
  @OnBothClients
  void notFoundForgetsTheTag(ClientKind kind) {
    Item item = create(kind);
    WebTarget mine = item(withFeature(kind), item.id());
    read(mine);
    WebTarget other = item(withFeature(kind), item.id());
    read(other);
    ETagResponses.readEntity(other.request().delete(), Void.class);

    assertThrows(jakarta.ws.rs.NotFoundException.class, () -> read(mine));

    assertThrows(PreconditionRequiredException.class, () -> put(mine, item.withColor("blue")));
  }

  /** A successful DELETE evicts the URI: the next write sends no If-Match. */
  @OnBothClients
  void successfulDeleteForgetsTheTag(ClientKind kind) {
    Item item = create(kind);
    WebTarget mine = item(withFeature(kind), item.id());
    read(mine);

    assertNull(ETagResponses.readEntity(mine.request().delete(), Void.class), "DELETE sent the remembered tag");

    assertThrows(PreconditionRequiredException.class, () -> put(mine, item.withColor("blue")));
  }

  /** Every write carries an Idempotency-Key, a quoted UUID, different for each write; reads carry none. */
  @OnBothClients
  void everyWriteCarriesItsOwnIdempotencyKey(ClientKind kind) throws Exception {
    try (LossyProxy proxy = new LossyProxy(ItemService.base())) {
      Client client = withFeature(kind);
      Response created = client.target(proxy.base()).path("items").request(MediaType.APPLICATION_JSON)
          .post(Entity.json(Item.draft("keyed")));
      Item item = ETagResponses.readEntity(created, Item.class);
      // Through the proxy: the service's Location names its own public address, so read it there first.
      WebTarget target = client.target(proxy.base()).path("items").path(item.id());
      read(target);
      put(target, item.withColor("one"));
      ETagResponses.readEntity(
          target.request(MediaType.APPLICATION_JSON).method("PATCH", Entity.entity(Map.of("size", "S"), MERGE_PATCH)),
          Item.class);
      ETagResponses.readEntity(target.request().delete(), Void.class);
      target.request().get().close();

      List<String> keys = new ArrayList<>();
      for (String method : List.of("POST", "PUT", "PATCH", "DELETE")) {
        keys.addAll(proxy.sent(method, ETagClientFeature.IDEMPOTENCY_KEY));
      }
      assertEquals(4, keys.size(), keys.toString());
      keys.forEach(key -> assertTrue(QUOTED_UUID.matcher(key).matches(), key));
      assertEquals(4, new HashSet<>(keys).size(), "one key per write: " + keys);
      proxy.sent("GET", ETagClientFeature.IDEMPOTENCY_KEY).forEach(key -> assertNull(key, "reads carry no key"));
    }
  }

  /**
   * The same request sent again after it got no answer (a lost response) carries the same key, so
   * the server gives the first answer again and writes once.
   */
  @OnBothClients
  void idempotencyKeyIsKeptWhenTheSameRequestIsSentAgainAfterNoAnswer(ClientKind kind) throws Exception {
    Item item = create(kind);
    try (LossyProxy proxy = new LossyProxy(ItemService.base())) {
      Client client = kind.newClient(Duration.ofSeconds(1)).register(new ETagClientFeature());
      clients.add(client);
      WebTarget target = client.target(proxy.base()).path("items").path(item.id());
      Item edit = read(target).withColor("green");
      proxy.loseNextAnswerTo("PUT");
      assertThrows(ProcessingException.class, () -> target.request(MediaType.APPLICATION_JSON).put(Entity.json(edit)));

      Item saved = put(target, edit);

      List<String> keys = proxy.sent("PUT", ETagClientFeature.IDEMPOTENCY_KEY);
      assertEquals(2, keys.size(), keys.toString());
      assertEquals(keys.get(0), keys.get(1), "the resend carries the first send's key");
      assertEquals(item.version() + 1, saved.version(), "the first answer again, not a 412 for the stale If-Match");
      assertEquals(saved, current(kind, item.id()), "written once");
    }
  }

  /** Once a write got its answer, sending the same entity object again is a new write with a new key. */
  @OnBothClients
  void sameEntityPostedAgainAfterAnAnswerIsANewWrite(ClientKind kind) {
    WebTarget items = withFeature(kind).target(ItemService.base()).path("items");
    Item draft = Item.draft("twice");

    Item first = ETagResponses.readEntity(items.request(MediaType.APPLICATION_JSON).post(Entity.json(draft)), Item.class);
    Item second = ETagResponses.readEntity(items.request(MediaType.APPLICATION_JSON).post(Entity.json(draft)), Item.class);

    assertNotEquals(first.id(), second.id(), "two answered POSTs create two items");
  }

  /** The caller's own Idempotency-Key is sent as it is: a second request with it gets the first answer. */
  @OnBothClients
  void callerIdempotencyKeyWins(ClientKind kind) {
    WebTarget items = withFeature(kind).target(ItemService.base()).path("items");
    String key = "\"order-" + UUID.randomUUID() + "\"";

    Item first = ETagResponses.readEntity(items.request(MediaType.APPLICATION_JSON)
        .header(ETagClientFeature.IDEMPOTENCY_KEY, key).post(Entity.json(Item.draft("once"))), Item.class);
    Item again = ETagResponses.readEntity(items.request(MediaType.APPLICATION_JSON)
        .header(ETagClientFeature.IDEMPOTENCY_KEY, key).post(Entity.json(Item.draft("once"))), Item.class);

    assertEquals(first, again, "the server recognised the caller's key");
  }
}
