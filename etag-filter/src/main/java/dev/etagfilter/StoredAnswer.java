package dev.etagfilter;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Map;

/**
 * A successful answer kept for replay: status, the headers that describe it (such as {@code ETag},
 * {@code Location} and {@code Content-Type}; never {@code Date} or framing headers) and the exact
 * body bytes sent. Plain data, so a store can keep it in a database row.
 *
 * @param status the status code, 2xx
 * @param headers header name and value pairs, in the order sent
 * @param body the body bytes, empty when there was none
 */
public record StoredAnswer(int status, List<Map.Entry<String, String>> headers, byte[] body) {

  /** Copies the lists and checks the parts. */
  public StoredAnswer {
    if (status < 200 || status > 299) {
      throw new IllegalArgumentException("only a success is kept: " + status);
    }
    headers = List.copyOf(headers);
    requireNonNull(body, "body");
  }
}
