package dev.etagfilter.sample.store;

import dev.etagfilter.IdempotencyStore;
import dev.etagfilter.StoredAnswer;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;

/**
 * The library's {@link IdempotencyStore} in the {@code idempotency_keys} table, so every replica on
 * one database recognises a retry that another replica answered (IETF httpapi draft "The
 * Idempotency-Key HTTP Header Field"). One row per key: the fingerprint of the request that claimed
 * it, since when, and its first successful answer once there is one.
 *
 * <ul>
 *   <li><b>Atomic claim</b>: a claim is an {@code INSERT}; the primary key lets exactly one of two
 *       concurrent claims (in any process) insert, and the other reads what the winner holds.
 *   <li><b>Durable before the answer is sent</b>: the library calls {@link #complete} before the
 *       response is written, and the answer is committed and made durable ({@link Durability})
 *       before it returns. A process that dies after the item's write but before this leaves the
 *       claim in progress: retries get 409 until it counts as abandoned, then run again and meet
 *       the item's compare-and-set (a 412, never a second write).
 *   <li><b>Expiring</b>: an answer is kept for the retention after it was stored, a claim in progress
 *       for a minute; the rows past that are replaced by the next claim of their key and swept out
 *       of the table at most once a minute by any claim.
 * </ul>
 */
public final class IdempotencyTable implements IdempotencyStore {

  /** A claim still in progress after this long belongs to a request that will never finish. */
  static final Duration ABANDONED_AFTER = Duration.ofMinutes(1);

  private static final Duration SWEEP_INTERVAL = Duration.ofMinutes(1);

  private static final int MAX_ATTEMPTS = 5;

  private static final String UNIQUE_VIOLATION = "23505";

  private static final String INSERT =
      "INSERT INTO idempotency_keys (idempotency_key, fingerprint, since) VALUES (?, ?, ?)";
  private static final String SELECT =
      "SELECT fingerprint, since, status, headers, body FROM idempotency_keys WHERE idempotency_key = ?";
  private static final String DELETE_IF_SINCE =
      "DELETE FROM idempotency_keys WHERE idempotency_key = ? AND since = ?";
  private static final String COMPLETE =
      "UPDATE idempotency_keys SET status = ?, headers = ?, body = ?, since = ?"
          + " WHERE idempotency_key = ? AND fingerprint = ? AND status IS NULL";
  private static final String RELEASE =
      "DELETE FROM idempotency_keys WHERE idempotency_key = ? AND fingerprint = ? AND status IS NULL";
  private static final String SWEEP =
      "DELETE FROM idempotency_keys WHERE (status IS NOT NULL AND since < ?) OR (status IS NULL AND since < ?)";

  /** A key's row. */
  private record Row(String fingerprint, Instant since, StoredAnswer answer) {}

  private final DataSource dataSource;
  private final Durability durability;
  private final Duration retention;
  private final Clock clock;
  private volatile Instant nextSweep = Instant.MIN;

  IdempotencyTable(DataSource dataSource, Durability durability, Duration retention, Clock clock) {
    this.dataSource = dataSource;
    this.durability = durability;
    this.retention = retention;
    this.clock = clock;
  }

  @Override
  public Claim claim(String key, String fingerprint) {
    Instant now = now();
    sweepIfDue(now);
    for (int attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
      if (insert(key, fingerprint, now)) {
        return Claim.first();
      }
      Row row = select(key);
      if (row == null) {
        continue; // released or expired between the insert and the read: claim again
      }
      if (expired(row, now)) {
        deleteIfSince(key, row.since());
        continue;
      }
      if (!row.fingerprint().equals(fingerprint)) {
        return Claim.otherRequest();
      }
      return row.answer() == null ? Claim.inProgress() : Claim.answered(row.answer());
    }
    // The key keeps changing hands: the client is told to retry later, nothing is run twice.
    return Claim.inProgress();
  }

  @Override
  public void complete(String key, String fingerprint, StoredAnswer answer) {
    update("keep the answer for an idempotency key", COMPLETE, s -> {
      s.setInt(1, answer.status());
      s.setString(2, AnswerHeaders.encode(answer.headers()));
      s.setBytes(3, answer.body());
      s.setObject(4, timestamp(now()));
      s.setString(5, key);
      s.setString(6, fingerprint);
    });
  }

