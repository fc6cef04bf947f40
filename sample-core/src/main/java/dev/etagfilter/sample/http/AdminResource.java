package dev.etagfilter.sample.http;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Map;
import java.util.function.Supplier;

/**
 * {@code GET /admin/conflicts}: the library's counts of 412, 428 and forced overrides per resource,
 * e.g. {@code {"PUT /items/{id}": {"preconditionFailed": 3, "preconditionRequired": 1,
 * "forcedOverride": 0}}}, so hot spots of concurrent editing are visible.
 */
@Path("admin/conflicts")
public final class AdminResource {

  private final Supplier<Map<String, Object>> counts;

  /** Reports what {@code counts} returns at each request, keyed by {@code "METHOD /path/{template}"}. */
  public AdminResource(Supplier<Map<String, Object>> counts) {
    this.counts = counts;
  }

  /** The counts so far. */
  @GET
  @Produces(MediaType.APPLICATION_JSON)
  public Map<String, Object> conflicts() {
    return counts.get();
  }
}
