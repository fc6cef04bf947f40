package dev.etagfilter.sample.store;

import java.sql.SQLException;

/** The database failed (not a lost compare-and-set, which is a normal {@link WriteResult}). */
public final class StoreException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** Wraps {@code cause}; {@code action} says what the store was doing, e.g. "update item x". */
  public StoreException(String action, SQLException cause) {
    super("could not " + action + ": " + cause.getMessage(), cause);
  }

  /** The SQLSTATE of the database's error, e.g. {@code 23505} for a unique violation. */
  public String sqlState() {
    return ((SQLException) getCause()).getSQLState();
  }
}
