package dev.etagfilter.client.it;

import static dev.etagfilter.client.it.ItemService.create;
import static dev.etagfilter.client.it.ItemService.current;
import static dev.etagfilter.client.it.ItemService.item;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.etagfilter.client.ETagClientFeature;
import dev.etagfilter.client.ETagResponses;
import dev.etagfilter.client.EditConflictException;
import dev.etagfilter.client.RetryOnConflict;
import jakarta.ws.rs.client.Client;
import jakarta.ws.rs.client.Entity;
import jakarta.ws.rs.client.WebTarget;
import jakarta.ws.rs.core.MediaType;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;

/**
 * {@link RetryOnConflict} against a real item service, on each client implementation: every write
 * it makes was decided on the state it replaces.
 */
class RetryOnConflictIT {

  /** Short pauses: the tests wait on the server, not on the backoff. */
  private static final RetryOnConflict RETRY =
      RetryOnConflict.builder().backoff(Duration.ofMillis(1), Duration.ofMillis(20)).build();

  private final List<Client> clients = new CopyOnWriteArrayList<>();

  @AfterEach
  void closeClients() {
    clients.forEach(Client::close);
  }

  private Client newClient(ClientKind kind, Object... components) {
    Client client = kind.newClient().register(new ETagClientFeature());
    for (Object component : components) {
      client.register(component);
    }
    clients.add(client);
    return client;
  }

  /** An edit refuses by throwing; here, because the order was cancelled meanwhile. */
  static final class OrderCancelledException extends Exception {
    private static final long serialVersionUID = 1L;
    final transient Item seen;

    OrderCancelledException(Item seen) {
      super("item " + seen.id() + " was cancelled");
      this.seen = seen;
    }
  }

  /** Another client writes {@code change} to the item, as a person elsewhere would. */
  private void writeElsewhere(ClientKind kind, String id, java.util.function.UnaryOperator<Item> change) {
    WebTarget other = item(newClient(kind), id);
    Item read = ETagResponses.readEntity(other.request(MediaType.APPLICATION_JSON).get(), Item.class);
    ETagResponses.readEntity(other.request(MediaType.APPLICATION_JSON).put(Entity.json(change.apply(read))), Item.class);
  }

  /**
   * The counter: 8 clients on 8 threads, released together, each add 1 to the same item 25 times
   * through the helper, and all 200 increments land (the lost update would leave fewer).
   */
  @OnBothClients
  void concurrentIncrementsThroughTheHelperLoseNothing(ClientKind kind) throws Exception {
    int writers = 8;
    int increments = 25;
    Item item = create(kind);
    RetryOnConflict retry = RetryOnConflict.builder()
        .maxAttempts(100).backoff(Duration.ofMillis(2), Duration.ofMillis(100)).build();
    CyclicBarrier start = new CyclicBarrier(writers);
    AtomicInteger decisions = new AtomicInteger();
    List<CountingFilter> answers = new ArrayList<>();
    List<Throwable> failures = new CopyOnWriteArrayList<>();
    List<Thread> threads = new ArrayList<>();
    for (int w = 0; w < writers; w++) {
      CountingFilter counting = new CountingFilter();
      answers.add(counting);
      WebTarget target = item(newClient(kind, counting), item.id());
      threads.add(new Thread(() -> {
        try {
          start.await(10, TimeUnit.SECONDS);
          for (int i = 0; i < increments; i++) {
            retry.update(target, Item.class, current -> {
              decisions.incrementAndGet();
              return current.withPrice(current.price().add(BigDecimal.ONE));
            });
          }
        } catch (Throwable t) {
          failures.add(t);
        }
      }, "writer-" + w));
    }
    threads.forEach(Thread::start);
    for (Thread thread : threads) {
      thread.join(TimeUnit.MINUTES.toMillis(2));
    }

    assertEquals(List.of(), failures);
    Item after = current(kind, item.id());
    int total = writers * increments;
    assertEquals(item.price().add(BigDecimal.valueOf(total)), after.price(), "no increment lost");
    assertEquals(item.version() + total, after.version(), "one version per increment");
    int puts = answers.stream().mapToInt(a -> a.of("PUT")).sum();
    int conflicts = answers.stream().mapToInt(a -> a.of("412")).sum();
    int gets = answers.stream().mapToInt(a -> a.of("GET")).sum();
    assertEquals(decisions.get(), puts, "one write per decision");
    assertEquals(puts - total, conflicts, "every write that did not land was a 412");
    assertEquals(total, gets, "one read per update: a 412 carries the state to decide on");
    System.out.printf("[counter %s] %d clients x %d increments: %d landed, %d write attempts, %d x 412, %d GETs%n",
        kind, writers, increments, after.version() - item.version(), puts, conflicts, gets);
  }

