package dev.etagfilter.sample.store;

import dev.etagfilter.sample.item.Item;
import dev.etagfilter.sample.item.ItemFields;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * The {@code items} table, one SQL statement per method. Each write is a single conditional
 * statement ({@code ... WHERE id = ? AND version = ?}), so on any database that locks the row for
 * the update (H2, PostgreSQL) two writers, even in two processes, can never both match the same
 * version: the second one re-evaluates its {@code WHERE} against the committed row and finds 0 rows.
 * A write that changed a row is durable when its method returns ({@link Durability}).
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

  private static final String SELECT_ONE = "SELECT " + COLUMNS + " FROM items WHERE id = ?";
  private static final String SELECT_ALL_LIVE =
      "SELECT " + COLUMNS + " FROM items WHERE deleted = FALSE ORDER BY id";
  private static final String INSERT =
      "INSERT INTO items (name, color, size, price, id, version, deleted) VALUES (?, ?, ?, ?, ?, 1, FALSE)";
  private static final String UPDATE_IF_VERSION =
      "UPDATE items SET name = ?, color = ?, size = ?, price = ?, version = version + 1"
          + " WHERE id = ? AND version = ? AND deleted = FALSE";
  private static final String REVIVE_IF_VERSION =
      "UPDATE items SET name = ?, color = ?, size = ?, price = ?, deleted = FALSE, version = version + 1"
          + " WHERE id = ? AND version = ? AND deleted = TRUE";
  private static final String DELETE_IF_VERSION =
      "UPDATE items SET name = NULL, color = NULL, size = NULL, price = NULL, deleted = TRUE,"
          + " version = version + 1 WHERE id = ? AND version = ? AND deleted = FALSE";

  /** SQLSTATE 23505, unique violation, the same on H2 and PostgreSQL. */
  private static final String UNIQUE_VIOLATION = "23505";

  /** Sets the parameters of a statement. */
  @FunctionalInterface
  private interface Parameters {
    void set(PreparedStatement s) throws SQLException;
  }

  private final DataSource dataSource;
  private final Durability durability;

  /** A table reached through {@code dataSource}, whose schema {@link SchemaMigrator} created. */
  ItemTable(DataSource dataSource, Durability durability) {
    this.dataSource = dataSource;
    this.durability = durability;
  }

  /** What {@code id} holds now, if anything. */
  Optional<Row> read(String id) {
    List<Row> rows = query("read item " + id, SELECT_ONE, s -> s.setString(1, id));
    return rows.stream().findFirst();
  }

  /** The live item with this id, if any. */
  Optional<Item> findLive(String id) {
    return read(id).filter(row -> !row.deleted()).map(Row::item);
  }

  /** Every live item, ordered by id. */
  List<Item> listLive() {
    return query("list items", SELECT_ALL_LIVE, s -> {}).stream().map(Row::item).toList();
  }

  /** Inserts a new item at version 1; false when the id already has a row (live or tombstone). */
  boolean insert(String id, ItemFields fields) {
    try {
      return update("insert item " + id, INSERT, s -> bindFieldsAndId(s, fields, id));
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
  boolean updateIfVersion(String id, long expectedVersion, ItemFields fields) {
    return update("update item " + id, UPDATE_IF_VERSION, s -> {
      bindFieldsAndId(s, fields, id);
      s.setLong(6, expectedVersion);
    });
  }

  /** Brings a tombstone back to life with {@code fields}, only if it is still at {@code tombstoneVersion}. */
  boolean reviveIfVersion(String id, long tombstoneVersion, ItemFields fields) {
    return update("re-create item " + id, REVIVE_IF_VERSION, s -> {
      bindFieldsAndId(s, fields, id);
      s.setLong(6, tombstoneVersion);
    });
  }

  /** Turns the live item into a tombstone only if it is still at {@code expectedVersion}. */
  boolean deleteIfVersion(String id, long expectedVersion) {
    return update("delete item " + id, DELETE_IF_VERSION, s -> {
      s.setString(1, id);
      s.setLong(2, expectedVersion);
    });
  }

  /** The JDBC block of every read: one statement, every row mapped. */
  private List<Row> query(String action, String sql, Parameters parameters) {
    try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
      parameters.set(s);
      try (ResultSet rs = s.executeQuery()) {
        List<Row> rows = new ArrayList<>();
        while (rs.next()) {
          rows.add(row(rs));
        }
        return rows;
      }
    } catch (SQLException e) {
      throw new StoreException(action, e);
    }
  }

  /** The JDBC block of every write: one statement; true when it changed a row, which is then durable. */
  private boolean update(String action, String sql, Parameters parameters) {
    try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
      parameters.set(s);
      boolean changed = s.executeUpdate() == 1;
      if (changed) {
        durability.afterWrite(c);
      }
      return changed;
    } catch (SQLException e) {
      throw new StoreException(action, e);
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
