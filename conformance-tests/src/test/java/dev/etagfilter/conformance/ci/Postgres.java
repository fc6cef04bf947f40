package dev.etagfilter.conformance.ci;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/** An embedded PostgreSQL on a free port, in a temporary directory removed on close. */
final class Postgres implements AutoCloseable {

  private final EmbeddedPostgres postgres;

  private Postgres(EmbeddedPostgres postgres) {
    this.postgres = postgres;
  }

  static Postgres start() throws java.io.IOException {
    return new Postgres(EmbeddedPostgres.builder().start());
  }

  /** A JDBC URL with the user in it, as the sample's {@code --db-url} takes it. */
  String jdbcUrl() {
    return postgres.getJdbcUrl("postgres", "postgres");
  }

  @Override
  public void close() throws java.io.IOException {
    postgres.close();
  }
}
