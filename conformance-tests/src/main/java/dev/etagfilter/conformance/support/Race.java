package dev.etagfilter.conformance.support;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;

/** Runs clients on their own threads, released together by a barrier so their requests overlap. */
public final class Race {

  private Race() {}

  /** Runs {@code client.apply(i)} for i in [0, clients) at once; the results in client order. */
  public static <T> List<T> run(int clients, IntFunction<T> client) {
    ExecutorService threads = Executors.newFixedThreadPool(clients);
    CyclicBarrier start = new CyclicBarrier(clients);
    try {
      List<Future<T>> running = new ArrayList<>();
      for (int i = 0; i < clients; i++) {
        int index = i;
        running.add(threads.submit(() -> {
          start.await();
          return client.apply(index);
        }));
      }
      List<T> results = new ArrayList<>();
      for (Future<T> future : running) {
        results.add(future.get());
      }
      return results;
    } catch (ExecutionException e) {
      if (e.getCause() instanceof Error error) {
        throw error;
      }
      if (e.getCause() instanceof RuntimeException runtime) {
        throw runtime;
      }
      throw new IllegalStateException("A client failed: " + e.getCause(), e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    } finally {
      threads.shutdownNow();
    }
  }
}
