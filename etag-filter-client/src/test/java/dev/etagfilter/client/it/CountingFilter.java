package dev.etagfilter.client.it;

import jakarta.ws.rs.client.ClientRequestContext;
import jakarta.ws.rs.client.ClientResponseContext;
import jakarta.ws.rs.client.ClientResponseFilter;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/** Counts the answers a client got, by method and by status: the test's own evidence of what was sent. */
final class CountingFilter implements ClientResponseFilter {

  private final Map<String, AtomicInteger> counts = new ConcurrentHashMap<>();

  @Override
  public void filter(ClientRequestContext request, ClientResponseContext response) {
    count(request.getMethod());
    count(String.valueOf(response.getStatus()));
  }

  private void count(String what) {
    counts.computeIfAbsent(what, k -> new AtomicInteger()).incrementAndGet();
  }

  /** How many answers were to {@code method} ("GET") or had {@code status} ("412"). */
  int of(String methodOrStatus) {
    AtomicInteger count = counts.get(methodOrStatus);
    return count == null ? 0 : count.get();
  }
}
