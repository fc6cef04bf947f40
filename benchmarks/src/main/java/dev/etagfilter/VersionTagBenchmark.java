package dev.etagfilter;

import dev.etagfilter.benchmarks.Fixtures;
import dev.etagfilter.benchmarks.Item;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The version entity tag of one item ({@code @ETagVersion long version}), through the feature's own
 * {@link RepresentationTagger}: read the version, make the tag. Independent of the entity's size.
 *
 * <p>{@code java -jar benchmarks/target/benchmarks.jar VersionTagBenchmark -prof gc}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class VersionTagBenchmark {

  private Item item;

  @Setup
  public void setUp() {
    item = Fixtures.itemOfSize("item-1", 1024).stored("item-1", 1_234_567L);
  }

  /** The tag as the response filter makes it for a versioned entity. */
  @Benchmark
  public EntityTag versionTag() {
    return RepresentationTagger.byVersion(item);
  }

  /** The tag and its header value, as the response filter sets it. */
  @Benchmark
  public String versionTagHeader() {
    return RepresentationTagger.byVersion(item).toString();
  }
}
