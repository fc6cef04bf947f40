package dev.etagfilter.sample.quarkus;

import dev.etagfilter.sample.SampleConfig;

/**
 * The sample's options as Quarkus configuration, set as system properties before Quarkus starts
 * (they outrank {@code application.properties}).
 */
final class QuarkusSettings {

  private QuarkusSettings() {}

  static void apply(SampleConfig config) {
    System.setProperty("quarkus.http.host", config.host());
    System.setProperty("quarkus.http.port", Integer.toString(config.port()));
    // Vert.x has no deadline for a whole request; this bounds each wait for the body's next bytes.
    System.setProperty("quarkus.http.read-timeout", config.readTimeout().toSeconds() + "s");
    // On SIGTERM running requests get up to 5 seconds to finish, as on Jersey; then the pool closes.
    System.setProperty("quarkus.shutdown.timeout", "5s");
  }
}
