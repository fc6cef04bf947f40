package dev.etagfilter.conformance;

import static dev.etagfilter.conformance.support.ConformanceAssertions.assertNothingWritten;
import static dev.etagfilter.conformance.support.ConformanceAssertions.assertPreconditionFailedWithCurrent;
import static dev.etagfilter.conformance.support.ConformanceAssertions.assertProblem;
import static dev.etagfilter.conformance.support.ConformanceAssertions.assertStatus;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.etagfilter.conformance.support.ConformanceCheck;
import dev.etagfilter.conformance.support.Exchange;
import dev.etagfilter.conformance.support.Race;
import dev.etagfilter.conformance.support.Request;
import dev.etagfilter.conformance.support.Service;
import dev.etagfilter.conformance.support.Setting;
import dev.etagfilter.conformance.support.Snapshot;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Retries recognised by their {@code Idempotency-Key} (IETF httpapi draft "The Idempotency-Key HTTP
 * Header Field"), as RFC 9110 <a href="https://www.rfc-editor.org/rfc/rfc9110#section-13.1.1">13.1.1</a>
 * allows ("the origin server MAY respond with a 2xx if ... the change has already been applied"):
 * by the request itself, never by comparing states, since two increments send equal states.
 */
@ConformanceCheck
class IdempotencyKeyTest {

  private static final String KEY = "Idempotency-Key";

  private final Service service;

  IdempotencyKeyTest(Service service) {
    this.service = service;
  }

  @BeforeEach
  void onlyWhereOffered() {
    assumeTrue(service.config().idempotencyKeys(), () -> Setting.IDEMPOTENCY_KEYS.key() + "=false");
  }

  private static String newKey() {
    return "\"" + UUID.randomUUID() + "\"";
  }

  /** A write sent again with its key gets its first answer again, and is applied once. */
  @Test
  void retriedWriteWithItsKeyGetsTheFirstAnswerAndIsAppliedOnce() {
    Snapshot item = service.create();
    Request put = Request.put(item.path(), service.config().updateBody()).ifMatch(item.etag()).header(KEY, newKey());
    Exchange first = service.send(put);
    assertStatus(200, first);
    Exchange retry = service.send(put);
    assertStatus(200, retry);
    assertEquals(first.etag(), retry.etag(), "the retry gets the first answer's ETag");
    assertEquals(first.body(), retry.body(), "and its body");
    assertEquals(first.etag(), service.read(item.path()).etag(), "applied once");
  }

  /** Without a key, the same write again is judged by its now stale If-Match: 412. */
  @Test
  void sameWriteWithoutAKeyIsPreconditionFailed() {
    Snapshot item = service.create();
    Request put = Request.put(item.path(), service.config().updateBody()).ifMatch(item.etag());
    assertStatus(200, service.send(put));
    Snapshot after = service.read(item.path());
    assertPreconditionFailedWithCurrent(service.send(put), after);
  }

  /** A create sent twice with one key creates one resource: both answers name it. */
  @Test
  void doubleSubmittedCreateCreatesOnce() {
    Request post = Request.post(service.config().collectionPath(), service.config().createBody()).header(KEY, newKey());
    Exchange first = service.send(post);
    Exchange second = service.send(post);
    assertStatus(201, first);
    assertStatus(201, second);
    assertEquals(first.locationPath(), second.locationPath(), "the same resource");
    assertEquals(first.body(), second.body());
  }

  /** The same key with a different request is 422, and nothing is written. */
  @Test
  void keyReusedForAnotherRequestIs422() {
    Snapshot item = service.create();
    String key = newKey();
    assertStatus(200, service.send(
        Request.put(item.path(), service.config().updateBody()).ifMatch(item.etag()).header(KEY, key)));
    Snapshot after = service.read(item.path());
    assertProblem(service.send(Request.put(item.path(), service.config().createBody()).ifMatch(after.etag()).header(KEY, key)), 422);
    assertNothingWritten(service, after);
  }

  /**
   * Concurrent sends of one keyed write: it is applied once; every other send gets the same answer or
   * 409 (the draft's "a request with the same key is still being processed").
   */
  @Test
  void concurrentSendsOfOneKeyedWriteApplyItOnce() {
    Snapshot item = service.create();
    Request put = Request.put(item.path(), service.config().updateBody()).ifMatch(item.etag()).header(KEY, newKey());
    List<Exchange> sends = Race.run(4, i -> service.send(put));
    List<Exchange> successes = sends.stream().filter(Exchange::successful).toList();
    assertTrue(!successes.isEmpty(), () -> "one send succeeds: " + sends);
    for (Exchange send : sends) {
      assertTrue(send.successful() || send.status() == 409, () -> "2xx or 409, never 412: " + send);
    }
    successes.forEach(success -> assertEquals(successes.get(0).etag(), success.etag()));
    assertEquals(successes.get(0).etag(), service.read(item.path()).etag(), "applied once");
  }

  /** A key that is not a short string is a 400 problem, and nothing is written. */
  @Test
  void malformedKeyIs400() {
    Snapshot item = service.create();
    String tooLong = "\"" + "k".repeat(300) + "\"";
    assertProblem(service.send(
        Request.put(item.path(), service.config().updateBody()).ifMatch(item.etag()).header(KEY, tooLong)), 400);
    assertNothingWritten(service, item);
  }
}
