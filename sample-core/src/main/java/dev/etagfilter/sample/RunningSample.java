package dev.etagfilter.sample;

import java.net.URI;

/** The sample service started by one runtime's bootstrap: where it listens, and how it stops. */
public interface RunningSample extends AutoCloseable {

  /** Where it listens, e.g. {@code http://127.0.0.1:8080/}; {@code items} resolves against it. */
  URI baseUri();

  /**
   * Stops accepting requests, lets running ones finish (a few seconds at most), then closes the
   * database. Calling it again does nothing.
   */
  @Override
  void close();
}
