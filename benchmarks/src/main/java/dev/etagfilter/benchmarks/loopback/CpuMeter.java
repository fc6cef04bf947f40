package dev.etagfilter.benchmarks.loopback;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * CPU time as Linux accounts it, read from {@code /proc}: the server's own (this JVM's every thread,
 * the garbage collector and the JIT compiler included), the load generator's, and the whole
 * machine's, so a measured window says both what the server spent and whether anything else ran.
 *
 * <p>The server's time is the sum over this process's threads of the first field of {@code
 * /proc/self/task/TID/schedstat}: nanoseconds on a CPU, exact, where {@code /proc/self/stat} and
 * {@code OperatingSystemMXBean.getProcessCpuTime} count 10 ms clock ticks. A thread that exits
 * within a window takes its time in that window with it; the tick-based process total is read too,
 * as a check on that.
 */
final class CpuMeter {

  /** {@code USER_HZ}: the unit of {@code /proc/stat} and {@code /proc/self/stat}, 100 on Linux. */
  private static final long NANOS_PER_TICK = 10_000_000L;

  private static final Path TASKS = Path.of("/proc/self/task");
  private static final Path SELF_STAT = Path.of("/proc/self/stat");
  private static final Path MACHINE_STAT = Path.of("/proc/stat");

  /** One reading of every clock. */
  record Reading(
      long wallNanos, Map<String, Long> taskNanos, long processTicks, long childrenTicks, long machineBusyTicks,
      long machineStealTicks) {}

  /**
   * What happened between two readings.
   *
   * @param wallNanos the window's length
   * @param serverNanos CPU time of this JVM's threads (exact)
   * @param serverTickNanos CPU time of this JVM by its tick counters (10 ms resolution): a check
   * @param loadNanos CPU time of the child processes reaped in the window (wrk), by ticks
   * @param foreignNanos CPU time the machine spent on anything else (other processes, interrupts)
   * @param stealNanos time the hypervisor gave this machine's CPUs to other guests
   */
  record Window(
      long wallNanos, long serverNanos, long serverTickNanos, long loadNanos, long foreignNanos, long stealNanos) {

    /** Other work, in CPUs busy on average over the window (0.05 = 5 % of one CPU). */
    double foreignCpus() {
      return foreignNanos / (double) wallNanos;
    }

    /** Stolen time, in CPUs on average over the window. */
    double stealCpus() {
      return stealNanos / (double) wallNanos;
    }
  }

  /** Reads every clock now. */
  Reading read() {
    Map<String, Long> tasks = new HashMap<>();
    try (DirectoryStream<Path> dir = Files.newDirectoryStream(TASKS)) {
      for (Path task : dir) {
        Long nanos = schedstatNanos(task.resolve("schedstat"));
        if (nanos != null) {
          tasks.put(task.getFileName().toString(), nanos);
        }
      }
      String[] self = afterCommand(Files.readString(SELF_STAT));
      // Fields 14 to 17 of proc(5): utime, stime, cutime, cstime; index 0 here is field 3.
      long process = Long.parseLong(self[11]) + Long.parseLong(self[12]);
      long children = Long.parseLong(self[13]) + Long.parseLong(self[14]);
      long[] machine = machineTicks();
      return new Reading(System.nanoTime(), tasks, process, children, machine[0], machine[1]);
    } catch (IOException e) {
      throw new IllegalStateException("cannot read /proc: the CPU measure needs Linux", e);
    }
  }

  /** The window from {@code before} to {@code after}. */
  static Window between(Reading before, Reading after) {
    long server = 0;
    for (Map.Entry<String, Long> task : after.taskNanos().entrySet()) {
      server += task.getValue() - before.taskNanos().getOrDefault(task.getKey(), 0L);
    }
    long serverTicks = (after.processTicks() - before.processTicks()) * NANOS_PER_TICK;
    long load = (after.childrenTicks() - before.childrenTicks()) * NANOS_PER_TICK;
    long busy = (after.machineBusyTicks() - before.machineBusyTicks()) * NANOS_PER_TICK;
    long steal = (after.machineStealTicks() - before.machineStealTicks()) * NANOS_PER_TICK;
    long foreign = Math.max(0, busy - serverTicks - load);
    return new Window(after.wallNanos() - before.wallNanos(), server, serverTicks, load, foreign, steal);
  }

  /** Busy and steal ticks of all CPUs: user, nice, system, irq, softirq; then steal. */
  private static long[] machineTicks() throws IOException {
    List<String> lines = Files.readAllLines(MACHINE_STAT);
    String[] f = lines.get(0).trim().split("\\s+");
    // cpu user nice system idle iowait irq softirq steal guest guest_nice
    long busy = Long.parseLong(f[1]) + Long.parseLong(f[2]) + Long.parseLong(f[3]) + Long.parseLong(f[6])
        + Long.parseLong(f[7]);
    return new long[] {busy, Long.parseLong(f[8])};
  }

  private static Long schedstatNanos(Path file) throws IOException {
    try {
      String text = Files.readString(file).trim();
      int space = text.indexOf(' ');
      return Long.parseLong(space < 0 ? text : text.substring(0, space));
    } catch (NoSuchFileException e) {
      // The thread ended between listing and reading.
      return null;
    }
  }

  /** The fields of a {@code stat} line after its {@code (command)}, which may itself hold spaces. */
  private static String[] afterCommand(String stat) {
    return stat.substring(stat.lastIndexOf(')') + 2).trim().split(" ");
  }
}
