package dev.etagfilter.benchmarks.report;

import dev.etagfilter.benchmarks.loopback.Measurement;
import dev.etagfilter.benchmarks.loopback.Scenario;
import dev.etagfilter.benchmarks.loopback.Variant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.ToDoubleFunction;

/**
 * The loopback results reduced to what RESULTS.md shows: per (scenario, connections, variant) the
 * median and spread over rounds, the ratios to bare taken within each round, and the verdict on
 * every target of the benchmark issue.
 */
public final class LoopbackSummary {

  private final List<Measurement> measurements;
  private final List<Integer> connectionLevels;
  private final List<Integer> rounds;

  private LoopbackSummary(List<Measurement> measurements) {
    this.measurements = List.copyOf(measurements);
    this.connectionLevels = List.copyOf(new TreeSet<>(measurements.stream().map(Measurement::connections).toList()));
    this.rounds = List.copyOf(new TreeSet<>(measurements.stream().map(Measurement::round).toList()));
  }

  /** The summary of these measurements. */
  public static LoopbackSummary of(List<Measurement> measurements) {
    return new LoopbackSummary(measurements);
  }

  /** The concurrency levels measured, ascending. */
  public List<Integer> connectionLevels() {
    return connectionLevels;
  }

  /** One value of each round's measurement of (scenario, connections, variant). */
  public Stats stats(Scenario scenario, int connections, Variant variant, ToDoubleFunction<Measurement> value) {
    List<Double> samples = new ArrayList<>();
    for (Measurement m : measurements) {
      if (m.scenario() == scenario && m.connections() == connections && m.variant() == variant) {
        samples.add(value.applyAsDouble(m));
      }
    }
    return Stats.of(samples);
  }

  /** Throughput of {@code variant} over throughput of {@code base}, per round (same scenario). */
  public Stats throughputRatio(Scenario scenario, int connections, Variant variant, Variant base) {
    return perRound(scenario, connections, variant, scenario, base, (m, b) -> m.throughput() / b.throughput());
  }

  /** Throughput of {@code scenario} over that of {@code base} for the same variant, per round. */
  public Stats scenarioRatio(Scenario scenario, Scenario base, int connections, Variant variant) {
    return perRound(scenario, connections, variant, base, variant, (m, b) -> m.throughput() / b.throughput());
  }

  /**
   * Heap bytes per request that {@code variant} allocates beyond bare in the same round, less the
   * representation's JSON when {@code lessBody} (the byte array the hash path must hold).
   */
  public Stats allocationBeyondBare(Scenario scenario, int connections, Variant variant, boolean lessBody) {
    return perRound(scenario, connections, variant, scenario, Variant.BARE,
        (m, b) -> m.allocatedPerRequest() - b.allocatedPerRequest() - (lessBody ? m.bodyBytes() : 0));
  }

  private interface Pairing {
    double apply(Measurement measured, Measurement base);
  }

  private Stats perRound(Scenario scenario, int connections, Variant variant, Scenario baseScenario,
      Variant baseVariant, Pairing pairing) {
    List<Double> samples = new ArrayList<>();
    for (int round : rounds) {
      Optional<Measurement> m = find(round, scenario, connections, variant);
      Optional<Measurement> b = find(round, baseScenario, connections, baseVariant);
      if (m.isPresent() && b.isPresent()) {
        samples.add(pairing.apply(m.get(), b.get()));
      }
    }
    return Stats.of(samples);
  }

  private Optional<Measurement> find(int round, Scenario scenario, int connections, Variant variant) {
    return measurements.stream()
        .filter(m -> m.round() == round && m.scenario() == scenario && m.connections() == connections
            && m.variant() == variant)
        .findFirst();
  }

