package dev.etagfilter.benchmarks.loopback;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The loopback benchmark's command line, with its defaults in one place.
 *
 * @param minRounds clean rounds always measured
 * @param maxRounds clean rounds at most: the benchmark stops earlier once every target's 95 %
 *     interval is narrower than {@code halfWidth}
 * @param seconds the length of one measured run
 * @param warmupSeconds the length of the one warm-up run of each (scenario, variant) before round 1
 * @param allocationSeconds the length of one run of the allocation pass
 * @param connections the concurrency levels
 * @param out the results file (CSV) to write
 * @param variants the variants to run (all by default; fewer is for profiling one of them)
 * @param scenarios the scenarios to run (all by default)
 * @param loadCpus where wrk runs, as a {@code taskset -c} list; empty for anywhere
 * @param maxMinutes a time bound on the rounds (the warm-up and allocation pass come on top)
 * @param halfWidth the relative half-width of a 95 % interval that is precise enough (0.01: ±1 %)
 * @param maxForeignCpus the most CPU anything else may use during a run, in CPUs, for its round to
 *     count (0.05: 5 % of one CPU); a round with a busier run is repeated
 * @param quietWaitMinutes how long to wait for a quiet machine before each round
 * @param fork the name of this JVM's runs in the results (default: the results file's name)
 */
record LoopbackOptions(
    int minRounds, int maxRounds, int seconds, int warmupSeconds, int allocationSeconds, List<Integer> connections,
    Path out, Set<Variant> variants, Set<Scenario> scenarios, String loadCpus, int maxMinutes, double halfWidth,
    double maxForeignCpus, int quietWaitMinutes, String fork) {

  private static final String USAGE = "options: --min-rounds N --max-rounds N --seconds N --warmup N"
      + " --allocation-seconds N --connections 1,16 --out FILE --variants NAME,... --scenarios NAME,..."
      + " --load-cpus 0 --max-minutes N --half-width 0.01 --max-foreign 0.05 --quiet-wait N --fork NAME";

  /** Parses the command line; see {@link #USAGE}. */
  static LoopbackOptions parse(String[] args) {
    int minRounds = 6;
    int maxRounds = 30;
    int seconds = 4;
    int warmup = 5;
    int allocationSeconds = 2;
    List<Integer> connections = List.of(16);
    Path out = Path.of("benchmarks/results/loopback.csv");
    Set<Variant> variants = EnumSet.allOf(Variant.class);
    Set<Scenario> scenarios = EnumSet.allOf(Scenario.class);
    String loadCpus = "0";
    int maxMinutes = 60;
    double halfWidth = 0.01;
    double maxForeign = 0.05;
    int quietWait = 10;
    String fork = null;
    for (int i = 0; i < args.length; i += 2) {
      if (i + 1 >= args.length) {
        throw new IllegalArgumentException("missing value after " + args[i] + "; " + USAGE);
      }
      String value = args[i + 1];
      switch (args[i]) {
        case "--min-rounds" -> minRounds = Integer.parseInt(value);
        case "--max-rounds" -> maxRounds = Integer.parseInt(value);
        case "--seconds" -> seconds = Integer.parseInt(value);
        case "--warmup" -> warmup = Integer.parseInt(value);
        case "--allocation-seconds" -> allocationSeconds = Integer.parseInt(value);
        case "--connections" -> connections = parseList(value);
        case "--out" -> out = Path.of(value);
        case "--variants" -> variants = parseEnums(value, Variant.class);
        case "--scenarios" -> scenarios = parseEnums(value, Scenario.class);
        case "--load-cpus" -> loadCpus = value.equals("none") ? "" : value;
        case "--max-minutes" -> maxMinutes = Integer.parseInt(value);
        case "--half-width" -> halfWidth = Double.parseDouble(value);
        case "--max-foreign" -> maxForeign = Double.parseDouble(value);
        case "--quiet-wait" -> quietWait = Integer.parseInt(value);
        case "--fork" -> fork = value;
        default -> throw new IllegalArgumentException("unknown option " + args[i] + "; " + USAGE);
      }
    }
    return new LoopbackOptions(minRounds, Math.max(minRounds, maxRounds), seconds, warmup, allocationSeconds,
        connections, out, variants, scenarios, loadCpus, maxMinutes, halfWidth, maxForeign, quietWait,
        fork != null ? fork : out.getFileName().toString().replaceFirst("\\.csv$", ""));
  }

  private static <E extends Enum<E>> Set<E> parseEnums(String value, Class<E> type) {
    Set<E> set = EnumSet.noneOf(type);
    for (String part : value.split(",")) {
      set.add(Enum.valueOf(type, part.trim()));
    }
    return set;
  }

  private static List<Integer> parseList(String value) {
    List<Integer> list = new ArrayList<>();
    for (String part : value.split(",")) {
      list.add(Integer.parseInt(part.trim()));
    }
    return List.copyOf(list);
  }

  /** The most connections of any run: one PUT item is seeded per connection. */
  int maxConnections() {
    return connections.stream().mapToInt(Integer::intValue).max().orElse(1);
  }
}
