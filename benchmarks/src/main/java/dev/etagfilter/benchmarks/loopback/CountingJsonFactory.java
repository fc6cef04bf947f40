package dev.etagfilter.benchmarks.loopback;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.io.IOContext;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.util.concurrent.atomic.LongAdder;

/**
 * A JSON factory that counts the generators it creates: one per serialization, whoever asks for it
 * (Jersey's JSON provider or the feature's tagger), so "one serialization per response" is counted,
 * not assumed.
 */
public final class CountingJsonFactory extends JsonFactory {

  private static final long serialVersionUID = 1L;

  private final transient LongAdder generators = new LongAdder();

  /** Serializations so far. */
  public long serializations() {
    return generators.sum();
  }

  @Override
  protected JsonGenerator _createUTF8Generator(OutputStream out, IOContext context) throws IOException {
    generators.increment();
    return super._createUTF8Generator(out, context);
  }

  @Override
  protected JsonGenerator _createGenerator(Writer out, IOContext context) throws IOException {
    generators.increment();
    return super._createGenerator(out, context);
  }
}
