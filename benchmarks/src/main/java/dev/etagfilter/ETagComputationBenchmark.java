package dev.etagfilter;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import dev.etagfilter.benchmarks.Fixtures;
import dev.etagfilter.benchmarks.Item;
import com.fasterxml.jackson.jakarta.rs.json.JacksonJsonProvider;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.MessageBodyReader;
import jakarta.ws.rs.ext.MessageBodyWriter;
import jakarta.ws.rs.ext.Providers;
import java.lang.annotation.Annotation;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.reflect.Type;
import java.util.List;
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
 * The JSON-hash entity tag against plain serialization of the same entity, a list of items of 1 KB
 * to 1 MB of JSON. {@code jsonHashTag} runs the feature's own {@link RepresentationTagger} (serialize
 * once with the application's mapper, SHA-256, base64url); {@code plainSerialization} is what Jersey's
 * JSON provider does without the feature: stream the entity out. Their ratio is the cost of the tag.
 *
 * <p>This class sits in the library's package to reach the package-private tagger,
 * so the figure is the real code path, not a copy of it.
 *
 * <p>{@code java -jar benchmarks/target/benchmarks.jar ETagComputationBenchmark -prof gc}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class ETagComputationBenchmark {

  private static final Type LIST_OF_ITEMS = new TypeReference<List<Item>>() {}.getType();

  /** The target size of the entity's JSON in bytes: 1 KB, 10 KB, 100 KB, 1 MB. */
  @Param({"1024", "10240", "102400", "1048576"})
  public int jsonBytes;

  private List<Item> entity;
  private ObjectWriter writer;
  private RepresentationTagger tagger;
  private Providers providers;
  private RepresentationTagger.Representation representation;

  @Setup
  public void setUp() {
    ObjectMapper mapper = new ObjectMapper();
    entity = Fixtures.listOfSize(jsonBytes);
    writer = mapper.writerFor(mapper.constructType(LIST_OF_ITEMS));
    tagger = new RepresentationTagger(16 * 1024 * 1024);
    providers = new JacksonOnlyProviders(new JacksonJsonProvider(mapper));
    representation = new RepresentationTagger.Representation(
        entity, LIST_OF_ITEMS, new Annotation[0], MediaType.APPLICATION_JSON_TYPE, new MultivaluedHashMap<>());
  }

  /** The application's providers as the feature sees them: here, one Jackson writer. */
  private record JacksonOnlyProviders(JacksonJsonProvider jackson) implements Providers {
    @Override
    @SuppressWarnings("unchecked")
    public <T> MessageBodyWriter<T> getMessageBodyWriter(Class<T> type, Type genericType, Annotation[] annotations,
        MediaType mediaType) {
      return (MessageBodyWriter<T>) jackson;
    }

    @Override
    public <T> MessageBodyReader<T> getMessageBodyReader(Class<T> type, Type genericType, Annotation[] annotations,
        MediaType mediaType) {
      return null;
    }

    @Override
    public <T extends Throwable> ExceptionMapper<T> getExceptionMapper(Class<T> type) {
      return null;
    }

    @Override
    public <T> ContextResolver<T> getContextResolver(Class<T> contextType, MediaType mediaType) {
      return null;
    }
  }

  /** Without the feature: the entity streamed to the connection by the JSON provider. */
  @Benchmark
  public void plainSerialization() throws IOException {
    writer.writeValue(OutputStream.nullOutputStream(), entity);
  }

  /** With the feature: the bytes to send and their strong entity tag. */
  @Benchmark
  public TaggedEntity jsonHashTag() throws IOException {
    return tagger.byHash(representation, providers, RepresentationTagger.BODY_ALWAYS_SENT);
  }
}
