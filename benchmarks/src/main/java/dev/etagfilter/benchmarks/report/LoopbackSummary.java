package dev.etagfilter.benchmarks.report;

import dev.etagfilter.benchmarks.loopback.Measurement;
import dev.etagfilter.benchmarks.loopback.Scenario;
import dev.etagfilter.benchmarks.loopback.Variant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.ToDoubleFunction;

/**
 * The loopback results reduced to what RESULTS.md shows. The primary measure is the server's CPU
 * time per request, compared within each round (variant over its baseline in the same round) and
 * summarised over the clean rounds as a 95 % interval; throughput, latency and allocation are
 * secondary figures, each given as median [min–max] over the rounds.
 */
public final class LoopbackSummary {

  /** The precision the issue asks of every CPU comparison: ±1 %. */
  public static final double REQUIRED_HALF_WIDTH = 0.01;

  private final List<Measurement> cpuRuns;
  private final List<Measurement> allocationRuns;
  private final List<Integer> connectionLevels;
  private final List<Integer> rounds;
  private final int rejectedRounds;

  private LoopbackSummary(List<Measurement> measurements) {
    this.cpuRuns = measurements.stream().filter(m -> m.round() > 0 && m.clean()).toList();
    this.allocationRuns = measurements.stream().filter(m -> m.round() == 0).toList();
    this.connectionLevels = List.copyOf(new TreeSet<>(cpuRuns.stream().map(Measurement::connections).toList()));
    this.rounds = List.copyOf(new TreeSet<>(cpuRuns.stream().map(Measurement::round).toList()));
    this.rejectedRounds = (int) measurements.stream().filter(m -> m.round() > 0 && !m.clean())
        .map(m -> m.fork() + "/" + m.round()).distinct().count();
  }

  /** The summary of these measurements. */
  public static LoopbackSummary of(List<Measurement> measurements) {
    return new LoopbackSummary(measurements);
  }

  /** The concurrency levels measured, ascending. */
  public List<Integer> connectionLevels() {
    return connectionLevels;
  }

  /** The clean rounds counted, over every fork. */
  public int rounds() {
    return (int) cpuRuns.stream().map(m -> m.fork() + "/" + m.round()).distinct().count();
  }

  /** The forks (JVMs) measured, with their clean rounds: {@code name: rounds}. */
  public String forks() {
    Map<String, Set<Integer>> rounds = new TreeMap<>();
    cpuRuns.forEach(m -> rounds.computeIfAbsent(m.fork(), f -> new TreeSet<>()).add(m.round()));
    StringBuilder out = new StringBuilder();
    rounds.forEach((fork, r) -> out.append(out.length() == 0 ? "" : ", ").append(fork).append(": ").append(r.size()));
    return out.toString();
  }

  /** One value of each clean round's measurement of (scenario, connections, variant). */
  public Stats stats(Scenario scenario, int connections, Variant variant, ToDoubleFunction<Measurement> value) {
    List<Double> samples = new ArrayList<>();
    for (Measurement m : cpuRuns) {
      if (m.scenario() == scenario && m.connections() == connections && m.variant() == variant) {
        samples.add(value.applyAsDouble(m));
      }
    }
    return Stats.of(samples);
  }

  /** The allocation pass's value of (scenario, connections, variant), or NaN. */
  private double allocationPass(Scenario scenario, int connections, Variant variant, ToDoubleFunction<Measurement> value) {
    return allocationRuns.stream()
        .filter(m -> m.scenario() == scenario && m.connections() == connections && m.variant() == variant)
        .mapToDouble(value).findFirst().orElse(Double.NaN);
  }

  /**
   * Server CPU per request of {@code variant} over that of {@code base}, per round: from the two
   * halves of their pair where they were measured together, else from their runs alone.
   */
  public Interval cpuRatio(Scenario scenario, int connections, Variant variant, Variant base) {
    return Interval.ofRatios(pairs(scenario, connections, variant, base,
        (m, b) -> m.cpuMicrosPerRequest() / b.cpuMicrosPerRequest()));
  }

  /** Server CPU per request of {@code expensive} over that of {@code cheap} for one variant, per round. */
  public Interval cpuScenarioRatio(Scenario expensive, Scenario cheap, int connections, Variant variant) {
    return Interval.ofRatios(perRound(expensive, connections, variant, cheap, variant,
        (m, b) -> m.cpuMicrosPerRequest() / b.cpuMicrosPerRequest()));
  }

