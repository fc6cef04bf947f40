package dev.etagfilter.benchmarks.loopback;

import java.lang.management.ManagementFactory;

/**
 * Bytes allocated on the Java heap by every live thread of this JVM, so the allocation of a run is
 * the difference of two readings. The load generator is a separate process and this JVM is idle
 * while it runs, so the difference is the servers' work.
 */
final class AllocationMeter {

  private final com.sun.management.ThreadMXBean threads =
      (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();

  AllocationMeter() {
    threads.setThreadAllocatedMemoryEnabled(true);
  }

  /** The sum over live threads of the bytes each allocated since it started. */
  long allocatedBytes() {
    long total = 0;
    for (long bytes : threads.getThreadAllocatedBytes(threads.getAllThreadIds())) {
      if (bytes > 0) {
        total += bytes;
      }
    }
    return total;
  }
}
