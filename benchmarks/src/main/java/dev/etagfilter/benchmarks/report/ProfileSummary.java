package dev.etagfilter.benchmarks.report;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedStackTrace;
import jdk.jfr.consumer.RecordingFile;

/**
 * Where a profiled server's CPU samples go, from a JDK Flight Recorder file ({@code profile.sh}
 * makes one per variant and scenario): the share of the server threads' execution samples with a
 * frame of each group on the stack, and the exceptions the JVM created (stack walks the sampler
 * cannot see: filling in a stack trace is native code).
 *
 * <pre>java -cp benchmarks/target/benchmarks.jar dev.etagfilter.benchmarks.report.ProfileSummary run.jfr "title"</pre>
 */
public final class ProfileSummary {

  /** The groups, in the order printed: a name and a test on one frame ("class.method"). */
  private static final Map<String, Predicate<String>> GROUPS = new LinkedHashMap<>();

  static {
    GROUPS.put("the library's code (`dev.etagfilter`)", f -> f.startsWith("dev.etagfilter.") && !f.contains(".benchmarks."));
    GROUPS.put("its request filters (`PreconditionRequestFilter`, `MethodBinding$PolicyMarker`)",
        f -> f.startsWith("dev.etagfilter.PreconditionRequestFilter.filter")
            || f.startsWith("dev.etagfilter.MethodBinding$PolicyMarker.filter"));
    GROUPS.put("its response filter (`ETagResponseFilter`)", f -> f.startsWith("dev.etagfilter.ETagResponseFilter.filter"));
    GROUPS.put("`WriteCondition` (parse, permits)", f -> f.startsWith("dev.etagfilter.WriteCondition."));
    GROUPS.put("Jersey building a `@BeanParam` (`BeanParamValueProvider.apply`)",
        f -> f.contains("BeanParamValueParamProvider$BeanParamValueProvider.apply"));
    GROUPS.put("Jersey resolving a bean's `@HeaderParam` field (`ParamInjectionResolver.resolve`)",
        f -> f.endsWith("ParamInjectionResolver.resolve"));
    GROUPS.put("JSON written (Jackson provider `writeTo`)", f -> f.endsWith("ProviderBase.writeTo"));
    GROUPS.put("JSON read (Jackson provider `readFrom`)", f -> f.endsWith("ProviderBase.readFrom"));
  }

  private ProfileSummary() {}

  /** Prints the summary of {@code args[0]} in Markdown, titled {@code args[1]}. */
  public static void main(String[] args) throws IOException {
    System.out.print(markdown(Path.of(args[0]), args.length > 1 ? args[1] : args[0]));
  }

  /** The summary of one recording. */
  static String markdown(Path recording, String title) throws IOException {
    int samples = 0;
    int[] hits = new int[GROUPS.size()];
    long firstThrowables = -1;
    long lastThrowables = -1;
    List<Predicate<String>> tests = new ArrayList<>(GROUPS.values());
    for (RecordedEvent event : RecordingFile.readAllEvents(recording)) {
      String type = event.getEventType().getName();
      if (type.equals("jdk.ExceptionStatistics")) {
        long throwables = event.getLong("throwables");
        firstThrowables = firstThrowables < 0 ? throwables : firstThrowables;
        lastThrowables = throwables;
        continue;
      }
      if (!type.equals("jdk.ExecutionSample") || event.getStackTrace() == null) {
        continue;
      }
      List<String> frames = frames(event.getStackTrace());
      if (frames.stream().anyMatch(f -> f.startsWith("dev.etagfilter.benchmarks.loopback.LoopbackBenchmark."))) {
        continue; // the harness's own thread, not the server's
      }
      samples++;
      for (int g = 0; g < hits.length; g++) {
        if (frames.stream().anyMatch(tests.get(g))) {
          hits[g]++;
        }
      }
    }
    StringBuilder out = new StringBuilder("#### ").append(title).append("\n\n")
        .append("| frames on the stack | share of the server's CPU samples |\n|---|---|\n");
    int g = 0;
    for (String name : GROUPS.keySet()) {
      out.append(String.format(Locale.ROOT, "| %s | %.1f %% |%n", name, samples == 0 ? 0.0 : 100.0 * hits[g++] / samples));
    }
    out.append(String.format(Locale.ROOT, "%n%d samples; %d exceptions created during the recording.%n%n", samples,
        Math.max(0, lastThrowables - firstThrowables)));
    return out.toString();
  }

  private static List<String> frames(RecordedStackTrace stack) {
    List<String> frames = new ArrayList<>(stack.getFrames().size());
    for (RecordedFrame frame : stack.getFrames()) {
      if (frame.getMethod() != null && frame.getMethod().getType() != null) {
        frames.add(frame.getMethod().getType().getName() + "." + frame.getMethod().getName());
      }
    }
    return frames;
  }
}