  /** An edit that refuses ends the update: its exception reaches the caller as it is, nothing is written. */
  @OnBothClients
  void editThatRefusesStopsTheRetryAndReachesTheCaller(ClientKind kind) {
    Item item = create(kind);
    WebTarget target = item(newClient(kind), item.id());
    AtomicInteger decisions = new AtomicInteger();

    OrderCancelledException refusal = assertThrows(OrderCancelledException.class,
        () -> RETRY.update(target, Item.class, current -> {
          if (decisions.incrementAndGet() == 1) {
            writeElsewhere(kind, item.id(), other -> other.withColor("cancelled"));   // meanwhile
          }
          if ("cancelled".equals(current.color())) {
            throw new OrderCancelledException(current);
          }
          return current.withSize("M");
        }));

    assertEquals(2, decisions.get(), "decided once on the read, once on the 412's state, then refused");
    assertEquals("cancelled", refusal.seen.color());
    Item after = current(kind, item.id());
    assertEquals(item.size(), after.size(), "the refused edit wrote nothing");
    assertEquals(item.version() + 1, after.version());
  }

  /** On 412 the edit is run again on the representation the 412 carries, without another GET. */
  @OnBothClients
  void conflictDecidesAgainOnThe412RepresentationWithoutAnotherRead(ClientKind kind) {
    Item item = create(kind);
    CountingFilter answers = new CountingFilter();
    WebTarget target = item(newClient(kind, answers), item.id());
    AtomicInteger decisions = new AtomicInteger();

    Item saved = RETRY.update(target, Item.class, current -> {
      if (decisions.incrementAndGet() == 1) {
        writeElsewhere(kind, item.id(), other -> other.withColor("red"));
      }
      return current.withSize("M");
    });

    assertEquals("red", saved.color(), "the other write is kept");
    assertEquals("M", saved.size(), "and this one applied on top of it");
    assertEquals(1, answers.of("GET"));
    assertEquals(2, answers.of("PUT"));
    assertEquals(1, answers.of("412"));
    assertEquals(saved, current(kind, item.id()));
  }

  /** The attempts are bounded: when all lose, the last 412 reaches the caller with the current state. */
  @OnBothClients
  void attemptsAreBoundedAndTheLastConflictReachesTheCaller(ClientKind kind) {
    Item item = create(kind);
    CountingFilter answers = new CountingFilter();
    WebTarget target = item(newClient(kind, answers), item.id());
    RetryOnConflict threeAttempts =
        RetryOnConflict.builder().maxAttempts(3).backoff(Duration.ZERO, Duration.ofMillis(5)).build();

    EditConflictException last = assertThrows(EditConflictException.class,
        () -> threeAttempts.update(target, Item.class, current -> {
          writeElsewhere(kind, item.id(), other -> other.withPrice(other.price().add(BigDecimal.ONE)));
          return current.withSize("XL");
        }));

    assertEquals(3, answers.of("PUT"));
    assertEquals(current(kind, item.id()), last.current(Item.class));
  }

  /** A resource deleted meanwhile ends the update: the 412 carries no current state to decide on. */
  @OnBothClients
  void resourceDeletedMeanwhileEndsTheRetry(ClientKind kind) {
    Item item = create(kind);
    WebTarget target = item(newClient(kind), item.id());
    AtomicInteger decisions = new AtomicInteger();

    EditConflictException gone = assertThrows(EditConflictException.class,
        () -> RETRY.update(target, Item.class, current -> {
          decisions.incrementAndGet();
          WebTarget other = item(newClient(kind), item.id());
          ETagResponses.readEntity(other.request().get(), Item.class);
          ETagResponses.readEntity(other.request().delete(), Void.class);
          return current.withSize("M");
        }));

    assertFalse(gone.hasCurrent());
    assertEquals(1, decisions.get());
    assertNull(current(kind, item.id()));
  }

  /**
   * A write whose answer was lost is sent again with the same Idempotency-Key: the server gives
   * the first answer, so the increment lands once (re-deciding on a 412 would add it twice).
   */
  @OnBothClients
  void writeWhoseAnswerWasLostIsSentAgainWithItsKeyAndLandsOnce(ClientKind kind) throws Exception {
    Item item = create(kind);
    try (LossyProxy proxy = new LossyProxy(ItemService.base())) {
      Client client = kind.newClient(Duration.ofSeconds(1));
      clients.add(client);
      WebTarget target = client.target(proxy.base()).path("items").path(item.id());
      AtomicInteger decisions = new AtomicInteger();
      proxy.loseNextAnswerTo("PUT");

      Item saved = RETRY.update(target, Item.class, current -> {
        decisions.incrementAndGet();
        return current.withPrice(current.price().add(BigDecimal.ONE));
      });

      List<String> keys = proxy.sent("PUT", ETagClientFeature.IDEMPOTENCY_KEY);
      assertEquals(2, keys.size(), keys.toString());
      assertEquals(keys.get(0), keys.get(1));
      assertEquals(1, decisions.get());
      assertEquals(item.price().add(BigDecimal.ONE), saved.price());
      assertEquals(saved, current(kind, item.id()));
    }
  }

  /** The same instance is handed back by a refusal: nothing wraps it. */
  @OnBothClients
  void uncheckedRefusalIsTheSameInstance(ClientKind kind) {
    Item item = create(kind);
    WebTarget target = item(newClient(kind), item.id());
    IllegalStateException refusal = new IllegalStateException("no");

    assertSame(refusal, assertThrows(IllegalStateException.class,
        () -> RETRY.update(target, Item.class, current -> {
          throw refusal;
        })));
  }
}
