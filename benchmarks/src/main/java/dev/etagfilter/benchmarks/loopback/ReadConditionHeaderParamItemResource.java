package dev.etagfilter.benchmarks.loopback;

import dev.etagfilter.ETagKind;
import dev.etagfilter.ETagSource;
import dev.etagfilter.ReadCondition;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * {@link ReadConditionItemResource} with the read's condition made from two {@code @HeaderParam}s
 * ({@link ReadCondition#fromHeaders}) instead of a {@code @BeanParam}, which Jersey builds by
 * reflection on every request: the form the README gives for a hot path on Jersey.
 */
@Path("items")
@Produces(MediaType.APPLICATION_JSON)
@ETagSource(ETagKind.HASH)
public class ReadConditionHeaderParamItemResource {

  private final ItemStore store;

  /** A resource over {@code store}. */
  public ReadConditionHeaderParamItemResource(ItemStore store) {
    this.store = store;
  }

  /** 304 from the version alone, or 200 with the item and the version's {@code ETag}. */
  @GET
  @Path("{id}")
  public Response get(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
      @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch) {
    return ReadCondition.fromHeaders(ifMatch, ifNoneMatch).respond(store.versionOf(id), () -> store.require(id));
  }
}
