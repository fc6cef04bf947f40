package dev.etagfilter.it;

import dev.etagfilter.ETagKind;
import dev.etagfilter.ETagSource;
import dev.etagfilter.PreconditionFailedException;
import dev.etagfilter.RequirePrecondition;
import dev.etagfilter.WriteCondition;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;

/** The resource under test: every write is a compare-and-set on its {@link WriteCondition}. */
@Path("widgets")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class WidgetResource {

  private final WidgetStore store;

  public WidgetResource(WidgetStore store) {
    this.store = store;
  }

  @GET
  public List<Widget> list() {
    return store.all();
  }

  @GET
  @Path("{id}")
  public Widget get(@PathParam("id") String id) {
    return store.find(id).orElseThrow(NotFoundException::new);
  }

  @GET
  @Path("{id}/hashed")
  @ETagSource(ETagKind.HASH)
  public Widget getHashed(@PathParam("id") String id) {
    return store.find(id).orElseThrow(NotFoundException::new);
  }

  @GET
  @Path("{id}/text")
  @Produces(MediaType.TEXT_PLAIN)
  public String text(@PathParam("id") String id) {
    return store.find(id).orElseThrow(NotFoundException::new).getName();
  }

  @PUT
  @Path("{id}")
  public Widget replace(@PathParam("id") String id, @BeanParam WriteCondition condition, Map<String, String> body) {
    if (condition.kind() == WriteCondition.Kind.CREATE_ONLY) {
      Widget created = new Widget(id, body.get("name"), 1);
      Widget existing = store.find(id).orElse(null);
      if (existing != null) {
        throw PreconditionFailedException.withCurrent(existing);
      }
      store.put(created);
      return created;
    }
    store.find(id).orElseThrow(PreconditionFailedException::resourceAbsent);
    // The test and the write are one atomic step inside the store.
    return store.replaceIf(id, current -> condition.permits(current.getVersion()), body.get("name"))
        .orElseThrow(() -> PreconditionFailedException.withCurrent(store.find(id).orElse(null)));
  }

  /** The same write, its condition from the two headers taken as method parameters. */
  @PUT
  @Path("{id}/by-headers")
  public Widget replaceByHeaders(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch,
      @HeaderParam("If-None-Match") String ifNoneMatch, Map<String, String> body) {
    WriteCondition condition = WriteCondition.fromHeaders(ifMatch, ifNoneMatch);
    return store.replaceIf(id, current -> condition.permits(current.getVersion()), body.get("name"))
        .orElseThrow(() -> PreconditionFailedException.withCurrent(store.find(id).orElse(null)));
  }

  @DELETE
  @Path("{id}")
  public Response delete(@PathParam("id") String id, @BeanParam WriteCondition condition) {
    Widget current = store.find(id).orElseThrow(NotFoundException::new);
    if (!store.deleteIf(id, widget -> condition.permits(widget.getVersion()))) {
      throw PreconditionFailedException.withCurrent(store.find(id).orElse(current));
    }
    return Response.noContent().build();
  }

  @POST
  @Path("{id}/notes")
  @RequirePrecondition(false)
  public Response addNote(@PathParam("id") String id) {
    return Response.noContent().build();
  }

  @PUT
  @Path("{id}/unguarded")
  @RequirePrecondition(false)
  public Response unguarded(@PathParam("id") String id) {
    return Response.noContent().build();
  }
}
