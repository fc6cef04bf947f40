package dev.etagfilter.sample.http;

import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;

/**
 * {@code GET /admin/metrics}: the service's meters in the Prometheus text format, among them the
 * library's precondition counter ({@code etag-filter-micrometer}), e.g. {@code
 * http_server_preconditions_total{method="PUT",outcome="failed",uri="/items/{id}"} 3.0}. The same
 * counts as {@link AdminResource}, for a scraper: by outcome, method and path template.
 */
@Path("admin/metrics")
public final class MetricsResource {

  /** The media type of the Prometheus text exposition format, version 0.0.4. */
  static final String PROMETHEUS_TEXT = "text/plain; version=0.0.4; charset=utf-8";

  private final PrometheusMeterRegistry registry;

  /** Renders what {@code registry} holds at each request. */
  public MetricsResource(PrometheusMeterRegistry registry) {
    this.registry = registry;
  }

  /** The meters now, as Prometheus scrapes them. */
  @GET
  @Produces("text/plain")
  public Response scrape() {
    return Response.ok(registry.scrape(), PROMETHEUS_TEXT).build();
  }
}
