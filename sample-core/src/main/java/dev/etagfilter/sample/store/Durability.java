package dev.etagfilter.sample.store;

import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * What each database needs so that a write is durable when its statement returns, and so before
 * the client is told it succeeded (a lost acknowledged write would let a version, and so an entity
 * tag, repeat: RFC 9110 8.8.3).
 *
 * <ul>
 *   <li><b>H2</b> writes commits to its file from a background thread every {@code WRITE_DELAY}
 *       (500 ms by default), so a killed process loses up to that much. {@code SET WRITE_DELAY 0}
 *       makes every commit write the file before it returns, and {@code CHECKPOINT SYNC} after a
 *       write forces the file to the disk ({@code fsync}), so a crash of the machine loses
 *       nothing acknowledged either.
 *   <li><b>PostgreSQL</b> is durable on commit unless told otherwise: each session sets {@code
 *       synchronous_commit = on} (a server or role may default to {@code off}), and a server
 *       running with {@code fsync = off} is reported at start, since no client can fix that.
 * </ul>
 */
enum Durability {
  H2 {
    @Override
    String sessionSetup() {
      return null;
    }

    @Override
    void atStart(Connection c) throws SQLException {
      execute(c, "SET WRITE_DELAY 0");
    }

    @Override
    void afterWrite(Connection c) throws SQLException {
      execute(c, "CHECKPOINT SYNC");
    }
  },

  POSTGRESQL {
    @Override
    String sessionSetup() {
      return "SET synchronous_commit = on";
    }

    @Override
    void atStart(Connection c) throws SQLException {
      try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SHOW fsync")) {
        if (rs.next() && "off".equalsIgnoreCase(rs.getString(1))) {
          LOG.log(Level.WARNING, "PostgreSQL runs with fsync = off: acknowledged writes survive a crash of this"
              + " service, but not a crash of the database machine");
        }
      }
    }

    @Override
    void afterWrite(Connection c) {
      // Durable on commit (synchronous_commit = on).
    }
  };

  private static final Logger LOG = System.getLogger(Durability.class.getName());

  /** The durability rules for the database at {@code jdbcUrl}. */
  static Durability of(String jdbcUrl) {
    return jdbcUrl.startsWith("jdbc:h2:") ? H2 : POSTGRESQL;
  }

  /** SQL run once on every new pooled connection, or null. */
  abstract String sessionSetup();

  /** Runs once when the service opens the database. */
  abstract void atStart(Connection c) throws SQLException;

  /** Runs on the connection of a write that changed a row, after its commit and before it is acknowledged. */
  abstract void afterWrite(Connection c) throws SQLException;

  private static void execute(Connection c, String sql) throws SQLException {
    try (Statement s = c.createStatement()) {
      s.execute(sql);
    }
  }
}
