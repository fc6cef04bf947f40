package dev.etagfilter.benchmarks.report;

import dev.etagfilter.benchmarks.loopback.Measurement;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Regenerates the derived results from the raw ones in a results directory: {@code loopback.csv}
 * gives {@code loopback-summary.md} and {@code throughput.svg}; {@code jmh.json}, when present,
 * gives {@code jmh-summary.md}.
 *
 * <pre>java -cp benchmarks/target/benchmarks.jar dev.etagfilter.benchmarks.report.Report benchmarks/results</pre>
 */
public final class Report {

  private Report() {}

  /** Writes the derived files next to the raw ones in {@code args[0]} (default benchmarks/results). */
  public static void main(String[] args) throws IOException {
    Path dir = Path.of(args.length > 0 ? args[0] : "benchmarks/results");
    Path loopback = dir.resolve("loopback.csv");
    if (Files.exists(loopback)) {
      List<String> lines = Files.readAllLines(loopback);
      List<Measurement> measurements = lines.stream().skip(1).filter(l -> !l.isBlank()).map(Measurement::fromCsv).toList();
      LoopbackSummary summary = LoopbackSummary.of(measurements);
      write(dir.resolve("loopback-summary.md"), summary.markdown());
      write(dir.resolve("throughput.svg"), ThroughputChart.svg(summary));
    }
    Path jmh = dir.resolve("jmh.json");
    if (Files.exists(jmh)) {
      write(dir.resolve("jmh-summary.md"), JmhSummary.read(jmh).markdown());
    }
  }

  private static void write(Path file, String content) throws IOException {
    Files.writeString(file, content);
    System.out.println("wrote " + file);
  }
}
