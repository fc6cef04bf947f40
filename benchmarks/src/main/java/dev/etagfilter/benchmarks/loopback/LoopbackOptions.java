package dev.etagfilter.benchmarks.loopback;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The loopback benchmark's command line, with its defaults in one place.
 *
 * @param rounds how many times every (scenario, connections, variant) is measured
 * @param seconds the length of one measured run
 * @param warmupSeconds the length of the one warm-up run of each (scenario, variant) before round 1
 * @param connections the concurrency levels
 * @param out the results file (CSV) to write
 * @param variants the variants to run (all by default; fewer is for profiling one of them)
 * @param scenarios the scenarios to run (all by default)
 */
record LoopbackOptions(
    int rounds, int seconds, int warmupSeconds, List<Integer> connections, Path out, Set<Variant> variants,
    Set<Scenario> scenarios) {

  /**
   * Parses {@code --rounds N --seconds N --warmup N --connections 1,16 --out FILE --variants
   * BARE,VERSION_ETAG --scenarios GET_200_1K,PUT_1K}.
   */
  static LoopbackOptions parse(String[] args) {
    int rounds = 3;
    int seconds = 3;
    int warmup = 4;
    List<Integer> connections = List.of(1, 16);
    Path out = Path.of("benchmarks/results/loopback.csv");
    Set<Variant> variants = EnumSet.allOf(Variant.class);
    Set<Scenario> scenarios = EnumSet.allOf(Scenario.class);
    for (int i = 0; i < args.length; i += 2) {
      if (i + 1 >= args.length) {
        throw new IllegalArgumentException("missing value after " + args[i]);
      }
      String value = args[i + 1];
      switch (args[i]) {
        case "--rounds" -> rounds = Integer.parseInt(value);
        case "--seconds" -> seconds = Integer.parseInt(value);
        case "--warmup" -> warmup = Integer.parseInt(value);
        case "--connections" -> connections = parseList(value);
        case "--out" -> out = Path.of(value);
        case "--variants" -> variants = parseEnums(value, Variant.class);
        case "--scenarios" -> scenarios = parseEnums(value, Scenario.class);
        default -> throw new IllegalArgumentException(
            "unknown option " + args[i] + "; use --rounds N --seconds N --warmup N --connections 1,16 --out FILE"
                + " --variants NAME,... --scenarios NAME,...");
      }
    }
    return new LoopbackOptions(rounds, seconds, warmup, connections, out, variants, scenarios);
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
