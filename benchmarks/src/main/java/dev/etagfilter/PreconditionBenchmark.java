package dev.etagfilter;

import java.util.StringJoiner;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * What one request's conditional headers cost: parsing {@code If-Match} with 1 or 10 entity tags,
 * and the whole decision the request filter makes (parse, the 428 rule, RFC 9110 13.2.2). The
 * matching tag is the last one listed, so every tag is compared.
 *
 * <p>{@code java -jar benchmarks/target/benchmarks.jar PreconditionBenchmark -prof gc}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class PreconditionBenchmark {

  /** How many entity tags the header lists. */
  @Param({"1", "10"})
  public int tags;

  private String ifMatch;
  private ConditionalHeaders writeHeaders;
  private ConditionalHeaders readHeaders;
  private RequestConditions parsedWrite;
  private ResourceState current;

  @Setup
  public void setUp() {
    StringJoiner list = new StringJoiner(", ");
    for (int i = tags; i >= 1; i--) {
      list.add("\"" + (1000 + i) + "\"");
    }
    ifMatch = list.toString();
    current = ResourceState.of(EntityTag.strong("1001"));
    writeHeaders = new ConditionalHeaders(ifMatch, null, null, null);
    readHeaders = new ConditionalHeaders(null, ifMatch, null, null);
    parsedWrite = RequestConditions.parse(writeHeaders, HeaderLimits.DEFAULT);
  }

  /** The entity-tag list grammar alone (RFC 9110 8.8.3, 5.6.1). */
  @Benchmark
  public EntityTagList parseIfMatch() {
    return EntityTagList.parse(ConditionalHeaders.IF_MATCH, ifMatch, HeaderLimits.DEFAULT);
  }

  /** RFC 9110 13.2.2 on already parsed headers: the per-request work once parsing is done. */
  @Benchmark
  public Outcome evaluateParsedWrite() {
    return PreconditionEvaluator.evaluate("PUT", parsedWrite, current);
  }

  /** A PUT with If-Match, everything the request filter decides: parse, 428 rule, evaluation. */
  @Benchmark
  public Outcome decideWrite() {
    return decide("PUT", writeHeaders, true);
  }

  /** A GET with If-None-Match that matches: the 304 decision. */
  @Benchmark
  public Outcome decideConditionalRead() {
    return decide("GET", readHeaders, false);
  }

  private Outcome decide(String method, ConditionalHeaders headers, boolean required) {
    Decision checked = PreconditionEvaluator.checkRequest(headers, required, HeaderLimits.DEFAULT);
    return checked.outcome() != Outcome.PROCEED
        ? checked.outcome()
        : PreconditionEvaluator.evaluate(method, checked.preconditions(), current);
  }
}
