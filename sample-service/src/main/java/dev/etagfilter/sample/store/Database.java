package dev.etagfilter.sample.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Opens the item database behind a HikariCP pool: an embedded H2 file by default (nothing to
 * install; it lives in {@code ./data}, relative to the working directory, which git ignores), or
 * PostgreSQL for a {@code jdbc:postgresql:} URL (credentials as URL parameters, e.g. {@code
 * ?user=app&password=secret}).
 */
public final class Database {

  /** The folder of the default H2 database, relative to the working directory. */
  public static final Path DEFAULT_DATA_DIRECTORY = Path.of("data");

  private static final int MAX_POOL_SIZE = 10;

  private Database() {}

  /**
   * The default JDBC URL: the H2 file {@code data/items.mv.db} under the working directory. Our
   * shutdown hook closes the pool, so H2 must not close the database in its own hook first.
   */
  public static String defaultUrl() {
    Path file = DEFAULT_DATA_DIRECTORY.resolve("items").toAbsolutePath();
    return "jdbc:h2:file:" + file + ";DB_CLOSE_ON_EXIT=FALSE";
  }

  /** Whether this service can use the database at {@code jdbcUrl} (H2 or PostgreSQL). */
  public static boolean isSupported(String jdbcUrl) {
    return jdbcUrl.startsWith("jdbc:h2:") || jdbcUrl.startsWith("jdbc:postgresql:");
  }

  /**
   * Opens a pool on {@code jdbcUrl} (null means {@link #defaultUrl()}) and migrates the schema.
   *
   * @throws IllegalArgumentException when the URL is neither H2 nor PostgreSQL
   * @throws RuntimeException when the database cannot be reached or migrated
   */
  public static HikariDataSource open(String jdbcUrl) {
    String url = jdbcUrl != null ? jdbcUrl : defaultUrl();
    if (!isSupported(url)) {
      throw new IllegalArgumentException("unsupported JDBC URL (use jdbc:h2: or jdbc:postgresql:): " + redact(url));
    }
    if (jdbcUrl == null) {
      createDataDirectory();
    }
    HikariConfig config = new HikariConfig();
    config.setJdbcUrl(url);
    config.setDriverClassName(url.startsWith("jdbc:h2:") ? "org.h2.Driver" : "org.postgresql.Driver");
    config.setPoolName("sample-items");
    config.setMaximumPoolSize(MAX_POOL_SIZE);
    config.setAutoCommit(true);
    HikariDataSource pool = new HikariDataSource(config);
    try {
      SchemaMigrator.migrate(pool);
    } catch (RuntimeException e) {
      pool.close();
      throw e;
    }
    return pool;
  }

  /** {@code jdbcUrl} with any password parameter hidden, for logs and the start banner. */
  public static String redact(String jdbcUrl) {
    return jdbcUrl.replaceAll("(?i)(password=)[^&;]*", "$1***");
  }

  private static void createDataDirectory() {
    try {
      Files.createDirectories(DEFAULT_DATA_DIRECTORY);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create " + DEFAULT_DATA_DIRECTORY.toAbsolutePath(), e);
    }
  }
}
