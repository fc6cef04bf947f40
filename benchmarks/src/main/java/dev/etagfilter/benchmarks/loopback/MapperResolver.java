package dev.etagfilter.benchmarks.loopback;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.ext.ContextResolver;

/** The application's {@link ObjectMapper}, as both Jersey's JSON provider and the feature find it. */
public final class MapperResolver implements ContextResolver<ObjectMapper> {

  private final ObjectMapper mapper;

  /** Resolves every type to {@code mapper}. */
  public MapperResolver(ObjectMapper mapper) {
    this.mapper = mapper;
  }

  @Override
  public ObjectMapper getContext(Class<?> type) {
    return mapper;
  }
}
