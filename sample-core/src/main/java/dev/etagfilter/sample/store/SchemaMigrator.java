package dev.etagfilter.sample.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.sql.DataSource;

/**
 * Creates or migrates the schema at start, idempotently: each numbered migration runs once and is
 * recorded in {@code schema_migrations}. Its statements are themselves idempotent ({@code IF NOT
 * EXISTS}), so two replicas starting together on one PostgreSQL both end up on the same schema:
 * the one that loses the race sees the other's record and moves on.
 */
public final class SchemaMigrator {

  /** One step of the schema's history; never edit a released one, add the next instead. */
  private record Migration(int version, String description, List<String> statements) {}

  private static final String CREATE_MIGRATIONS_TABLE =
      "CREATE TABLE IF NOT EXISTS schema_migrations ("
          + " version INT NOT NULL PRIMARY KEY,"
          + " description VARCHAR(200) NOT NULL)";

  // Text columns hold 200 characters as clients count them (code points); 400 leaves room for a
  // database that counts UTF-16 units. NUMERIC(12, 2): prices up to 9 999 999 999.99, exact.
  private static final List<Migration> MIGRATIONS =
      List.of(
          new Migration(1, "items with a version column and tombstones",
              List.of(
                  "CREATE TABLE IF NOT EXISTS items ("
                      + " id VARCHAR(64) NOT NULL PRIMARY KEY,"
                      + " name VARCHAR(400),"
                      + " color VARCHAR(400),"
                      + " size VARCHAR(400),"
                      + " price NUMERIC(12, 2),"
                      + " version BIGINT NOT NULL,"
                      + " deleted BOOLEAN NOT NULL,"
                      + " CONSTRAINT items_live_has_fields CHECK (deleted OR (name IS NOT NULL AND price IS NOT NULL)),"
                      + " CONSTRAINT items_price_not_negative CHECK (price IS NULL OR price >= 0),"
                      + " CONSTRAINT items_version_positive CHECK (version > 0))")),
          new Migration(2, "version history, the mergeable collection, idempotency keys",
              List.of(
                  versionsTable("item_versions"),
                  // The version each item is at now starts its history; who wrote it and when is unknown.
                  "INSERT INTO item_versions (item_id, version, name, color, size, price, deleted)"
                      + " SELECT id, version, name, color, size, price, deleted FROM items i"
                      + " WHERE NOT EXISTS (SELECT 1 FROM item_versions v WHERE v.item_id = i.id AND v.version = i.version)",
                  "CREATE TABLE IF NOT EXISTS mergeable_items ("
                      + " id VARCHAR(64) NOT NULL PRIMARY KEY,"
                      + " name VARCHAR(400),"
                      + " color VARCHAR(400),"
                      + " size VARCHAR(400),"
                      + " price NUMERIC(12, 2),"
                      + " version BIGINT NOT NULL,"
                      + " deleted BOOLEAN NOT NULL,"
                      + " CONSTRAINT mergeable_items_live_has_fields CHECK (deleted OR (name IS NOT NULL AND price IS NOT NULL)),"
                      + " CONSTRAINT mergeable_items_price_not_negative CHECK (price IS NULL OR price >= 0),"
                      + " CONSTRAINT mergeable_items_version_positive CHECK (version > 0))",
                  versionsTable("mergeable_item_versions"),
                  // since: when the key was claimed, or, once answered, when the answer was kept.
                  "CREATE TABLE IF NOT EXISTS idempotency_keys ("
                      + " idempotency_key VARCHAR(255) NOT NULL PRIMARY KEY,"
                      + " fingerprint VARCHAR(100) NOT NULL,"
                      + " since TIMESTAMP WITH TIME ZONE NOT NULL,"
                      + " status INT,"
                      + " headers TEXT,"
                      + " body BYTEA)",
                  "CREATE INDEX IF NOT EXISTS idempotency_keys_since ON idempotency_keys (since)")));

  private SchemaMigrator() {}

  /**
   * A table of kept versions: one row per version of an item, written in the transaction of the
   * write that made it; a deletion is a row with {@code deleted} and no fields. {@code saved_at} is
   * the database's time of the write (null for versions from before history was kept), {@code
   * saved_by} the request's {@code From} header.
   */
  private static String versionsTable(String name) {
    return "CREATE TABLE IF NOT EXISTS " + name + " ("
        + " item_id VARCHAR(64) NOT NULL,"
        + " version BIGINT NOT NULL,"
        + " name VARCHAR(400),"
        + " color VARCHAR(400),"
        + " size VARCHAR(400),"
        + " price NUMERIC(12, 2),"
        + " deleted BOOLEAN NOT NULL,"
        + " saved_at TIMESTAMP WITH TIME ZONE,"
        + " saved_by VARCHAR(400),"
        + " PRIMARY KEY (item_id, version))";
  }

  /** Applies every migration not yet recorded. */
  public static void migrate(DataSource dataSource) {
    try (Connection c = dataSource.getConnection()) {
      runWithOneRetry(c, List.of(CREATE_MIGRATIONS_TABLE));
      for (Migration migration : MIGRATIONS) {
        if (!applied(c).contains(migration.version())) {
          apply(c, migration);
        }
      }
    } catch (SQLException e) {
      throw new StoreException("migrate the schema", e);
    }
  }

  /** The version of the newest migration this code knows. */
  public static int latestVersion() {
    return MIGRATIONS.get(MIGRATIONS.size() - 1).version();
  }

  private static void apply(Connection c, Migration migration) throws SQLException {
    c.setAutoCommit(false);
    try {
      execute(c, migration.statements());
      try (PreparedStatement s =
          c.prepareStatement("INSERT INTO schema_migrations (version, description) VALUES (?, ?)")) {
        s.setInt(1, migration.version());
        s.setString(2, migration.description());
        s.executeUpdate();
      }
      c.commit();
    } catch (SQLException e) {
      c.rollback();
      // Another replica applied it at the same moment: fine, as long as it is recorded now.
      if (!applied(c).contains(migration.version())) {
        throw e;
      }
    } finally {
      c.setAutoCommit(true);
    }
  }

  private static Set<Integer> applied(Connection c) throws SQLException {
    Set<Integer> versions = new HashSet<>();
    try (Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT version FROM schema_migrations")) {
      while (rs.next()) {
        versions.add(rs.getInt(1));
      }
    }
    if (!c.getAutoCommit()) {
      c.commit();
    }
    return versions;
  }

  /** Concurrent {@code CREATE TABLE IF NOT EXISTS} can still collide on PostgreSQL; once more is enough. */
  private static void runWithOneRetry(Connection c, List<String> statements) throws SQLException {
    try {
      execute(c, statements);
    } catch (SQLException first) {
      execute(c, statements);
    }
  }

  private static void execute(Connection c, List<String> statements) throws SQLException {
    try (Statement s = c.createStatement()) {
      for (String sql : statements) {
        s.execute(sql);
      }
    }
  }
}
