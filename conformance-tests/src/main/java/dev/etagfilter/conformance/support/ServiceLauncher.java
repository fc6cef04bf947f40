package dev.etagfilter.conformance.support;

import java.net.URI;
import java.util.List;

/**
 * Starts a service for the suite to check when no base URL is given: the way a build runs the
 * suite against its own service without a separate start step. Found with {@link
 * java.util.ServiceLoader}; the one named by {@link Setting#LAUNCH} is used.
 */
public interface ServiceLauncher {

  /** The name that {@link Setting#LAUNCH} selects this launcher by. */
  String name();

  /** Starts the service; the result's {@code stop} ends everything it started. */
  Launched launch(Settings settings) throws Exception;

  /**
   * A started service.
   *
   * @param nodes its base URLs
   * @param stop stops it
   */
  record Launched(List<URI> nodes, AutoCloseable stop) {}
}
