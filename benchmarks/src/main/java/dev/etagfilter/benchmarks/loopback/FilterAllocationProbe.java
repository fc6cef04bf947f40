package dev.etagfilter.benchmarks.loopback;

import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.Feature;
import jakarta.ws.rs.core.FeatureContext;
import java.lang.management.ManagementFactory;
import java.util.concurrent.atomic.LongAdder;

/**
 * Measures what the feature's filters allocate: filters that read the current thread's allocated
 * bytes just before and just after the feature's request filters (priorities 2400 and 2500) and its
 * response filter (3500), and add up the differences. Registered in every variant, so where the
 * feature is absent it measures the probes' own cost, which is zero.
 */
public final class FilterAllocationProbe implements Feature {

  private static final com.sun.management.ThreadMXBean THREADS =
      (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();

  /** Below the feature's first request filter and above its response filter. */
  private static final int BEFORE_REQUEST = Priorities.AUTHORIZATION + 300;
  private static final int AFTER_REQUEST = Priorities.AUTHORIZATION + 700;
  private static final int BEFORE_RESPONSE = Priorities.HEADER_DECORATOR - 300;
  private static final int AFTER_RESPONSE = Priorities.HEADER_DECORATOR - 700;

  /** The reading taken by the last "before" probe on this thread; one array per thread, reused. */
  private static final ThreadLocal<long[]> START = ThreadLocal.withInitial(() -> new long[1]);

  private final LongAdder bytes = new LongAdder();

  /** Bytes allocated inside the probed filters so far. */
  public long allocatedBytes() {
    return bytes.sum();
  }

  @Override
  public boolean configure(FeatureContext context) {
    context.register(new RequestStart(), BEFORE_REQUEST);
    context.register(new RequestStop(), AFTER_REQUEST);
    context.register(new ResponseStart(), BEFORE_RESPONSE);
    context.register(new ResponseStop(), AFTER_RESPONSE);
    return true;
  }

  private static final class RequestStart implements ContainerRequestFilter {
    @Override
    public void filter(ContainerRequestContext request) {
      start();
    }
  }

  private final class RequestStop implements ContainerRequestFilter {
    @Override
    public void filter(ContainerRequestContext request) {
      stop();
    }
  }

  private static final class ResponseStart implements ContainerResponseFilter {
    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
      start();
    }
  }

  private final class ResponseStop implements ContainerResponseFilter {
    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
      stop();
    }
  }

  private static void start() {
    START.get()[0] = THREADS.getCurrentThreadAllocatedBytes();
  }

  private void stop() {
    long[] start = START.get();
    if (start[0] != 0) {
      bytes.add(THREADS.getCurrentThreadAllocatedBytes() - start[0]);
      start[0] = 0;
    }
  }
}
