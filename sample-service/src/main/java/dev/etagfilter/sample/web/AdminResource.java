package dev.etagfilter.sample.web;

import dev.etagfilter.ConflictStatistics;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Map;

/**
 * {@code GET /admin/conflicts}: the library's counts of 412, 428 and forced overrides per resource,
 * e.g. {@code {"PUT /items/{id}": {"preconditionFailed": 3, "preconditionRequired": 1,
 * "forcedOverride": 0}}}, so hot spots of concurrent editing are visible.
 */
@Path("admin/conflicts")
@Singleton
public final class AdminResource {

  private final ConflictStatistics statistics;

  /** Reports {@code statistics}. */
  @Inject
  public AdminResource(ConflictStatistics statistics) {
    this.statistics = statistics;
  }

  /** The counts so far, keyed by {@code "METHOD /path/{template}"}. */
  @GET
  @Produces(MediaType.APPLICATION_JSON)
  public Map<String, ConflictStatistics.Counts> conflicts() {
    return statistics.snapshot();
  }
}
