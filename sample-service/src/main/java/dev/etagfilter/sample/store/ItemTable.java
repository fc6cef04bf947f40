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
 *
 * <p>A deleted item stays as a tombstone row ({@code deleted = TRUE}, fields cleared) that keeps
 * its last version, so a re-created item continues from there: versions, and so entity tags, never
 * repeat for an id (RFC 9110 8.8.3: an entity tag identifies one representation of the resource).
 */
public final class ItemTable {

  private static final String COLUMNS = "id, name, color, size, price, version";

  private static final String SELECT_LIVE =
      "SELECT " + COLUMNS + " FROM items WHERE id = ? AND deleted = FALSE";
  private static final String SELECT_TOMBSTONE_VERSION =
      "SELECT version FROM items WHERE id = ? AND deleted = TRUE";
  private static final String SELECT_ALL_LIVE =
      "SELECT " + COLUMNS + " FROM items WHERE deleted = FALSE ORDER BY id";
  private static final String INSERT =
      "INSERT INTO items (id, name, color, size, price, version, deleted) VALUES (?, ?, ?, ?, ?, 1, FALSE)";
  private static final String UPDATE_IF_VERSION =
      "UPDATE items SET name = ?, color = ?, size = ?, price = ?, version = version + 1"
          + " WHERE id = ? AND version = ? AND deleted = FALSE";
  private static final String DELETE_IF_VERSION =
      "UPDATE items SET name = NULL, color = NULL, size = NULL, price = NULL, deleted = TRUE,"
          + " version = version + 1 WHERE id = ? AND version = ? AND deleted = FALSE";
  private static final String REVIVE_IF_VERSION =
      "UPDATE items SET name = ?, color = ?, size = ?, price = ?, deleted = FALSE, version = version + 1"
          + " WHERE id = ? AND version = ? AND deleted = TRUE";

  /** SQLSTATE 23505, unique violation, the same on H2 and PostgreSQL. */
  private static final String UNIQUE_VIOLATION = "23505";

  private final DataSource dataSource;

  /** A table reached through {@code dataSource}, whose schema {@link SchemaMigrator} created. */
  public ItemTable(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  /** The live item with this id, if any. */
  public Optional<Item> findLive(String id) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement s = c.prepareStatement(SELECT_LIVE)) {
      s.setString(1, id);
      try (ResultSet rs = s.executeQuery()) {
        return rs.next() ? Optional.of(item(rs)) : Optional.empty();
      }
    } catch (SQLException e) {
      throw new StoreException("read item " + id, e);
    }
  }

  /** The version a deleted item's tombstone keeps, if this id has one. */
  public Optional<Long> tombstoneVersion(String id) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement s = c.prepareStatement(SELECT_TOMBSTONE_VERSION)) {
      s.setString(1, id);
      try (ResultSet rs = s.executeQuery()) {
        return rs.next() ? Optional.of(rs.getLong(1)) : Optional.empty();
      }
    } catch (SQLException e) {
      throw new StoreException("read tombstone " + id, e);
    }
  }

  /** Every live item, ordered by id. */
  public List<Item> listLive() {
    try (Connection c = dataSource.getConnection();
        PreparedStatement s = c.prepareStatement(SELECT_ALL_LIVE);
        ResultSet rs = s.executeQuery()) {
      List<Item> items = new ArrayList<>();
      while (rs.next()) {
        items.add(item(rs));
      }
      return items;
    } catch (SQLException e) {
      throw new StoreException("list items", e);
    }
  }

  /** Inserts a new item at version 1; false when the id already has a row (live or tombstone). */
  public boolean insert(String id, ItemFields fields) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement s = c.prepareStatement(INSERT)) {
      s.setString(1, id);
      bindFields(s, 2, fields);
      return s.executeUpdate() == 1;
    } catch (SQLException e) {
      if (UNIQUE_VIOLATION.equals(e.getSQLState())) {
        return false;
      }
      throw new StoreException("insert item " + id, e);
    }
  }

  /**
   * The compare-and-set: replaces the fields of the live item only if it is still at {@code
   * expectedVersion}, and moves it to {@code expectedVersion + 1}. False when another write got
   * there first (or the item is gone); then nothing was written.
   */
  public boolean updateIfVersion(String id, long expectedVersion, ItemFields fields) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement s = c.prepareStatement(UPDATE_IF_VERSION)) {
      bindFields(s, 1, fields);
      s.setString(5, id);
      s.setLong(6, expectedVersion);
      return s.executeUpdate() == 1;
    } catch (SQLException e) {
      throw new StoreException("update item " + id, e);
    }
  }

  /** Turns the live item into a tombstone only if it is still at {@code expectedVersion}. */
  public boolean deleteIfVersion(String id, long expectedVersion) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement s = c.prepareStatement(DELETE_IF_VERSION)) {
      s.setString(1, id);
      s.setLong(2, expectedVersion);
      return s.executeUpdate() == 1;
    } catch (SQLException e) {
      throw new StoreException("delete item " + id, e);
    }
  }

  /** Brings a tombstone back to life with {@code fields}, only if it is still at {@code tombstoneVersion}. */
  public boolean reviveIfVersion(String id, long tombstoneVersion, ItemFields fields) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement s = c.prepareStatement(REVIVE_IF_VERSION)) {
      bindFields(s, 1, fields);
      s.setString(5, id);
      s.setLong(6, tombstoneVersion);
      return s.executeUpdate() == 1;
    } catch (SQLException e) {
      throw new StoreException("re-create item " + id, e);
    }
  }

  private static void bindFields(PreparedStatement s, int first, ItemFields fields) throws SQLException {
    s.setString(first, fields.name());
    setNullableString(s, first + 1, fields.color());
    setNullableString(s, first + 2, fields.size());
    s.setBigDecimal(first + 3, fields.price());
  }

  private static void setNullableString(PreparedStatement s, int index, String value) throws SQLException {
    if (value == null) {
      s.setNull(index, Types.VARCHAR);
    } else {
      s.setString(index, value);
    }
  }

  private static Item item(ResultSet rs) throws SQLException {
    return new Item(
        rs.getString("id"),
        rs.getString("name"),
        rs.getString("color"),
        rs.getString("size"),
        rs.getBigDecimal("price"),
        rs.getLong("version"));
  }
}
