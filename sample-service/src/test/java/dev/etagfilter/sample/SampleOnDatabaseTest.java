package dev.etagfilter.sample;

import dev.etagfilter.sample.jersey.SampleServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;

/**
 * A contract test's server: the sample on an ephemeral port over the database a subclass names,
 * started once for the class, with a client for it.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class SampleOnDatabaseTest {

  /** The server under test. */
  SampleServer server;

  /** A client of {@link #server}. */
  TestClient http;

  /** The database the server under test uses. */
  abstract String jdbcUrl();

  @BeforeAll
  void start() {
    server = TestDelays.start(SampleConfig.defaults().withPort(0).withJdbcUrl(jdbcUrl()));
    http = new TestClient(server.baseUri());
  }

  @AfterAll
  void stop() {
    server.close();
  }
}
