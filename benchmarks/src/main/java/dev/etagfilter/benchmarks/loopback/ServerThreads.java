package dev.etagfilter.benchmarks.loopback;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

/**
 * The CPU time and heap allocation of each server's own threads (its selector and workers, known by
 * their names: {@link VariantServer#threadPrefix()}), read per thread from the JVM: what lets two
 * servers be measured at the same time in one JVM.
 */
final class ServerThreads {

  private final com.sun.management.ThreadMXBean threads =
      (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();

  /**
   * One server's threads at one moment.
   *
   * @param cpuNanos CPU time, user and system, summed over the threads (nanoseconds)
   * @param allocatedBytes heap bytes they allocated since they started
   */
  record Usage(long cpuNanos, long allocatedBytes) {

    /** The usage between {@code before} and this one. */
    Usage since(Usage before) {
      return new Usage(cpuNanos - before.cpuNanos, allocatedBytes - before.allocatedBytes);
    }
  }

  ServerThreads() {
    threads.setThreadCpuTimeEnabled(true);
    threads.setThreadAllocatedMemoryEnabled(true);
  }

  /** The usage of the threads of each prefix in {@code prefixes}, read together. */
  Map<String, Usage> read(Collection<String> prefixes) {
    long[] ids = threads.getAllThreadIds();
    ThreadInfo[] infos = threads.getThreadInfo(ids);
    long[] cpu = threads.getThreadCpuTime(ids);
    long[] allocated = threads.getThreadAllocatedBytes(ids);
    Map<String, Usage> usage = new HashMap<>();
    for (String prefix : prefixes) {
      long cpuSum = 0;
      long allocatedSum = 0;
      for (int i = 0; i < ids.length; i++) {
        if (infos[i] != null && infos[i].getThreadName().startsWith(prefix) && cpu[i] > 0) {
          cpuSum += cpu[i];
          allocatedSum += Math.max(0, allocated[i]);
        }
      }
      usage.put(prefix, new Usage(cpuSum, allocatedSum));
    }
    return usage;
  }
}