  @Override
  public void release(String key, String fingerprint) {
    update("release an idempotency key", RELEASE, s -> {
      s.setString(1, key);
      s.setString(2, fingerprint);
    });
  }

  /** An answer older than the retention, or a claim in progress longer than a request can run. */
  private boolean expired(Row row, Instant now) {
    Duration kept = row.answer() == null ? ABANDONED_AFTER : retention;
    return row.since().plus(kept).isBefore(now);
  }

  private boolean insert(String key, String fingerprint, Instant now) {
    try {
      update("claim an idempotency key", INSERT, s -> {
        s.setString(1, key);
        s.setString(2, fingerprint);
        s.setObject(3, timestamp(now));
      });
      return true;
    } catch (StoreException e) {
      if (UNIQUE_VIOLATION.equals(e.sqlState())) {
        return false;
      }
      throw e;
    }
  }

  private Row select(String key) {
    try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(SELECT)) {
      s.setString(1, key);
      try (ResultSet rs = s.executeQuery()) {
        if (!rs.next()) {
          return null;
        }
        Instant since = rs.getObject("since", OffsetDateTime.class).toInstant();
        int status = rs.getInt("status");
        StoredAnswer answer = rs.wasNull() ? null
            : new StoredAnswer(status, AnswerHeaders.decode(rs.getString("headers")), rs.getBytes("body"));
        return new Row(rs.getString("fingerprint"), since, answer);
      }
    } catch (SQLException e) {
      throw new StoreException("read an idempotency key", e);
    }
  }

  /** Removes the key's row only if it is still the one read (the same {@code since}). */
  private void deleteIfSince(String key, Instant since) {
    update("forget an expired idempotency key", DELETE_IF_SINCE, s -> {
      s.setString(1, key);
      s.setObject(2, timestamp(since));
    });
  }

  private void sweepIfDue(Instant now) {
    if (now.isBefore(nextSweep)) {
      return;
    }
    nextSweep = now.plus(SWEEP_INTERVAL);
    update("sweep expired idempotency keys", SWEEP, s -> {
      s.setObject(1, timestamp(now.minus(retention)));
      s.setObject(2, timestamp(now.minus(ABANDONED_AFTER)));
    });
  }

  /** Runs one statement; a change is durable before this returns. */
  private void update(String action, String sql, Parameters parameters) {
    try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
      parameters.set(s);
      if (s.executeUpdate() > 0) {
        durability.afterWrite(c);
      }
    } catch (SQLException e) {
      throw new StoreException(action, e);
    }
  }

  /** Milliseconds: what both databases store and give back exactly, so {@code since} compares equal. */
  private Instant now() {
    return clock.instant().truncatedTo(ChronoUnit.MILLIS);
  }

  private static OffsetDateTime timestamp(Instant instant) {
    return instant.atOffset(ZoneOffset.UTC);
  }

  /** Sets the parameters of a statement. */
  @FunctionalInterface
  private interface Parameters {
    void set(PreparedStatement s) throws SQLException;
  }

  /** The headers of a kept answer as text: one {@code Name: value} per line (header values hold no line breaks). */
  static final class AnswerHeaders {

    private AnswerHeaders() {}

    static String encode(List<Map.Entry<String, String>> headers) {
      StringBuilder text = new StringBuilder();
      for (Map.Entry<String, String> header : headers) {
        text.append(header.getKey()).append(": ").append(header.getValue()).append('\n');
      }
      return text.toString();
    }

    static List<Map.Entry<String, String>> decode(String text) {
      List<Map.Entry<String, String>> headers = new ArrayList<>();
      if (text == null) {
        return headers;
      }
      for (String line : text.split("\n")) {
        int colon = line.indexOf(':');
        if (colon > 0) {
          headers.add(Map.entry(line.substring(0, colon), line.substring(colon + 1).trim()));
        }
      }
      return headers;
    }
  }
}
