package dev.etagfilter.micrometer;

import static java.util.Objects.requireNonNull;

import dev.etagfilter.PreconditionEvent;
import dev.etagfilter.PreconditionListener;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tag;
import io.micrometer.core.instrument.Tags;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Counts every outcome of the feature's checks in one Micrometer counter, {@value #METRIC_NAME},
 * tagged the way Micrometer tags its Jersey server meters ({@code http.server.requests}): {@code
 * method} is the request method and {@code uri} the matched path template, so the two join.
 *
 * <pre>{@code
 * ETagFeature etags = ETagFeature.builder().listener(new PreconditionMetrics(registry)).build();
 * // Prometheus: http_server_preconditions_total{method="PUT",outcome="failed",uri="/items/{id}"} 3.0
 * }</pre>
 *
 * <p>The {@code outcome} tag, from {@link PreconditionEvent.Type}:
 *
 * <pre>
 * passed         PASSED                 the precondition held, answered 2xx
 * not_modified   NOT_MODIFIED           304 for a GET or HEAD
 * failed         PRECONDITION_FAILED    412: stale tag or absent resource
 * missing        PRECONDITION_REQUIRED  428: a write sent no precondition
 * malformed      MALFORMED              400: a conditional header was malformed or too long
 * forced         FORCED_OVERRIDE        If-Match: *, "overwrite anyway"
 * unchecked      UNCHECKED_WRITE        a report-only or opted-out write went through unchecked
 * </pre>
 *
 * <p>Cardinality stays bounded: {@code uri} is the template ({@code /items/{id}}, {@code root} for
 * {@code /}, as Micrometer's {@code JerseyTags}), never the requested path, and the feature reports
 * events only for matched resource methods, so there are at most seven counters per resource method.
 * Counters appear on first use. Like Micrometer's server listeners (e.g. {@code
 * JettyConnectionMetrics}) it takes its registry when built; it is thread-safe and quick, as a
 * {@link PreconditionListener} must be.
 */
public final class PreconditionMetrics implements PreconditionListener {

  /** The counter's name (Prometheus: {@code http_server_preconditions_total}). */
  public static final String METRIC_NAME = "http.server.preconditions";

  private static final String DESCRIPTION =
      "Outcomes of HTTP precondition checks (If-Match, If-None-Match) by etag-filter";

  private final MeterRegistry registry;
  private final Tags commonTags;
  private final Map<Key, Counter> counters = new ConcurrentHashMap<>();

  /** One counter's tag values. */
  private record Key(PreconditionEvent.Type type, String method, String uri) {}

  /** Counts into {@code registry}. */
  public PreconditionMetrics(MeterRegistry registry) {
    this(registry, Tags.empty());
  }

  /** Counts into {@code registry}, adding {@code tags} to every counter (e.g. the API's name). */
  public PreconditionMetrics(MeterRegistry registry, Iterable<Tag> tags) {
    this.registry = requireNonNull(registry, "registry");
    this.commonTags = Tags.of(requireNonNull(tags, "tags"));
  }

  /** Increments the counter of the event's outcome, method and path template. */
  @Override
  public void onEvent(PreconditionEvent event) {
    Key key = new Key(event.type(), event.method(), event.pathTemplate());
    counters.computeIfAbsent(key, this::register).increment();
  }

  private Counter register(Key key) {
    return Counter.builder(METRIC_NAME)
        .description(DESCRIPTION)
        .tags(commonTags)
        .tag("outcome", outcome(key.type()))
        .tag("method", key.method())
        .tag("uri", uri(key.uri()))
        .register(registry);
  }

  /** The {@code outcome} tag value: short, lower-case, stable (see the table in the class doc). */
  static String outcome(PreconditionEvent.Type type) {
    return switch (type) {
      case PASSED -> "passed";
      case NOT_MODIFIED -> "not_modified";
      case PRECONDITION_FAILED -> "failed";
      case PRECONDITION_REQUIRED -> "missing";
      case MALFORMED -> "malformed";
      case FORCED_OVERRIDE -> "forced";
      case UNCHECKED_WRITE -> "unchecked";
    };
  }

  /** Micrometer's {@code JerseyTags.uri}: the template, with {@code root} for the application's root. */
  private static String uri(String pathTemplate) {
    return pathTemplate.isEmpty() || "/".equals(pathTemplate) ? "root" : pathTemplate;
  }
}