  /** The verdict on every target, in the order. */
  public List<Target> targets() {
    List<Target> targets = new ArrayList<>();
    for (int c : connectionLevels) {
      targets.add(Target.atLeast("version-ETag GET 200 (1 KB) / bare, c=" + c, 0.97,
          throughputRatio(Scenario.GET_200_1K, c, Variant.VERSION_ETAG, Variant.BARE)));
    }
    for (int c : connectionLevels) {
      targets.add(Target.atLeast("JSON-hash GET 200 (1 KB) / bare, c=" + c, 0.93,
          throughputRatio(Scenario.GET_200_1K, c, Variant.HASH_ETAG, Variant.BARE)));
    }
    for (int c : connectionLevels) {
      targets.add(Target.atLeast("version-ETag PUT with If-Match / bare, c=" + c, 0.95,
          throughputRatio(Scenario.PUT_1K, c, Variant.VERSION_ETAG, Variant.BARE)));
    }
    for (int c : connectionLevels) {
      targets.add(Target.atLeast("version-ETag 304 / 200 (100 KB), c=" + c, 3.0,
          scenarioRatio(Scenario.GET_304_100K, Scenario.GET_200_100K, c, Variant.VERSION_ETAG)));
    }
    int busiest = connectionLevels.get(connectionLevels.size() - 1);
    targets.add(Target.atMost("version-ETag GET 200 (1 KB): B/request in the filters, c=" + busiest, 1024,
        stats(Scenario.GET_200_1K, busiest, Variant.VERSION_ETAG, Measurement::filterAllocatedPerRequest)));
    targets.add(Target.atMost("version-ETag PUT: B/request in the filters, c=" + busiest, 1024,
        stats(Scenario.PUT_1K, busiest, Variant.VERSION_ETAG, Measurement::filterAllocatedPerRequest)));
    targets.add(Target.atMost("JSON-hash GET 200 (1 KB): B/request in the filters beyond the body, c=" + busiest,
        1024, stats(Scenario.GET_200_1K, busiest, Variant.HASH_ETAG,
            m -> m.filterAllocatedPerRequest() - m.bodyBytes())));
    for (Variant variant : Variant.values()) {
      // wrk stops counting at the end of a run while the server still answers the last requests
      // in flight, so a count of exactly one per request reads up to about 1.005.
      targets.add(Target.atMost("serializations per GET 200 response, " + variant.label(), 1.01,
          maxSerializations(variant, Scenario.GET_200_1K, Scenario.GET_200_100K)));
    }
    return targets;
  }

  private Stats maxSerializations(Variant variant, Scenario... scenarios) {
    List<Double> samples = new ArrayList<>();
    for (Measurement m : measurements) {
      if (m.variant() == variant && List.of(scenarios).contains(m.scenario())) {
        samples.add(m.serializationsPerRequest());
      }
    }
    return Stats.of(samples);
  }

  /** Every table of RESULTS.md's loopback section, in Markdown. */
  public String markdown() {
    StringBuilder out = new StringBuilder();
    out.append("Rounds: ").append(rounds.size()).append(". Each cell: median [min–max] over rounds.\n\n");
    table(out, "Throughput (requests/s)", m -> m.throughput(), 0);
    table(out, "Latency p50 (µs)", m -> m.p50Micros(), 0);
    table(out, "Latency p99 (µs)", m -> m.p99Micros(), 0);
    table(out, "Heap allocation in the whole server JVM (bytes/request)", Measurement::allocatedPerRequest, 0);
    table(out, "Heap allocation inside the feature's filters (bytes/request)",
        Measurement::filterAllocatedPerRequest, 0);
    table(out, "JSON serializations per request", Measurement::serializationsPerRequest, 2);
    table(out, "Bytes read by the client per request", Measurement::bytesPerRequest, 0);
    ratioTable(out);
    beyondBareTable(out);
    out.append("#### Targets\n\n| target | measured: median [min–max] | limit | verdict |\n|---|---|---|---|\n");
    for (Target t : targets()) {
      out.append(t.markdownRow()).append('\n');
    }
    long errors = measurements.stream().mapToLong(Measurement::errors).sum();
    out.append("\nErrors (status >= 400 or socket) over all measured runs: ").append(errors).append(".\n");
    return out.toString();
  }

