package dev.etagfilter.sample.store;

import dev.etagfilter.sample.item.ItemFields;
import dev.etagfilter.sample.item.ItemVersion;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * The kept versions of one collection's items ({@code item_versions}), one row per version. Rows
 * are written only by {@link ItemTable}, on the connection and in the transaction of the
 * compare-and-set that made the version, so a version is kept exactly when it was stored; the
 * write also removes the versions beyond the retention. Rows are never changed.
 */
final class VersionTable {

  private static final String COLUMNS = "item_id, version, name, color, size, price, deleted, saved_at, saved_by";

  private final String insert;
  private final String prune;
  private final String selectPage;
  private final String selectOne;
  private final int keep;

  /** The table {@code table}, keeping the newest {@code keep} versions of each item. */
  VersionTable(String table, int keep) {
    this.insert = "INSERT INTO " + table + " (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, CURRENT_TIMESTAMP, ?)";
    this.prune = "DELETE FROM " + table + " WHERE item_id = ? AND version <= ?";
    this.selectPage = "SELECT " + COLUMNS + " FROM " + table
        + " WHERE item_id = ? AND version < ? ORDER BY version DESC LIMIT ?";
    this.selectOne = "SELECT " + COLUMNS + " FROM " + table + " WHERE item_id = ? AND version = ?";
    this.keep = keep;
  }

  /**
   * Keeps {@code version} of the item with {@code fields} (null: the deletion), written by {@code
   * author} (or null), and removes what falls out of the retention. Runs in the caller's transaction.
   */
  void record(Connection c, String id, long version, ItemFields fields, String author) throws SQLException {
    try (PreparedStatement s = c.prepareStatement(insert)) {
      s.setString(1, id);
      s.setLong(2, version);
      setNullable(s, 3, fields == null ? null : fields.name());
      setNullable(s, 4, fields == null ? null : fields.color());
      setNullable(s, 5, fields == null ? null : fields.size());
      s.setBigDecimal(6, fields == null ? null : fields.price());
      s.setBoolean(7, fields == null);
      setNullable(s, 8, author);
      s.executeUpdate();
    }
    if (version > keep) {
      try (PreparedStatement s = c.prepareStatement(prune)) {
        s.setString(1, id);
        s.setLong(2, version - keep);
        s.executeUpdate();
      }
    }
  }

  /** Up to {@code limit} versions older than {@code before}, newest first. */
  List<ItemVersion> page(Connection c, String id, long before, int limit) throws SQLException {
    try (PreparedStatement s = c.prepareStatement(selectPage)) {
      s.setString(1, id);
      s.setLong(2, before);
      s.setInt(3, limit);
      return versions(s);
    }
  }

  /** The kept {@code version} of the item, or null. */
  ItemVersion find(Connection c, String id, long version) throws SQLException {
    try (PreparedStatement s = c.prepareStatement(selectOne)) {
      s.setString(1, id);
      s.setLong(2, version);
      List<ItemVersion> found = versions(s);
      return found.isEmpty() ? null : found.get(0);
    }
  }

  private static List<ItemVersion> versions(PreparedStatement s) throws SQLException {
    List<ItemVersion> versions = new ArrayList<>();
    try (ResultSet rs = s.executeQuery()) {
      while (rs.next()) {
        versions.add(version(rs));
      }
    }
    return versions;
  }

  private static ItemVersion version(ResultSet rs) throws SQLException {
    ItemFields fields = rs.getBoolean("deleted") ? null
        : new ItemFields(rs.getString("name"), rs.getString("color"), rs.getString("size"), rs.getBigDecimal("price"));
    OffsetDateTime savedAt = rs.getObject("saved_at", OffsetDateTime.class);
    return new ItemVersion(rs.getString("item_id"), rs.getLong("version"), fields,
        savedAt == null ? null : savedAt.toInstant(), rs.getString("saved_by"));
  }

  private static void setNullable(PreparedStatement s, int index, String value) throws SQLException {
    if (value == null) {
      s.setNull(index, Types.VARCHAR);
    } else {
      s.setString(index, value);
    }
  }
}
