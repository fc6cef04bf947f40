package dev.etagfilter;

import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.util.List;

/**
 * Hands every {@link PreconditionEvent} to the statistics, the logger and the application's
 * listeners. A failing listener is logged and never fails the request.
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

  void dispatch(PreconditionEvent.Type type, String method, String pathTemplate, String sentTag, EntityTag current) {
    PreconditionEvent event =
        new PreconditionEvent(type, method, pathTemplate, sentTag, current == null ? null : current.toString());
    statistics.onEvent(event);
    if (options.logging() && LOG.isLoggable(Level.INFO)) {
      LOG.log(Level.INFO, "{0} {1} {2}: sent {3}, current {4}", type, method, pathTemplate, sentTag, current);
    }
    for (PreconditionListener listener : listeners) {
      try {
        listener.onEvent(event);
      } catch (RuntimeException e) {
        LOG.log(Level.WARNING, "precondition listener " + listener + " failed", e);
      }
    }
  }
}
