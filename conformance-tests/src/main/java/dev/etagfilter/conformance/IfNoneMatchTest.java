package dev.etagfilter.conformance;

import static dev.etagfilter.conformance.support.ConformanceAssertions.assertNotModified;
import static dev.etagfilter.conformance.support.ConformanceAssertions.assertNothingWritten;
import static dev.etagfilter.conformance.support.ConformanceAssertions.assertPreconditionFailedWithCurrent;
import static dev.etagfilter.conformance.support.ConformanceAssertions.assertStatus;
import static dev.etagfilter.conformance.support.ConformanceAssertions.assertStrongETag;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.etagfilter.conformance.support.ConformanceCheck;
import dev.etagfilter.conformance.support.EntityTags;
import dev.etagfilter.conformance.support.Exchange;
import dev.etagfilter.conformance.support.Json;
import dev.etagfilter.conformance.support.Request;
import dev.etagfilter.conformance.support.Service;
import dev.etagfilter.conformance.support.Setting;
import dev.etagfilter.conformance.support.Snapshot;
import org.junit.jupiter.api.Test;

/**
 * {@code If-None-Match}, RFC 9110 <a href="https://www.rfc-editor.org/rfc/rfc9110#section-13.1.2">13.1.2</a>:
 * compared with the <em>weak</em> comparison on every method; a match answers 304 to GET and HEAD
 * and 412 to a write.
 */
@ConformanceCheck
class IfNoneMatchTest {

  private final Service service;

  IfNoneMatchTest(Service service) {
    this.service = service;
  }

  /** RFC 9110 13.1.2: a GET whose tag matches gets 304 with the ETag and no content (15.4.5). */
  @Test
  void matchingTagGets304WithoutContent() {
    Snapshot item = service.create();
    assertNotModified(service.send(Request.get(item.path()).ifNoneMatch(item.etag())), item.etag());
  }

  /** RFC 9110 13.1.2: "A recipient MUST use the weak comparison function", so {@code W/"x"} matches {@code "x"}. */
  @Test
  void weakFormOfTheCurrentTagAlsoGets304() {
    Snapshot item = service.create();
    assertNotModified(service.send(Request.get(item.path()).ifNoneMatch(EntityTags.toWeak(item.etag()))), item.etag());
  }

  /** RFC 9110 13.1.2: a list matches when any of its tags does. */
  @Test
  void listContainingTheCurrentTagGets304() {
    Snapshot item = service.create();
    Exchange read = service.send(Request.get(item.path()).ifNoneMatch(EntityTags.unknown() + ", " + item.etag()));
    assertNotModified(read, item.etag());
  }

  /** RFC 9110 13.1.2: {@code *} matches any current representation. */
  @Test
  void starOnAnExistingResourceGets304() {
    Snapshot item = service.create();
    assertNotModified(service.send(Request.get(item.path()).ifNoneMatch("*")), item.etag());
  }

  /** RFC 9110 13.1.2: HEAD is answered like GET. */
  @Test
  void headWithMatchingTagGets304() {
    Snapshot item = service.create();
    assertNotModified(service.send(Request.head(item.path()).ifNoneMatch(item.etag())), item.etag());
  }

  /** RFC 9110 13.1.2: a stale tag does not match, so the full representation is sent. */
  @Test
  void staleTagGetsTheFullRepresentation() {
    var edited = service.edited();
    Exchange read = service.send(Request.get(edited.current().path()).ifNoneMatch(edited.staleETag()));
    assertStatus(200, read);
    assertTrue(Json.same(edited.current().body(), read.body()), read::toString);
  }

  /**
   * RFC 9110 13.1.2 and 13.2.2 step 3: a write whose If-None-Match weakly matches gets 412, even after
   * its If-Match passed. Jersey's own {@code evaluatePreconditions} compares strongly here and lets
   * {@code W/"x"} through.
   */
  @Test
  void weakMatchOnAWriteGets412() {
    Snapshot item = service.create();
    Exchange put = service.send(Request.put(item.path(), service.config().updateBody())
        .ifMatch(item.etag()).ifNoneMatch(EntityTags.toWeak(item.etag())));
    assertPreconditionFailedWithCurrent(put, item);
    assertNothingWritten(service, item);
  }

  /** RFC 9110 8.8.3 and 13.1.2: the collection's GET has its own validator, so it can answer 304 too. */
  @Test
  void collectionAnswers304ForItsOwnETag() {
    assumeTrue(service.config().collectionETag(), () -> Setting.COLLECTION_ETAG.key() + "=false");
    service.create();
    String etag = assertStrongETag(service.send(Request.get(service.config().collectionPath())));
    assertNotModified(service.send(Request.get(service.config().collectionPath()).ifNoneMatch(etag)), etag);
  }
}
