package dev.etagfilter;

/**
 * Receives every 412, every 428 and every forced override ({@code If-Match: *}). Called on the
 * request thread: keep it quick and never throw. The feature always counts events in its {@link
 * ConflictStatistics} and, unless told otherwise, logs them through {@link System.Logger}.
 */
@FunctionalInterface
public interface PreconditionListener {

  /** Called once per event. */
  void onEvent(PreconditionEvent event);
}