  /** Server CPU per request of {@code variant} beyond {@code base}, in µs, per round (as {@link #cpuRatio}). */
  public Interval extraCpu(Scenario scenario, int connections, Variant variant, Variant base) {
    return Interval.ofValues(pairs(scenario, connections, variant, base,
        (m, b) -> m.cpuMicrosPerRequest() - b.cpuMicrosPerRequest()));
  }

  /**
   * How much the version feature's own CPU per request changes when the application has 200 more
   * resource methods: (version-etag-202 / bare-202) less (version-etag / bare), per round, in
   * shares of a bare request.
   */
  public Interval resourceCountEffect(Scenario scenario, int connections) {
    List<Double> many = pairs(scenario, connections, Variant.VERSION_ETAG_MANY, Variant.BARE_MANY,
        (m, b) -> m.cpuMicrosPerRequest() / b.cpuMicrosPerRequest());
    List<Double> few = pairs(scenario, connections, Variant.VERSION_ETAG, Variant.BARE,
        (m, b) -> m.cpuMicrosPerRequest() / b.cpuMicrosPerRequest());
    // Measured in two JVMs (run-all.sh gives each variant its own): two independent samples.
    return Interval.ofDifference(many, few);
  }

  /** Throughput of {@code scenario} over that of {@code base} for the same variant, per round. */
  public Stats throughputScenarioRatio(Scenario scenario, Scenario base, int connections, Variant variant) {
    return Stats.of(perRound(scenario, connections, variant, base, variant, (m, b) -> m.throughput() / b.throughput()));
  }

  private interface Pairing {
    double apply(Measurement measured, Measurement base);
  }

  private List<Double> perRound(Scenario scenario, int connections, Variant variant, Scenario baseScenario,
      Variant baseVariant, Pairing pairing) {
    List<Double> samples = new ArrayList<>();
    for (int round : rounds) {
      Optional<Measurement> m = findAny(round, scenario, connections, variant);
      Optional<Measurement> b = findAny(round, baseScenario, connections, baseVariant);
      if (m.isPresent() && b.isPresent()) {
        samples.add(pairing.apply(m.get(), b.get()));
      }
    }
    return samples;
  }

  /** Per round, {@code pairing} of the variant's and the base's runs: together if paired, else alone. */
  private List<Double> pairs(Scenario scenario, int connections, Variant variant, Variant base, Pairing pairing) {
    List<Double> samples = new ArrayList<>();
    for (int round : rounds) {
      Optional<Measurement> m = find(round, scenario, connections, variant, base.label());
      Optional<Measurement> b = find(round, scenario, connections, base, variant.label());
      if (m.isEmpty() || b.isEmpty()) {
        m = find(round, scenario, connections, variant, "-");
        b = find(round, scenario, connections, base, "-");
      }
      if (m.isPresent() && b.isPresent()) {
        samples.add(pairing.apply(m.get(), b.get()));
      }
    }
    return samples;
  }

  private Optional<Measurement> find(int round, Scenario scenario, int connections, Variant variant, String partner) {
    return cpuRuns.stream()
        .filter(m -> m.round() == round && m.scenario() == scenario && m.connections() == connections
            && m.variant() == variant && m.partner().equals(partner))
        .findFirst();
  }

  /** The variant's run alone in the round, else its half of the pair with its baseline. */
  private Optional<Measurement> findAny(int round, Scenario scenario, int connections, Variant variant) {
    Optional<Measurement> alone = find(round, scenario, connections, variant, "-");
    if (alone.isPresent() || variant.base() == null) {
      return alone;
    }
    return find(round, scenario, connections, variant, variant.base().label());
  }

  /** The baseline a variant's CPU is compared with: the bare application of the same size. */
  static Variant baseOf(Variant variant) {
    return variant.base() != null ? variant.base() : Variant.BARE;
  }

