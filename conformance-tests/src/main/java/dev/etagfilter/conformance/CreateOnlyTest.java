package dev.etagfilter.conformance;

import static dev.etagfilter.conformance.support.ConformanceAssertions.assertNothingWritten;
import static dev.etagfilter.conformance.support.ConformanceAssertions.assertPreconditionFailedWithCurrent;
import static dev.etagfilter.conformance.support.ConformanceAssertions.assertStatus;
import static dev.etagfilter.conformance.support.ConformanceAssertions.assertStrongETag;
import static dev.etagfilter.conformance.support.ConformanceAssertions.assertSuccessful;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.etagfilter.conformance.support.ConformanceCheck;
import dev.etagfilter.conformance.support.Exchange;
import dev.etagfilter.conformance.support.Request;
import dev.etagfilter.conformance.support.Service;
import dev.etagfilter.conformance.support.Setting;
import dev.etagfilter.conformance.support.Snapshot;
import org.junit.jupiter.api.Test;

/**
 * {@code If-None-Match: *} on PUT, RFC 9110 <a href="https://www.rfc-editor.org/rfc/rfc9110#section-13.1.2">13.1.2</a>:
 * "create only if absent", so two clients creating the same resource cannot overwrite each other.
 * The checks that create need {@code put-create}; the one that refuses does not.
 */
@ConformanceCheck
class CreateOnlyTest {

  private final Service service;

  CreateOnlyTest(Service service) {
    this.service = service;
  }

  /** RFC 9110 13.1.2: {@code *} matches an existing resource, so a create-only PUT gets 412. */
  @Test
  void createOnlyOnAnExistingResourceGets412() {
    Snapshot item = service.create();
    Exchange put = service.send(Request.put(item.path(), service.config().updateBody()).ifNoneMatch("*"));
    assertPreconditionFailedWithCurrent(put, item);
    assertNothingWritten(service, item);
  }

  /** RFC 9110 9.3.4 and 15.3.2: a create-only PUT where nothing exists creates it: 201 with its ETag. */
  @Test
  void createOnlyWhereNothingExistsCreates() {
    Exchange put = createOnly(freshPath());
    assertStatus(201, put);
    assertEquals(service.read(put.request().path()).etag(), assertStrongETag(put), put::toString);
  }

  /** RFC 9110 13.1.2: of two create-only PUTs to one URI, the second finds it present and gets 412. */
  @Test
  void secondCreateOnlyAtTheSameUriGets412() {
    String path = freshPath();
    assertStatus(201, createOnly(path));
    Snapshot first = service.read(path);
    assertPreconditionFailedWithCurrent(createOnly(path), first);
  }

  /**
   * RFC 9110 8.8.3: a strong tag identifies one representation of the resource, so after delete and
   * re-create a client's old tag must not match the new resource.
   */
  @Test
  void recreatedResourceNeverRepeatsAnOldETag() {
    String path = freshPath();
    String first = assertStrongETag(createOnly(path));
    assertSuccessful(service.send(Request.delete(path).ifMatch(first)));
    assertNotEquals(first, assertStrongETag(createOnly(path)), "the re-created resource got the deleted one's ETag");
  }

  private String freshPath() {
    assumeTrue(service.config().putCreate(), () -> Setting.PUT_CREATE.key() + "=false: the target does not create by PUT");
    return service.config().freshPath();
  }

  private Exchange createOnly(String path) {
    return service.send(Request.put(path, service.config().createBody()).ifNoneMatch("*"));
  }
}
