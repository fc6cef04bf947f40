package dev.etagfilter.conformance.ci;

import dev.etagfilter.conformance.support.ServiceLauncher;
import dev.etagfilter.conformance.support.Settings;
import dev.etagfilter.sample.SampleConfig;
import dev.etagfilter.sample.jersey.SampleServer;
import java.util.List;

/** The sample service in this JVM on a fresh embedded PostgreSQL ({@code launch=sample-postgres}). */
public final class SampleOnPostgres implements ServiceLauncher {

  @Override
  public String name() {
    return "sample-postgres";
  }

  @Override
  public Launched launch(Settings settings) throws Exception {
    Postgres postgres = Postgres.start();
    try {
      SampleServer server = SampleServer.start(SampleConfig.parse(new String[] {"--port", "0", "--db-url", postgres.jdbcUrl()}));
      return new Launched(List.of(server.baseUri()), () -> {
        server.close();
        postgres.close();
      });
    } catch (RuntimeException e) {
      postgres.close();
      throw e;
    }
  }
}
