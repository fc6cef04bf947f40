package dev.etagfilter.conformance;

import static dev.etagfilter.conformance.support.ConformanceAssertions.assertNothingCreated;
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
import dev.etagfilter.conformance.support.Write;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * {@code If-Match}, RFC 9110 <a href="https://www.rfc-editor.org/rfc/rfc9110#section-13.1.1">13.1.1</a>:
 * a write proceeds only if a listed tag <em>strongly</em> matches the current one, or {@code *}
 * and a current representation exists. PUT, PATCH and DELETE are held to the same rules.
 */
@ConformanceCheck
class IfMatchTest {

  private final Service service;

  IfMatchTest(Service service) {
    this.service = service;
  }

  /** RFC 9110 13.1.1: the current tag matches, so the write is performed. */
  @ParameterizedTest
  @EnumSource(Write.class)
  void currentTagLetsTheWriteThrough(Write write) {
    Snapshot item = service.create();
    assertSuccessful(service.send(write.to(item.path(), service.config()).ifMatch(item.etag())));
  }

  /**
   * RFC 9110 13.1.1: a stale tag gets 412, here with the current representation and its ETag so
   * that the client can review what changed; nothing is written.
   */
  @ParameterizedTest
  @EnumSource(Write.class)
  void staleTagGets412WithTheCurrentRepresentation(Write write) {
    Edited item = service.edited();
    var refused = service.send(write.to(item.current().path(), service.config()).ifMatch(item.staleETag()));
    assertPreconditionFailedWithCurrent(refused, item.current());
    assertNothingWritten(service, item.current());
  }

  /** RFC 9110 13.1.1: "An origin server MUST use the strong comparison function", so {@code W/"x"} never matches. */
  @ParameterizedTest
  @EnumSource(Write.class)
  void weakFormOfTheCurrentTagNeverMatches(Write write) {
    Snapshot item = service.create();
    var refused = service.send(write.to(item.path(), service.config()).ifMatch(EntityTags.toWeak(item.etag())));
    assertPreconditionFailedWithCurrent(refused, item);
    assertNothingWritten(service, item);
  }

  /** RFC 9110 13.1.1: a list matches when any member does, e.g. {@code "stale", "current"}. */
  @ParameterizedTest
  @EnumSource(Write.class)
  void listWithTheCurrentTagLetsTheWriteThrough(Write write) {
    Edited item = service.edited();
    var written = service.send(write.to(item.current().path(), service.config())
        .ifMatch(item.staleETag() + ", " + item.current().etag()));
    assertSuccessful(written);
  }

  /** RFC 9110 13.1.1: a list without the current tag does not match. */
  @ParameterizedTest
  @EnumSource(Write.class)
  void listWithoutTheCurrentTagGets412(Write write) {
    Edited item = service.edited();
    var refused = service.send(write.to(item.current().path(), service.config())
        .ifMatch(item.staleETag() + ", " + EntityTags.unknown()));
    assertPreconditionFailedWithCurrent(refused, item.current());
    assertNothingWritten(service, item.current());
  }

  /** RFC 9110 13.1.1: {@code *} matches any current representation: the explicit "overwrite anyway". */
  @ParameterizedTest
  @EnumSource(Write.class)
  void starOverwritesAnExistingResource(Write write) {
    Snapshot item = service.create();
    assertSuccessful(service.send(write.to(item.path(), service.config()).ifMatch("*")));
  }

  /** RFC 9110 13.1.1: If-Match applies to reads too: a GET with a stale tag gets 412, not the representation. */
  @Test
  void staleTagOnAReadGets412() {
    Edited item = service.edited();
    assertPreconditionFailedWithCurrent(service.send(Request.get(item.current().path()).ifMatch(item.staleETag())), item.current());
  }

  /**
   * RFC 9110 13.1.1 and 13.2.1: where nothing exists, a PUT with {@code If-Match} gets 412 and never
   * creates (not even with {@code *}); PATCH and DELETE get the 404 they would get unconditionally.
   */
  @ParameterizedTest
  @CsvSource({"PUT, *, 412", "PUT, tag, 412", "PATCH, *, 404", "PATCH, tag, 404", "DELETE, *, 404", "DELETE, tag, 404"})
  void tagOnAMissingResourceNeverCreatesIt(Write write, String tag, int expected) {
    String gone = service.deletedPath();
    var refused = service.send(write.to(gone, service.config()).ifMatch("*".equals(tag) ? "*" : EntityTags.unknown()));
    assertStatus(expected, refused);
    assertNothingCreated(service, gone);
  }
}
