package dev.etagfilter.conformance;

import static dev.etagfilter.conformance.support.ConformanceAssertions.assertNothingWritten;
import static dev.etagfilter.conformance.support.ConformanceAssertions.assertPreconditionFailedWithCurrent;
import static dev.etagfilter.conformance.support.ConformanceAssertions.assertStatus;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.etagfilter.conformance.support.ConformanceCheck;
import dev.etagfilter.conformance.support.Exchange;
import dev.etagfilter.conformance.support.Json;
import dev.etagfilter.conformance.support.Request;
import dev.etagfilter.conformance.support.Service;
import dev.etagfilter.conformance.support.Setting;
import dev.etagfilter.conformance.support.Snapshot;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Several nodes behind one resource (several base URLs configured), RFC 9110
 * <a href="https://www.rfc-editor.org/rfc/rfc9110#section-8.8.3">8.8.3</a>: the entity tag belongs to
 * the representation, not to the node that serves it, so every node sends the same tag for the
 * same state and honours tags that another node handed out. Skipped with one base URL.
 */
@ConformanceCheck
class ClusterTest {

  private final Service service;

  ClusterTest(Service service) {
    this.service = service;
  }

  @BeforeEach
  void needsSeveralNodes() {
    assumeTrue(service.nodes().size() > 1, "one base URL: nothing to compare across nodes");
  }

  /** RFC 9110 8.8.3: the same state gets the same ETag and the same representation from every node. */
  @Test
  void everyNodeServesTheSameETagForTheSameState() {
    Snapshot item = service.edited().current();
    for (int node = 0; node < service.nodes().size(); node++) {
      Exchange read = service.sendTo(node, Request.get(item.path()));
      assertEquals(item.etag(), read.etag(), read::toString);
      assertTrue(Json.same(item.body(), read.body()), read::toString);
    }
  }

  /**
   * A keyed write sent to one node and retried on another gets the first answer and is applied once
   * (IETF httpapi draft "The Idempotency-Key HTTP Header Field"): the nodes share what they answered,
   * or a retry that a load balancer sends elsewhere would meet its own stale {@code If-Match}.
   */
  @Test
  void keyedWriteRetriedOnAnotherNodeGetsTheFirstAnswer() {
    assumeTrue(service.config().idempotencyKeys(), () -> Setting.IDEMPOTENCY_KEYS.key() + "=false");
    Snapshot item = service.create();
    Request put = Request.put(item.path(), service.config().updateBody()).ifMatch(item.etag())
        .header("Idempotency-Key", "\"" + UUID.randomUUID() + "\"");

    Exchange first = service.sendTo(0, put);
    Exchange retry = service.sendTo(1, put);

    assertStatus(200, first);
    assertStatus(200, retry);
    assertEquals(first.etag(), retry.etag(), "the retry gets the first answer's ETag");
    assertEquals(first.body(), retry.body(), "and its body");
    assertEquals(first.etag(), service.read(item.path()).etag(), "applied once");
  }

  /** RFC 9110 13.1.1: a change made through one node makes the old tag stale on every other node. */
  @Test
  void changeThroughOneNodeIsSeenByTheOthers() {
    Snapshot original = service.create();
    service.sendTo(0, Request.put(original.path(), service.config().updateBody()).ifMatch(original.etag()));
    Snapshot current = service.read(original.path());
    Exchange stale = service.sendTo(1, Request.put(original.path(), service.config().createBody()).ifMatch(original.etag()));
    assertPreconditionFailedWithCurrent(stale, current);
    assertNothingWritten(service, current);
  }
}
