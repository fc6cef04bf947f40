package dev.etagfilter.conformance;

import static dev.etagfilter.conformance.support.ConformanceAssertions.assertExactlyOneWinner;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import dev.etagfilter.conformance.support.ConformanceCheck;
import dev.etagfilter.conformance.support.Exchange;
import dev.etagfilter.conformance.support.Json;
import dev.etagfilter.conformance.support.Race;
import dev.etagfilter.conformance.support.Request;
import dev.etagfilter.conformance.support.Service;
import dev.etagfilter.conformance.support.Snapshot;
import dev.etagfilter.conformance.support.Write;
import java.math.BigDecimal;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Concurrent writers, RFC 9110 <a href="https://www.rfc-editor.org/rfc/rfc9110#section-13.1.1">13.1.1</a>
 * ("to prevent the lost update problem"): the If-Match check must be atomic with the write, or two
 * writers with the same tag both pass it. A check that runs before the write and then lets it
 * happen fails here.
 */
@ConformanceCheck
class ConcurrencyTest {

  /** Attempts per increment before a client gives up: bounds the run if the target misbehaves. */
  private static final int MAX_ATTEMPTS_PER_INCREMENT = 200;

  private final Service service;

  ConcurrencyTest(Service service) {
    this.service = service;
  }

  /**
   * RFC 9110 13.1.1: clients that send the same If-Match at the same moment: exactly one wins, all
   * others get 412, and the final state is the winner's.
   */
  @ParameterizedTest
  @EnumSource(value = Write.class, names = {"PUT", "PATCH"})
  void sameIfMatchRaceHasExactlyOneWinner(Write write) {
    Snapshot item = service.create();
    List<Request> writes = IntStream.range(0, service.config().raceClients())
        .mapToObj(i -> write.settingCounter(item.path(), service.config(), BigDecimal.valueOf(1000 + i)).ifMatch(item.etag())).toList();
    List<Exchange> race = Race.run(writes.size(), i -> service.send(writes.get(i)));
    Exchange winner = assertExactlyOneWinner(race);
    assertFinalStateIsTheWinners(item.path(), winner);
  }

  /**
   * RFC 9110 13.1.1: clients that each read, add one and write back with If-Match, retrying on 412,
   * lose no increment.
   */
  @Test
  void readModifyWriteCounterLosesNoIncrement() {
    Snapshot item = service.create();
    BigDecimal start = counter(item.body());
    int clients = service.config().counterClients();
    int increments = service.config().counterIncrements();
    List<Integer> conflicts = Race.run(clients, i -> increment(item.path(), increments));
    assertCounted(start.add(BigDecimal.valueOf((long) clients * increments)), counter(service.read(item.path()).body()), conflicts);
  }

  /** Adds one to the counter {@code times} times, as a careful client does; returns the 412s it met. */
  private int increment(String path, int times) {
    int conflicts = 0;
    for (int done = 0, attempts = 0; done < times; attempts++) {
      if (attempts == MAX_ATTEMPTS_PER_INCREMENT * times) {
        fail("Gave up after " + attempts + " attempts for " + times + " increments");
      }
      Snapshot seen = service.read(path);
      Exchange write = service.send(Write.PUT.settingCounter(path, service.config(), counter(seen.body()).add(BigDecimal.ONE))
          .ifMatch(seen.etag()));
      if (write.successful()) {
        done++;
      } else if (write.status() == 412) {
        conflicts++;
      } else {
        fail("Expected 2xx or 412 for a read-modify-write: " + write);
      }
    }
    return conflicts;
  }

  private void assertFinalStateIsTheWinners(String path, Exchange winner) {
    Snapshot end = service.read(path);
    BigDecimal sent = Json.number(Json.parse(winner.request().body()).orElseThrow().toString(), service.config().counterField());
    assertEquals(0, sent.compareTo(counter(end.body())), () -> "The final state is not the winner's: " + end.body() + "\nwinner: " + winner);
    assertEquals(end.etag(), winner.etag(), () -> "The winner's ETag is not the final one: " + end.etag() + "\nwinner: " + winner);
  }

  private static void assertCounted(BigDecimal expected, BigDecimal actual, List<Integer> conflicts) {
    int retried = conflicts.stream().mapToInt(Integer::intValue).sum();
    assertEquals(0, expected.compareTo(actual), () -> "Lost updates: expected the counter at " + expected + ", found "
        + actual + " (" + expected.subtract(actual) + " increments lost; clients met " + retried + " x 412)");
  }

  private BigDecimal counter(String body) {
    return Json.number(body, service.config().counterField());
  }
}
