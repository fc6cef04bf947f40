package dev.etagfilter.conformance;

import static dev.etagfilter.conformance.support.ConformanceAssertions.assertNothingWritten;
import static dev.etagfilter.conformance.support.ConformanceAssertions.assertProblem;

import dev.etagfilter.conformance.support.ConformanceCheck;
import dev.etagfilter.conformance.support.EntityTags;
import dev.etagfilter.conformance.support.Service;
import dev.etagfilter.conformance.support.Snapshot;
import dev.etagfilter.conformance.support.Write;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * {@code 428 Precondition Required}, RFC 6585 <a href="https://www.rfc-editor.org/rfc/rfc6585#section-3">3</a>:
 * the origin requires writes to be conditional, so a write without {@code If-Match} can never
 * silently overwrite someone else's change.
 */
@ConformanceCheck
class PreconditionRequiredTest {

  private final Service service;

  PreconditionRequiredTest(Service service) {
    this.service = service;
  }

  /**
   * RFC 6585 3: a write with no precondition gets 428, with a problem details body (RFC 9457) that
   * tells the client what to send; nothing is written.
   */
  @ParameterizedTest
  @EnumSource(Write.class)
  void writeWithoutPreconditionGets428Problem(Write write) {
    Snapshot item = service.create();
    assertProblem(service.send(write.to(item.path(), service.config())), 428);
    assertNothingWritten(service, item);
  }

  /**
   * RFC 6585 3 with RFC 9110 13.1.2: {@code If-None-Match} with entity tags names only versions the
   * write does not expect, so it cannot stop a blind overwrite and does not satisfy the requirement:
   * 428, and nothing is written, even when the tag named is long gone.
   */
  @ParameterizedTest
  @EnumSource(Write.class)
  void ifNoneMatchWithTagsDoesNotSatisfyTheRequirement(Write write) {
    Snapshot item = service.create();
    assertProblem(service.send(write.to(item.path(), service.config()).ifNoneMatch(EntityTags.unknown())), 428);
    assertNothingWritten(service, item);
  }
}
