package dev.etagfilter.sample.quarkus;

import dev.etagfilter.sample.SampleConfig;
import dev.etagfilter.sample.StartBanner;
import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.QuarkusApplication;

/**
 * Runs once Quarkus has started: prints the banner with the address it really listens on (port 0
 * is resolved by then), then waits for Ctrl-C or SIGTERM. Quarkus then stops taking requests, lets
 * running ones finish, and disposes of the beans, closing the database pool ({@link SampleBeans}).
 */
public final class SampleService implements QuarkusApplication {

  private final SampleConfig config;
  private final ListenAddress address;

  SampleService(SampleConfig config, ListenAddress address) {
    this.config = config;
    this.address = address;
  }

  @Override
  public int run(String... args) {
    System.out.println(StartBanner.of(address.uri(), config.effectiveJdbcUrl()));
    Quarkus.waitForExit();
    return 0;
  }
}
