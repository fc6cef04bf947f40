package dev.etagfilter.conformance;

import static dev.etagfilter.conformance.support.ConformanceAssertions.assertCarriesNewETag;
import static dev.etagfilter.conformance.support.ConformanceAssertions.assertNothingWritten;
import static dev.etagfilter.conformance.support.ConformanceAssertions.assertStatus;
import static dev.etagfilter.conformance.support.ConformanceAssertions.assertStrongETag;
import static dev.etagfilter.conformance.support.ConformanceAssertions.assertSuccessful;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.etagfilter.conformance.support.ConformanceCheck;
import dev.etagfilter.conformance.support.Exchange;
import dev.etagfilter.conformance.support.Request;
import dev.etagfilter.conformance.support.Service;
import dev.etagfilter.conformance.support.Snapshot;
import dev.etagfilter.conformance.support.Write;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The {@code ETag} field, RFC 9110 <a href="https://www.rfc-editor.org/rfc/rfc9110#section-8.8.3">8.8.3</a>:
 * every read and every successful write carries the current entity tag, well-formed and strong;
 * reads never change it, changes always do, and a change that alters nothing keeps it.
 */
@ConformanceCheck
class ETagTest {

  private final Service service;

  ETagTest(Service service) {
    this.service = service;
  }

  /** RFC 9110 8.8.3: a GET carries one entity tag, strong so that If-Match can match it (13.1.1). */
  @Test
  void readCarriesOneStrongWellFormedETag() {
    Snapshot item = service.create();
    assertStrongETag(service.send(Request.get(item.path())));
  }

  /** RFC 9110 9.3.2: HEAD sends the same header fields as GET, so the same ETag. */
  @Test
  void headCarriesTheSameETagAsGet() {
    Snapshot item = service.create();
    Exchange head = service.send(Request.head(item.path()));
    assertStatus(200, head);
    assertEquals(item.etag(), assertStrongETag(head), () -> head.toString());
  }

  /** RFC 9110 9.2.1: reads are safe, so GET, HEAD and conditional GETs leave state and ETag as they were. */
  @Test
  void readsNeverChangeTheETag() {
    Snapshot item = service.create();
    service.send(Request.head(item.path()));
    service.send(Request.get(item.path()).ifNoneMatch(item.etag()));
    service.send(Request.get(service.config().collectionPath()));
    assertNothingWritten(service, item);
  }

  /** RFC 9110 15.3.2: a 201 for a new resource carries that resource's ETag, the one GET then returns. */
  @Test
  void createResponseCarriesTheETagOfTheNewResource() {
    Exchange created = service.send(Request.post(service.config().collectionPath(), service.config().createBody()));
    assertStatus(201, created);
    assertEquals(service.read(created.locationPath()).etag(), assertStrongETag(created), () -> created.toString());
  }

  /**
   * RFC 9110 8.8.3 and 9.3.4: a successful PUT or PATCH carries the new ETag, so the next edit needs
   * no GET; it is the one GET then returns, and it differs from the old one.
   */
  @ParameterizedTest
  @EnumSource(value = Write.class, names = {"PUT", "PATCH"})
  void successfulWriteCarriesTheNewETag(Write write) {
    Snapshot item = service.create();
    Exchange written = service.send(write.to(item.path(), service.config()).ifMatch(item.etag()));
    assertSuccessful(written);
    assertCarriesNewETag(service, written, item.etag());
  }

  /** RFC 9110 8.8.1: a validator identifies the representation, so a write that changes nothing keeps it. */
  @Test
  void changeThatAltersNothingKeepsTheETag() {
    Snapshot item = service.create();
    Exchange same = service.send(Request.put(item.path(), service.config().createBody()).ifMatch(item.etag()));
    assertSuccessful(same);
    assertEquals(item.etag(), same.etag(), () -> "A write that changed nothing changed the ETag\n" + same);
    assertNothingWritten(service, item);
  }
}