  /** The verdict on every target of the issue, per concurrency level, in the order. */
  public List<Target> targets(double requiredHalfWidth) {
    List<Target> targets = new ArrayList<>();
    for (int c : connectionLevels) {
      String at = ", c=" + c;
      targets.add(new Target("version-ETag GET 200 (1 KB) / bare" + at,
          cpuRatio(Scenario.GET_200_1K, c, Variant.VERSION_ETAG, Variant.BARE), Target.Rule.AT_MOST, 1.02,
          requiredHalfWidth));
      targets.add(new Target("version-ETag PUT with If-Match, @BeanParam WriteCondition (1 KB) / bare" + at,
          cpuRatio(Scenario.PUT_1K, c, Variant.VERSION_ETAG, Variant.BARE), Target.Rule.AT_MOST, 1.02,
          requiredHalfWidth));
      targets.add(new Target("version-ETag PUT, the condition from two @HeaderParams (1 KB) / bare" + at,
          cpuRatio(Scenario.PUT_1K, c, Variant.VERSION_HEADER_PARAMS, Variant.BARE), Target.Rule.AT_MOST, 1.02,
          requiredHalfWidth));
      targets.add(new Target("JSON-hash GET 200 (1 KB) / bare" + at,
          cpuRatio(Scenario.GET_200_1K, c, Variant.HASH_ETAG, Variant.BARE), Target.Rule.AT_MOST, 1.04,
          requiredHalfWidth));
      targets.add(new Target("GET of a method the feature does not govern / bare" + at,
          cpuRatio(Scenario.GET_200_1K, c, Variant.UNGOVERNED, Variant.BARE), Target.Rule.AT_MOST, 1.01,
          requiredHalfWidth));
      targets.add(new Target("version-ETag GET 200: its ratio to bare with 202 methods less with 2" + at,
          resourceCountEffect(Scenario.GET_200_1K, c), Target.Rule.WITHIN, 0.01, requiredHalfWidth));
      targets.add(new Target("version-ETag PUT: its ratio to bare with 202 methods less with 2" + at,
          resourceCountEffect(Scenario.PUT_1K, c), Target.Rule.WITHIN, 0.01, requiredHalfWidth));
      targets.add(new Target("version-ETag 100 KB: CPU of a 200 / CPU of a 304" + at,
          cpuScenarioRatio(Scenario.GET_200_100K, Scenario.GET_304_100K, c, Variant.VERSION_ETAG),
          Target.Rule.AT_LEAST, 5, 0));
      targets.add(new Target("hash-tagged 100 KB through @BeanParam ReadCondition: CPU of a 200 / CPU of a 304" + at,
          cpuScenarioRatio(Scenario.GET_200_100K, Scenario.GET_304_100K, c, Variant.HASH_READ_CONDITION),
          Target.Rule.AT_LEAST, 5, 0));
      targets.add(new Target("hash-tagged 100 KB through ReadCondition from two @HeaderParams: CPU of a 200 / CPU of a 304"
          + at, cpuScenarioRatio(Scenario.GET_200_100K, Scenario.GET_304_100K, c, Variant.HASH_READ_CONDITION_HEADER_PARAMS),
          Target.Rule.AT_LEAST, 5, 0));
      targets.add(new Target("control: bare-again / bare (the same application twice)" + at,
          cpuRatio(Scenario.GET_200_1K, c, Variant.BARE_AGAIN, Variant.BARE), Target.Rule.HOLDS, 1.0,
          requiredHalfWidth));
    }
    return targets;
  }

