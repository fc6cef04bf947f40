package dev.etagfilter.sample.store;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * The databases every store test runs on: H2 in memory and a real PostgreSQL (embedded, started
 * once per test JVM from Maven Central binaries). Each is opened through {@link Database#open}, so
 * the schema migration runs on both.
 */
public enum TestDatabase {
  H2 {
    @Override
    public String jdbcUrl() {
      return "jdbc:h2:mem:store-tests;DB_CLOSE_DELAY=-1";
    }
  },
  POSTGRESQL {
    @Override
    public String jdbcUrl() {
      return Postgres.INSTANCE.getJdbcUrl("postgres", "postgres");
    }
  };

  private Database database;

  /** The JDBC URL, starting the database first if needed. */
  public abstract String jdbcUrl();

  /** The migrated database, opened on first use and closed when the JVM exits. */
  public synchronized Database database() {
    if (database == null) {
      database = Database.open(jdbcUrl());
      Database opened = database;
      Runtime.getRuntime().addShutdownHook(new Thread(opened::close));
    }
    return database;
  }

  /** One embedded PostgreSQL per JVM. */
  private static final class Postgres {
    static final EmbeddedPostgres INSTANCE = start();

    private static EmbeddedPostgres start() {
      try {
        EmbeddedPostgres postgres = EmbeddedPostgres.builder().start();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
          try {
            postgres.close();
          } catch (IOException e) {
            // the JVM is exiting anyway
          }
        }));
        return postgres;
      } catch (IOException e) {
        throw new UncheckedIOException("could not start embedded PostgreSQL", e);
      }
    }
  }
}
