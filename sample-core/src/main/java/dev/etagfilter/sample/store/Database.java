package dev.etagfilter.sample.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;

/**
 * The item database behind a HikariCP pool: an embedded H2 file by default (nothing to
 * install; it lives in {@code ./data}, relative to the working directory, which git ignores), or
 * PostgreSQL for a {@code jdbc:postgresql:} URL (credentials as URL parameters, e.g. {@code
 * ?user=app&password=secret}). Either way a write is durable before it is acknowledged (see
 * {@link Durability}).
 */
public final class Database implements AutoCloseable {

  /** The folder of the default H2 database, relative to the working directory. */
  public static final Path DEFAULT_DATA_DIRECTORY = Path.of("data");

  private static final int MAX_POOL_SIZE = 10;

  private final HikariDataSource pool;
  private final Durability durability;
  private final StoreOptions options;
  private final IdempotencyTable idempotencyKeys;

  private Database(HikariDataSource pool, Durability durability, StoreOptions options) {
    this.pool = pool;
    this.durability = durability;
    this.options = options;
    this.idempotencyKeys =
        new IdempotencyTable(pool, durability, options.idempotencyRetention(), java.time.Clock.systemUTC());
  }

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

  /** {@link #open(String, StoreOptions)} with the default {@link StoreOptions}. */
  public static Database open(String jdbcUrl) {
    return open(jdbcUrl, StoreOptions.defaults());
  }

  /**
   * Opens a pool on {@code jdbcUrl} (null means {@link #defaultUrl()}), migrates the schema and
   * makes writes durable on acknowledgement; {@code options} say how much history and how many
   * idempotency keys are kept.
   *
   * @throws IllegalArgumentException when the URL is neither H2 nor PostgreSQL
   * @throws RuntimeException when the database cannot be reached or migrated
   */
  public static Database open(String jdbcUrl, StoreOptions options) {
    String url = jdbcUrl != null ? jdbcUrl : defaultUrl();
    if (!isSupported(url)) {
      throw new IllegalArgumentException("unsupported JDBC URL (use jdbc:h2: or jdbc:postgresql:): " + redact(url));
    }
    if (jdbcUrl == null) {
      createDataDirectory();
    }
    Durability durability = Durability.of(url);
    HikariConfig config = new HikariConfig();
    config.setJdbcUrl(url);
    config.setDriverClassName(url.startsWith("jdbc:h2:") ? "org.h2.Driver" : "org.postgresql.Driver");
    config.setPoolName("sample-items");
    config.setMaximumPoolSize(MAX_POOL_SIZE);
    config.setAutoCommit(true);
    if (durability.sessionSetup() != null) {
      config.setConnectionInitSql(durability.sessionSetup());
    }
    HikariDataSource pool = new HikariDataSource(config);
    try {
      SchemaMigrator.migrate(pool);
      try (Connection c = pool.getConnection()) {
        durability.atStart(c);
      }
    } catch (SQLException e) {
      pool.close();
      throw new StoreException("set up durable writes", e);
    } catch (RuntimeException e) {
      pool.close();
      throw e;
    }
    return new Database(pool, durability, options);
  }

  /** The item operations on {@code /items}, the strict collection. */
  public ItemStore items() {
    return new ItemStore(table(ItemCollection.ITEMS));
  }

  /** The item operations on {@code /mergeable-items}, the collection that merges disjoint edits. */
  public ItemStore mergeableItems() {
    return new ItemStore(table(ItemCollection.MERGEABLE_ITEMS));
  }

  /** Where the answers to writes with an {@code Idempotency-Key} are kept, shared by every replica. */
  public IdempotencyTable idempotencyKeys() {
    return idempotencyKeys;
  }

  /** The items table itself, for the store's own tests. */
  ItemTable table() {
    return table(ItemCollection.ITEMS);
  }

  /** The items of {@code collection}, keeping the configured history. */
  ItemTable table(ItemCollection collection) {
    return new ItemTable(pool, durability, collection, options.historyVersions());
  }

  /** The items of {@code collection} keeping {@code historyVersions} versions each, for the store's own tests. */
  ItemStore items(ItemCollection collection, int historyVersions) {
    return new ItemStore(new ItemTable(pool, durability, collection, historyVersions));
  }

  /** An idempotency table reading the time from {@code clock}, for the store's own tests. */
  IdempotencyTable idempotencyKeys(java.time.Duration retention, java.time.Clock clock) {
    return new IdempotencyTable(pool, durability, retention, clock);
  }

  /** Closes the pool; running statements finish first. */
  @Override
  public void close() {
    pool.close();
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
