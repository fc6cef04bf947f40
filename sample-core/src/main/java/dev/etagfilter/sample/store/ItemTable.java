package dev.etagfilter.sample.store;

import dev.etagfilter.sample.item.Item;
import dev.etagfilter.sample.item.ItemFields;
import dev.etagfilter.sample.item.ItemVersion;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import javax.sql.DataSource;

/**
 * The items table of one {@link ItemCollection}, one SQL statement per change. Each write is a
 * single conditional statement ({@code ... WHERE id = ? AND version = ?}), so on any database that
 * locks the row for the update (H2, PostgreSQL) two writers, even in two processes, can never both
 * match the same version: the second one re-evaluates its {@code WHERE} against the committed row
 * and finds 0 rows. The version it made is kept in the {@link VersionTable} in the same
 * transaction, so the history has exactly the versions that were stored. A write that changed a
 * row is durable when its method returns ({@link Durability}).
 *
 * <p>A deleted item stays as a tombstone row ({@code deleted = TRUE}, fields cleared) that keeps
 * its last version, so a re-created item continues from there: versions, and so entity tags, never
 * repeat for an id (RFC 9110 8.8.3: an entity tag identifies one representation of the resource).
 */
final class ItemTable {

  /** What an id holds: a live item, or a tombstone that keeps the last version (then {@code item} is null). */
  record Row(Item item, long version) {

    boolean deleted() {
      return item == null;
    }
  }

  private static final String COLUMNS = "id, name, color, size, price, version, deleted";

  /** SQLSTATE 23505, unique violation, the same on H2 and PostgreSQL. */
  private static final String UNIQUE_VIOLATION = "23505";

  /** Sets the parameters of a statement. */
  @FunctionalInterface
  private interface Parameters {
    void set(PreparedStatement s) throws SQLException;
  }

  /** The work of one transaction: true when it changed something and is to be committed. */
  @FunctionalInterface
  private interface Work {
    boolean run(Connection c) throws SQLException;
  }

  /** One read on a connection. */
  @FunctionalInterface
  private interface Read<T> {
    T run(Connection c) throws SQLException;
  }

  private final DataSource dataSource;
  private final Durability durability;
  private final VersionTable versions;
  private final String selectOne;
  private final String selectAllLive;
  private final String selectLiveVersion;

  private final String insert;
  private final String updateIfVersion;
  private final String reviveIfVersion;
  private final String deleteIfVersion;

  /**
   * The items of {@code collection} reached through {@code dataSource} (whose schema {@link
   * SchemaMigrator} created), keeping the newest {@code historyVersions} versions of each.
   */
  ItemTable(DataSource dataSource, Durability durability, ItemCollection collection, int historyVersions) {
    this.dataSource = dataSource;
    this.durability = durability;
    this.versions = new VersionTable(collection.versionsTable(), historyVersions);
    String table = collection.itemsTable();
    this.selectOne = "SELECT " + COLUMNS + " FROM " + table + " WHERE id = ?";
    this.selectAllLive = "SELECT " + COLUMNS + " FROM " + table + " WHERE deleted = FALSE ORDER BY id";
    this.selectLiveVersion = "SELECT version FROM " + table + " WHERE id = ? AND deleted = FALSE";
    this.insert = "INSERT INTO " + table + " (name, color, size, price, id, version, deleted)"
        + " VALUES (?, ?, ?, ?, ?, 1, FALSE)";
    this.updateIfVersion = "UPDATE " + table + " SET name = ?, color = ?, size = ?, price = ?, version = version + 1"
        + " WHERE id = ? AND version = ? AND deleted = FALSE";
    this.reviveIfVersion = "UPDATE " + table
        + " SET name = ?, color = ?, size = ?, price = ?, deleted = FALSE, version = version + 1"
        + " WHERE id = ? AND version = ? AND deleted = TRUE";
    this.deleteIfVersion = "UPDATE " + table + " SET name = NULL, color = NULL, size = NULL, price = NULL,"
        + " deleted = TRUE, version = version + 1 WHERE id = ? AND version = ? AND deleted = FALSE";
  }

  /** What {@code id} holds now, if anything. */
  Optional<Row> read(String id) {
    return read("read item " + id, c -> rows(c, selectOne, s -> s.setString(1, id))).stream().findFirst();
  }

  /** The live item with this id, if any. */
  Optional<Item> findLive(String id) {
    return read(id).filter(row -> !row.deleted()).map(Row::item);
  }

  /** The version of the live item with this id, without reading its fields. */
  OptionalLong liveVersion(String id) {
    return read("read the version of item " + id, c -> singleLong(c, selectLiveVersion, s -> s.setString(1, id)));
  }

  /** Every live item, ordered by id. */
  List<Item> listLive() {
    return read("list items", c -> rows(c, selectAllLive, s -> {})).stream().map(Row::item).toList();
  }

  /** Up to {@code limit} kept versions of the item older than {@code before}, newest first. */
  List<ItemVersion> versions(String id, long before, int limit) {
    return read("read the history of item " + id, c -> versions.page(c, id, before, limit));
  }

  /** The kept {@code version} of the item, if it is kept. */
  Optional<ItemVersion> version(String id, long version) {
    return Optional.ofNullable(read("read version " + version + " of item " + id, c -> versions.find(c, id, version)));
  }

