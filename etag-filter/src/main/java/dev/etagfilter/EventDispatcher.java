package dev.etagfilter;

import jakarta.ws.rs.container.ContainerRequestContext;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.util.List;

/**
 * Hands each {@link PreconditionEvent} to the statistics, the logger and the application's
 * listeners. Events nobody counts, logs or listens to are never built. A failing listener is logged
 * and never fails the request.
 */
final class EventDispatcher {

  private static final Logger LOG = System.getLogger("dev.etagfilter");

  private final FeatureOptions options;
  private final ConflictStatistics statistics;
  private final List<PreconditionListener> listeners;

  EventDispatcher(FeatureOptions options, ConflictStatistics statistics) {
    this.options = options;
    this.statistics = statistics;
    this.listeners = options.listeners();
  }

  /**
   * Whether an event of {@code type} goes anywhere (a listener, a count, the log): callers build
   * what only the event needs, such as the current tag of a passed request, only then.
   */
  boolean wants(PreconditionEvent.Type type) {
    return !listeners.isEmpty() || ConflictStatistics.counts(type) || type == PreconditionEvent.Type.MALFORMED;
  }

  /** The event of {@code request} to {@code policy}'s method; {@code current} may be null. */
  void dispatch(PreconditionEvent.Type type, ContainerRequestContext request, MethodPolicy policy, EntityTag current) {
    if (!wants(type)) {
      return;
    }
    PreconditionEvent event = new PreconditionEvent(type, request.getMethod(), policy.pathTemplate(),
        sentTag(request), current == null ? null : current.toString(),
        request.getHeaderString(options.clientHeader()));
    statistics.record(event);
    log(event, policy);
    for (PreconditionListener listener : listeners) {
      try {
        listener.onEvent(event);
      } catch (RuntimeException e) {
        LOG.log(Level.WARNING, "precondition listener " + listener + " failed", e);
      }
    }
  }

  /**
   * Refusals, overrides and report-only writes at INFO: what a team watches. Malformed headers and
   * the unchecked writes of opted-out methods at DEBUG: any client can send them at will.
   */
  private void log(PreconditionEvent event, MethodPolicy policy) {
    Level level = switch (event.type()) {
      case PRECONDITION_FAILED, PRECONDITION_REQUIRED, FORCED_OVERRIDE -> Level.INFO;
      case UNCHECKED_WRITE -> policy.protection() == EndpointPolicy.Protection.REPORT_ONLY ? Level.INFO : Level.DEBUG;
      case MALFORMED -> Level.DEBUG;
      default -> null;
    };
    if (level == null || !options.logging() || !LOG.isLoggable(level)) {
      return;
    }
    LOG.log(level, "{0} {1} {2}: sent {3}, current {4}, client {5}", event.type(), event.method(),
        event.pathTemplate(), event.sentTag(), event.currentTag(), event.client());
  }

  private static String sentTag(ContainerRequestContext request) {
    String ifMatch = request.getHeaderString(ConditionalHeaders.IF_MATCH);
    return ifMatch != null ? ifMatch : request.getHeaderString(ConditionalHeaders.IF_NONE_MATCH);
  }
}