  /** Every table of RESULTS.md's loopback section, in Markdown. */
  public String markdown() {
    StringBuilder out = new StringBuilder();
    out.append("Clean rounds per fork (JVM): ").append(forks()).append(" (rounds repeated because the machine was busy: ")
        .append(rejectedRounds).append("). Intervals: 95 %, Student's t over the rounds' ratios (geometric mean).")
        .append(" Other cells: median [min–max] over the rounds.\n\n");
    out.append("#### Targets: server CPU time per request\n\n")
        .append("| target | measured [95 % interval] | half-width | limit | verdict |\n|---|---|---|---|---|\n");
    for (Target t : targets(REQUIRED_HALF_WIDTH)) {
      out.append(t.markdownRow()).append('\n');
    }
    out.append('\n');
    cpuRatioTable(out);
    extraCpuTable(out);
    notModifiedTable(out);
    table(out, "Server CPU per request (µs, every thread of the server JVM)", Measurement::cpuMicrosPerRequest, 1);
    table(out, "Throughput (requests/s)", Measurement::throughput, 0);
    table(out, "Latency p50 (µs)", m -> m.p50Micros(), 0);
    table(out, "Latency p99 (µs)", m -> m.p99Micros(), 0);
    table(out, "Heap allocation in the whole server JVM (bytes/request)", Measurement::allocatedPerRequest, 0);
    allocationPassTable(out);
    table(out, "JSON serializations per request", Measurement::serializationsPerRequest, 2);
    table(out, "Bytes read by the client per request", Measurement::bytesPerRequest, 0);
    table(out, "wrk's CPU per request (µs, 10 ms ticks)", Measurement::loadCpuMicrosPerRequest, 1);
    quietTable(out);
    long errors = cpuRuns.stream().mapToLong(Measurement::errors).sum()
        + allocationRuns.stream().mapToLong(Measurement::errors).sum();
    out.append("Errors (status >= 400 or socket) over all measured runs: ").append(errors).append(".\n");
    return out.toString();
  }

  private void cpuRatioTable(StringBuilder out) {
    List<Variant> compared = List.of(Variant.VERSION_ETAG, Variant.HASH_ETAG, Variant.HASH_READ_CONDITION,
        Variant.HASH_READ_CONDITION_HEADER_PARAMS, Variant.HAND_WRITTEN, Variant.UNGOVERNED, Variant.VERSION_ETAG_MANY, Variant.BARE_AGAIN);
    out.append("#### Server CPU per request / bare, 95 % intervals\n\n")
        .append("Each variant over bare in the same round (`version-etag-202` over `bare-202`).\n\n| scenario | c |");
    for (Variant v : compared) {
      out.append(' ').append(v.label()).append(" |");
    }
    out.append("\n|---|---|").append("---|".repeat(compared.size())).append('\n');
    for (Scenario s : List.of(Scenario.GET_200_1K, Scenario.PUT_1K, Scenario.GET_200_100K)) {
      for (int c : connectionLevels) {
        out.append("| ").append(s.label()).append(" | ").append(c).append(" |");
        for (Variant v : compared) {
          Interval i = s.appliesTo(v) && s.appliesTo(baseOf(v)) ? cpuRatio(s, c, v, baseOf(v)) : null;
          out.append(' ').append(i == null ? "" : i.format(3)).append(" |");
        }
        out.append('\n');
      }
    }
    out.append('\n');
  }

  private void extraCpuTable(StringBuilder out) {
    List<Variant> compared = List.of(Variant.VERSION_ETAG, Variant.VERSION_ETAG_MANY, Variant.HASH_ETAG,
        Variant.HAND_WRITTEN, Variant.UNGOVERNED, Variant.BARE_AGAIN);
    out.append("#### Server CPU per request beyond bare (µs), 95 % intervals\n\n")
        .append("What the feature's own work costs: each variant less bare in the same round (`version-etag-202`")
        .append(" less `bare-202`, so Jersey's own routing over more methods cancels out).\n\n| scenario | c |");
    for (Variant v : compared) {
      out.append(' ').append(v.label()).append(" |");
    }
    out.append("\n|---|---|").append("---|".repeat(compared.size())).append('\n');
    for (Scenario s : List.of(Scenario.GET_200_1K, Scenario.PUT_1K)) {
      for (int c : connectionLevels) {
        out.append("| ").append(s.label()).append(" | ").append(c).append(" |");
        for (Variant v : compared) {
          Interval i = s.appliesTo(v) ? extraCpu(s, c, v, baseOf(v)) : null;
          out.append(' ').append(i == null ? "" : i.format(2)).append(" |");
        }
        out.append('\n');
      }
    }
    out.append('\n');
  }