  /** Inserts a new item at version 1; false when the id already has a row (live or tombstone). */
  boolean insert(String id, ItemFields fields, String author) {
    try {
      return transaction("insert item " + id, c -> execute(c, insert, s -> bindFieldsAndId(s, fields, id))
          && recorded(c, id, 1, fields, author));
    } catch (StoreException e) {
      if (UNIQUE_VIOLATION.equals(e.sqlState())) {
        return false;
      }
      throw e;
    }
  }

  /**
   * The compare-and-set: replaces the fields of the live item only if it is still at {@code
   * expectedVersion}, and moves it to {@code expectedVersion + 1}. False when another write got
   * there first (or the item is gone); then nothing was written.
   */
  boolean updateIfVersion(String id, long expectedVersion, ItemFields fields, String author) {
    return transaction("update item " + id, c -> execute(c, updateIfVersion, s -> {
      bindFieldsAndId(s, fields, id);
      s.setLong(6, expectedVersion);
    }) && recorded(c, id, expectedVersion + 1, fields, author));
  }

  /** {@link #updateIfVersion(String, long, ItemFields, String)} by an unnamed author. */
  boolean updateIfVersion(String id, long expectedVersion, ItemFields fields) {
    return updateIfVersion(id, expectedVersion, fields, null);
  }

  /** Brings a tombstone back to life with {@code fields}, only if it is still at {@code tombstoneVersion}. */
  boolean reviveIfVersion(String id, long tombstoneVersion, ItemFields fields, String author) {
    return transaction("re-create item " + id, c -> execute(c, reviveIfVersion, s -> {
      bindFieldsAndId(s, fields, id);
      s.setLong(6, tombstoneVersion);
    }) && recorded(c, id, tombstoneVersion + 1, fields, author));
  }

  /** Turns the live item into a tombstone only if it is still at {@code expectedVersion}. */
  boolean deleteIfVersion(String id, long expectedVersion, String author) {
    return transaction("delete item " + id, c -> execute(c, deleteIfVersion, s -> {
      s.setString(1, id);
      s.setLong(2, expectedVersion);
    }) && recorded(c, id, expectedVersion + 1, null, author));
  }

  private boolean recorded(Connection c, String id, long version, ItemFields fields, String author)
      throws SQLException {
    versions.record(c, id, version, fields, author);
    return true;
  }

  /** The JDBC block of every read. */
  private <T> T read(String action, Read<T> read) {
    try (Connection c = dataSource.getConnection()) {
      return read.run(c);
    } catch (SQLException e) {
      throw new StoreException(action, e);
    }
  }

  /**
   * The JDBC block of every write: one transaction, committed when {@code work} changed something
   * (then durable before this returns) and rolled back otherwise, so a lost compare-and-set leaves
   * no trace.
   */
  private boolean transaction(String action, Work work) {
    try (Connection c = dataSource.getConnection()) {
      boolean changed;
      c.setAutoCommit(false);
      try {
        changed = work.run(c);
        if (changed) {
          c.commit();
        } else {
          c.rollback();
        }
      } catch (SQLException | RuntimeException e) {
        c.rollback();
        throw e;
      } finally {
        c.setAutoCommit(true);
      }
      if (changed) {
        durability.afterWrite(c);
      }
      return changed;
    } catch (SQLException e) {
      throw new StoreException(action, e);
    }
  }

  /** One statement of a write; true when it changed exactly one row. */
  private static boolean execute(Connection c, String sql, Parameters parameters) throws SQLException {
    try (PreparedStatement s = c.prepareStatement(sql)) {
      parameters.set(s);
      return s.executeUpdate() == 1;
    }
  }

  /** The one number {@code sql} selects, or empty when it selects no row. */
  private static OptionalLong singleLong(Connection c, String sql, Parameters parameters) throws SQLException {
    try (PreparedStatement s = c.prepareStatement(sql)) {
      parameters.set(s);
      try (ResultSet rs = s.executeQuery()) {
        return rs.next() ? OptionalLong.of(rs.getLong(1)) : OptionalLong.empty();
      }
    }
  }

  private static List<Row> rows(Connection c, String sql, Parameters parameters) throws SQLException {
    try (PreparedStatement s = c.prepareStatement(sql)) {
      parameters.set(s);
      try (ResultSet rs = s.executeQuery()) {
        List<Row> rows = new ArrayList<>();
        while (rs.next()) {
          rows.add(row(rs));
        }
        return rows;
      }
    }
  }

  /** The fields as parameters 1 to 4 and the id as 5, the order of every statement that writes fields. */
  private static void bindFieldsAndId(PreparedStatement s, ItemFields fields, String id) throws SQLException {
    s.setString(1, fields.name());
    setNullableString(s, 2, fields.color());
    setNullableString(s, 3, fields.size());
    s.setBigDecimal(4, fields.price());
    s.setString(5, id);
  }

  private static void setNullableString(PreparedStatement s, int index, String value) throws SQLException {
    if (value == null) {
      s.setNull(index, Types.VARCHAR);
    } else {
      s.setString(index, value);
    }
  }

  private static Row row(ResultSet rs) throws SQLException {
    long version = rs.getLong("version");
    if (rs.getBoolean("deleted")) {
      return new Row(null, version);
    }
    return new Row(new Item(rs.getString("id"), rs.getString("name"), rs.getString("color"), rs.getString("size"),
        rs.getBigDecimal("price"), version), version);
  }
}
