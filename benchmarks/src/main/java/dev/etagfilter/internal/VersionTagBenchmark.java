package dev.etagfilter.internal;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.etagfilter.ETagKind;
import dev.etagfilter.benchmarks.Fixtures;
import dev.etagfilter.benchmarks.Item;
import jakarta.ws.rs.core.MediaType;
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
  private RepresentationTagger tagger;

  @Setup
  public void setUp() {
    item = Fixtures.itemOfSize("item-1", 1024).stored("item-1", 1_234_567L);
    tagger = new RepresentationTagger(ETagComputationBenchmark.options(new ObjectMapper()));
  }

  /** The tag as the response filter makes it for a versioned entity. */
  @Benchmark
  public TaggedEntity versionTag() {
    return tagger.tag(item, Item.class, MediaType.APPLICATION_JSON_TYPE, ETagKind.VERSION, null);
  }

  /** The tag and its header value, as the response filter sets it. */
  @Benchmark
  public String versionTagHeader() {
    return tagger.tag(item, Item.class, MediaType.APPLICATION_JSON_TYPE, ETagKind.VERSION, null).tag().toString();
  }
}