  private void notModifiedTable(StringBuilder out) {
    out.append("#### A 304 against its 200\n\n")
        .append("CPU: the 200's server CPU per request over the 304's (95 % interval); throughput: the 304's")
        .append(" over the 200's (median [min–max]).\n\n")
        .append("| variant | size | c | CPU 200 / CPU 304 | throughput 304 / 200 |\n|---|---|---|---|---|\n");
    for (Variant v : List.of(Variant.VERSION_ETAG, Variant.HASH_ETAG, Variant.HASH_READ_CONDITION,
        Variant.HASH_READ_CONDITION_HEADER_PARAMS, Variant.HAND_WRITTEN)) {
      for (Scenario[] pair : new Scenario[][] {
          {Scenario.GET_200_1K, Scenario.GET_304_1K}, {Scenario.GET_200_100K, Scenario.GET_304_100K}}) {
        if (!pair[0].appliesTo(v) || !pair[1].appliesTo(v)) {
          continue;
        }
        for (int c : connectionLevels) {
          out.append("| ").append(v.label()).append(" | ").append(pair[0] == Scenario.GET_200_1K ? "1 KB" : "100 KB")
              .append(" | ").append(c).append(" | ").append(cpuScenarioRatio(pair[0], pair[1], c, v).format(2))
              .append(" | ").append(throughputScenarioRatio(pair[1], pair[0], c, v).format(2)).append(" |\n");
        }
      }
    }
    out.append('\n');
  }

  private void table(StringBuilder out, String title, ToDoubleFunction<Measurement> value, int decimals) {
    Set<Variant> present = presentVariants();
    out.append("#### ").append(title).append("\n\n| scenario | c |");
    for (Variant v : present) {
      out.append(' ').append(v.label()).append(" |");
    }
    out.append("\n|---|---|").append("---|".repeat(present.size())).append('\n');
    for (Scenario s : Scenario.values()) {
      for (int c : connectionLevels) {
        out.append("| ").append(s.label()).append(" | ").append(c).append(" |");
        for (Variant v : present) {
          Stats st = stats(s, c, v, value);
          out.append(' ').append(st.present() ? st.format(decimals) : "").append(" |");
        }
        out.append('\n');
      }
    }
    out.append('\n');
  }

  private void allocationPassTable(StringBuilder out) {
    if (allocationRuns.isEmpty()) {
      return;
    }
    Set<Variant> present = presentVariants();
    out.append("#### Heap allocation inside the feature's filters (bytes/request)\n\n")
        .append("From the allocation pass (one run per cell, on servers with the filter probe; exact).\n\n")
        .append("| scenario | c |");
    for (Variant v : present) {
      out.append(' ').append(v.label()).append(" |");
    }
    out.append("\n|---|---|").append("---|".repeat(present.size())).append('\n');
    for (Scenario s : Scenario.values()) {
      for (int c : new TreeSet<>(allocationRuns.stream().map(Measurement::connections).toList())) {
        out.append("| ").append(s.label()).append(" | ").append(c).append(" |");
        for (Variant v : present) {
          double bytes = allocationPass(s, c, v, Measurement::filterAllocatedPerRequest);
          out.append(' ').append(Double.isNaN(bytes) ? "" : String.format(Locale.ROOT, "%.0f", bytes)).append(" |");
        }
        out.append('\n');
      }
    }
    out.append('\n');
  }

  private void quietTable(StringBuilder out) {
    out.append("#### How quiet the machine was\n\n")
        .append("Per fork, over its clean rounds: the most CPU anything other than the server and wrk used during one")
        .append(" run, its median over the runs, and the most the hypervisor stole, in CPUs (0.01 = 1 % of one CPU).\n\n")
        .append("| fork | runs | foreign, median | foreign, max | steal, max |\n|---|---|---|---|---|\n");
    Map<String, List<Measurement>> byFork = new TreeMap<>();
    cpuRuns.forEach(m -> byFork.computeIfAbsent(m.fork(), f -> new ArrayList<>()).add(m));
    byFork.forEach((fork, runs) -> {
      Stats foreign = Stats.of(runs.stream().map(Measurement::foreignCpus).toList());
      double steal = runs.stream().mapToDouble(Measurement::stealCpus).max().orElse(Double.NaN);
      out.append(String.format(Locale.ROOT, "| %s | %d | %.3f | %.3f | %.3f |%n", fork, runs.size(), foreign.median(),
          foreign.max(), steal));
    });
    out.append('\n');
  }

  private Set<Variant> presentVariants() {
    Set<Variant> present = EnumSet.noneOf(Variant.class);
    cpuRuns.forEach(m -> present.add(m.variant()));
    allocationRuns.forEach(m -> present.add(m.variant()));
    return present;
  }
}
