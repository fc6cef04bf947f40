package dev.etagfilter.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ws.rs.ClientErrorException;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.RedirectionException;
import jakarta.ws.rs.ServerErrorException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import org.junit.jupiter.api.Test;

/** The status-to-exception table of {@link ETagResponses#readEntity(Response, Class)}. */
class ETagResponsesTest {

  private static WebApplicationException thrownFor(Response response) {
    return assertThrows(WebApplicationException.class, () -> ETagResponses.readEntity(response, String.class));
  }

  /** 412 is the typed conflict, with the current representation's tag. */
  @Test
  void preconditionFailedIsAnEditConflictWithTheCurrentTag() {
    WebApplicationException thrown =
        thrownFor(Response.status(412).entity("{}").header(HttpHeaders.ETAG, "\"8\"").build());

    EditConflictException conflict = assertInstanceOf(EditConflictException.class, thrown);
    assertTrue(conflict.hasCurrent());
    assertEquals(new EntityTag("8"), conflict.currentETag());
  }

  /** A 412 without an ETag (the resource is gone) has no current representation to read. */
  @Test
  void preconditionFailedWithoutETagHasNoCurrent() {
    EditConflictException conflict =
        assertInstanceOf(EditConflictException.class, thrownFor(Response.status(412).entity("{}").build()));

    assertFalse(conflict.hasCurrent());
    assertNull(conflict.currentETag());
    assertThrows(IllegalStateException.class, () -> conflict.current(String.class));
  }

  @Test
  void preconditionRequiredIsItsOwnException() {
    assertInstanceOf(PreconditionRequiredException.class, thrownFor(Response.status(428).build()));
  }

  /** Every other status is the exception Jakarta REST's SyncInvoker names for it. */
  @Test
  void otherStatusesAreJakartaRestExceptions() {
    assertInstanceOf(NotFoundException.class, thrownFor(Response.status(404).build()));
    assertInstanceOf(NotAllowedException.class, thrownFor(Response.status(405).allow("GET").build()));
    assertSame(ClientErrorException.class, thrownFor(Response.status(405).build()).getClass(), "no Allow header");
    assertSame(ClientErrorException.class, thrownFor(Response.status(409).build()).getClass());
    assertInstanceOf(RedirectionException.class, thrownFor(Response.status(303).location(URI.create("/x")).build()));
    assertSame(ServerErrorException.class, thrownFor(Response.status(502).build()).getClass());
  }

  /** Success without a body, or read as Void, is null. */
  @Test
  void noContentReadsAsNull() {
    assertNull(ETagResponses.readEntity(Response.noContent().build(), String.class));
    assertNull(ETagResponses.readEntity(Response.ok("body").build(), Void.class));
  }

  /** The exceptions accept only their own status. */
  @Test
  void exceptionsRefuseAnotherStatus() {
    assertThrows(IllegalArgumentException.class, () -> new EditConflictException(Response.status(409).build()));
    assertThrows(IllegalArgumentException.class, () -> new PreconditionRequiredException(Response.ok().build()));
  }
}
