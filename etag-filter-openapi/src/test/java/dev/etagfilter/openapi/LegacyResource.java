package dev.etagfilter.openapi;

import dev.etagfilter.Enforcement;
import dev.etagfilter.RequirePrecondition;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** A resource whose clients are still migrating: its writes are report-only. */
@Path("legacy")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RequirePrecondition(enforcement = Enforcement.REPORT_ONLY)
public class LegacyResource {

  @PUT
  @Path("{id}")
  public Item replace(@PathParam("id") String id, Item item) {
    return new Item(id, item.getName(), 2);
  }
}
