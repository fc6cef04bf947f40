package dev.etagfilter.sample.http;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.json.JsonMapper;
import jakarta.ws.rs.ext.ContextResolver;

/**
 * The one {@link ObjectMapper} of the service, used by Jersey to write responses and by the
 * library to hash the item list, so the bytes hashed are the bytes sent. Prices are written as
 * plain decimals ({@code 12.50}, never {@code 1.25E+1}).
 */
public final class JsonMapperResolver implements ContextResolver<ObjectMapper> {

  private final ObjectMapper mapper =
      JsonMapper.builder()
          .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
          .build();

  @Override
  public ObjectMapper getContext(Class<?> type) {
    return mapper;
  }

  /** The mapper itself. */
  public ObjectMapper mapper() {
    return mapper;
  }

  /**
   * A strict reader for request bodies: exact decimals, no duplicate members, nothing after the
   * JSON value.
   */
  public ObjectReader strictTreeReader() {
    return mapper
        .reader()
        .with(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS, DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
        .with(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
        .without(JsonParser.Feature.ALLOW_COMMENTS);
  }
}
