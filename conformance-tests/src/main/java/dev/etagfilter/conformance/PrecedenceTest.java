package dev.etagfilter.conformance;

import static dev.etagfilter.conformance.support.ConformanceAssertions.assertNothingWritten;
import static dev.etagfilter.conformance.support.ConformanceAssertions.assertPreconditionFailedWithCurrent;
import static dev.etagfilter.conformance.support.ConformanceAssertions.assertStatus;
import static dev.etagfilter.conformance.support.ConformanceAssertions.assertSuccessful;

import dev.etagfilter.conformance.support.ConformanceCheck;
import dev.etagfilter.conformance.support.EntityTags;
import dev.etagfilter.conformance.support.Request;
import dev.etagfilter.conformance.support.Service;
import dev.etagfilter.conformance.support.Service.Edited;
import dev.etagfilter.conformance.support.Snapshot;
import org.junit.jupiter.api.Test;

/**
 * The order of evaluation, RFC 9110 <a href="https://www.rfc-editor.org/rfc/rfc9110#section-13.2.2">13.2.2</a>:
 * entity tags win over dates, and every precondition present must pass.
 */
@ConformanceCheck
class PrecedenceTest {

  /** A date before any resource existed: as a condition "unmodified since" it is false. */
  private static final String LONG_AGO = "Sun, 06 Nov 1994 08:49:37 GMT";
  /** A date after any modification: as a condition "modified since" it is false. */
  private static final String FAR_FUTURE = "Fri, 31 Dec 2999 23:59:59 GMT";

  private final Service service;

  PrecedenceTest(Service service) {
    this.service = service;
  }

  /** RFC 9110 13.2.2 step 2: If-Unmodified-Since is evaluated only when If-Match is absent. */
  @Test
  void ifMatchTakesPrecedenceOverIfUnmodifiedSince() {
    Snapshot item = service.create();
    Request put = Request.put(item.path(), service.config().updateBody()).ifMatch(item.etag());
    assertSuccessful(service.send(put.header("If-Unmodified-Since", LONG_AGO)));
  }

  /** RFC 9110 13.2.2 step 1: a stale If-Match fails whatever If-Unmodified-Since says. */
  @Test
  void staleIfMatchFailsEvenWhenTheDateWouldPass() {
    Edited item = service.edited();
    Request put = Request.put(item.current().path(), service.config().updateBody()).ifMatch(item.staleETag());
    assertPreconditionFailedWithCurrent(service.send(put.header("If-Unmodified-Since", FAR_FUTURE)), item.current());
    assertNothingWritten(service, item.current());
  }

  /** RFC 9110 13.2.2 step 4: If-Modified-Since is evaluated only when If-None-Match is absent. */
  @Test
  void ifNoneMatchTakesPrecedenceOverIfModifiedSince() {
    Snapshot item = service.create();
    Request get = Request.get(item.path()).ifNoneMatch(EntityTags.unknown()).header("If-Modified-Since", FAR_FUTURE);
    assertStatus(200, service.send(get));
  }

  /** RFC 9110 13.2.2 step 3: after If-Match passes, a matching If-None-Match still fails a write. */
  @Test
  void everyPreconditionOfAWriteMustPass() {
    Snapshot item = service.create();
    Request put = Request.put(item.path(), service.config().updateBody()).ifMatch(item.etag()).ifNoneMatch(item.etag());
    assertPreconditionFailedWithCurrent(service.send(put), item);
    assertNothingWritten(service, item);
  }
}