  private void table(StringBuilder out, String title, ToDoubleFunction<Measurement> value, int decimals) {
    out.append("#### ").append(title).append("\n\n| scenario | c |");
    for (Variant v : Variant.values()) {
      out.append(' ').append(v.label()).append(" |");
    }
    out.append("\n|---|---|").append("---|".repeat(Variant.values().length)).append('\n');
    for (Scenario s : Scenario.values()) {
      for (int c : connectionLevels) {
        out.append("| ").append(s.label()).append(" | ").append(c).append(" |");
        for (Variant v : Variant.values()) {
          out.append(' ').append(stats(s, c, v, value).format(decimals)).append(" |");
        }
        out.append('\n');
      }
    }
    out.append('\n');
  }

  private void ratioTable(StringBuilder out) {
    out.append("#### Throughput ratios, taken within each round\n\n| ratio | c |");
    List<Variant> tagged = List.of(Variant.VERSION_ETAG, Variant.HASH_ETAG, Variant.HAND_WRITTEN);
    for (Variant v : tagged) {
      out.append(' ').append(v.label()).append(" |");
    }
    out.append("\n|---|---|").append("---|".repeat(tagged.size())).append('\n');
    for (Scenario s : List.of(Scenario.GET_200_1K, Scenario.PUT_1K, Scenario.GET_200_100K)) {
      for (int c : connectionLevels) {
        out.append("| ").append(s.label()).append(" / bare | ").append(c).append(" |");
        for (Variant v : tagged) {
          out.append(' ').append(throughputRatio(s, c, v, Variant.BARE).format(3)).append(" |");
        }
        out.append('\n');
      }
    }
    for (Scenario[] pair : new Scenario[][] {
        {Scenario.GET_304_1K, Scenario.GET_200_1K}, {Scenario.GET_304_100K, Scenario.GET_200_100K}}) {
      for (int c : connectionLevels) {
        out.append("| ").append(pair[0].label()).append(" / ").append(pair[1].label()).append(" | ").append(c)
            .append(" |");
        for (Variant v : tagged) {
          out.append(' ').append(scenarioRatio(pair[0], pair[1], c, v).format(2)).append(" |");
        }
        out.append('\n');
      }
    }
    out.append('\n');
  }

  private void beyondBareTable(StringBuilder out) {
    out.append("#### Whole-JVM heap allocation beyond bare (bytes/request; the hash column less the body)\n\n")
        .append("Per-round differences, so they carry the noise of two measurements.\n\n| scenario | c |");
    List<Variant> tagged = List.of(Variant.VERSION_ETAG, Variant.HASH_ETAG, Variant.HAND_WRITTEN);
    for (Variant v : tagged) {
      out.append(' ').append(v.label()).append(" |");
    }
    out.append("\n|---|---|").append("---|".repeat(tagged.size())).append('\n');
    for (Scenario s : List.of(Scenario.GET_200_1K, Scenario.PUT_1K)) {
      for (int c : connectionLevels) {
        out.append("| ").append(s.label()).append(" | ").append(c).append(" |");
        for (Variant v : tagged) {
          out.append(' ').append(allocationBeyondBare(s, c, v, v == Variant.HASH_ETAG).format(0)).append(" |");
        }
        out.append('\n');
      }
    }
    out.append('\n');
  }

  /**
   * One target of the issue and its verdict, decided on the median over rounds.
   *
   * @param name what is compared
   * @param limit the bound
   * @param atLeast whether the measure must be at least (else at most) the limit
   * @param measured the measure over rounds
   */
  public record Target(String name, double limit, boolean atLeast, Stats measured) {

    static Target atLeast(String name, double limit, Stats measured) {
      return new Target(name, limit, true, measured);
    }

    static Target atMost(String name, double limit, Stats measured) {
      return new Target(name, limit, false, measured);
    }

    /** Whether the median meets the limit; false when nothing was measured. */
    public boolean met() {
      return measured.present() && (atLeast ? measured.median() >= limit : measured.median() <= limit);
    }

    String markdownRow() {
      String limitText = (atLeast ? ">= " : "<= ") + String.format(Locale.ROOT, limit >= 100 ? "%.0f" : "%.2f", limit);
      return "| " + name + " | " + measured.format(limit >= 100 ? 0 : 3) + " | " + limitText + " | "
          + (measured.present() ? (met() ? "met" : "**missed**") : "not measured") + " |";
    }
  }
}
