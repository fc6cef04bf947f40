package dev.etagfilter.micrometer;

import dev.etagfilter.Enforcement;
import dev.etagfilter.PreconditionFailedException;
import dev.etagfilter.RequirePrecondition;
import dev.etagfilter.WriteCondition;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Notes under test: every id exists, first at version 1. PUT is a compare-and-set on its {@link
 * WriteCondition}; PATCH is report-only, so it lets a write without a precondition through.
 */
@Path("notes")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class NoteResource {

  private final Map<String, Note> notes = new ConcurrentHashMap<>();

  @GET
  @Path("{id}")
  public Note get(@PathParam("id") String id) {
    return current(id);
  }

  @PUT
  @Path("{id}")
  public Note replace(@PathParam("id") String id, @BeanParam WriteCondition condition, Map<String, String> body) {
    synchronized (notes) {
      Note current = current(id);
      if (!condition.permits(current.version())) {
        throw PreconditionFailedException.withCurrent(current);
      }
      Note next = new Note(id, body.get("text"), current.version() + 1);
      notes.put(id, next);
      return next;
    }
  }

  @PATCH
  @Path("{id}")
  @RequirePrecondition(enforcement = Enforcement.REPORT_ONLY)
  public Note rename(@PathParam("id") String id, Map<String, String> body) {
    synchronized (notes) {
      Note next = new Note(id, body.get("text"), current(id).version() + 1);
      notes.put(id, next);
      return next;
    }
  }

  private Note current(String id) {
    return notes.computeIfAbsent(id, key -> new Note(key, "note " + key, 1));
  }
}
