package dev.etagfilter.openapi;

import dev.etagfilter.ETagFeature;
import dev.etagfilter.EndpointPolicy;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import java.lang.reflect.Method;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * One read of an {@link ETagOpenApiReader} on this thread: the feature whose policy applies, the
 * resource class being read, and each operation's policy as swagger-core builds it. swagger-core
 * calls its extensions from a JVM-wide list, so the extension finds the read it belongs to here, and
 * stays out of every other read (a stock swagger reader, another application).
 */
final class ReadScope {

  private static final ThreadLocal<ReadScope> CURRENT = new ThreadLocal<>();

  private final ETagFeature feature;
  private final Map<Operation, EndpointPolicy> policies = new IdentityHashMap<>();
  private Class<?> resourceClass;

  private ReadScope(ETagFeature feature) {
    this.feature = feature;
  }

  /** The read under way on this thread, or null. */
  static ReadScope current() {
    return CURRENT.get();
  }

  /**
   * Runs {@code read} in a scope for {@code feature}, then writes the policies it recorded onto the
   * document it read; an inner read of the same reader joins the scope already open.
   */
  static OpenAPI describing(ETagFeature feature, Supplier<OpenAPI> read) {
    if (CURRENT.get() != null) {
      return read.get();
    }
    ReadScope scope = new ReadScope(feature);
    CURRENT.set(scope);
    try {
      return PreconditionDocs.describe(read.get(), scope.policies);
    } finally {
      CURRENT.remove();
    }
  }

  /** Sets the resource class being read (a sub-resource's while it is read) and returns the previous one. */
  Class<?> enter(Class<?> type) {
    Class<?> previous = resourceClass;
    resourceClass = type;
    return previous;
  }

  /** Restores the class {@link #enter(Class)} returned. */
  void leave(Class<?> previous) {
    resourceClass = previous;
  }

  /** Keeps the policy of {@code method}, as the feature resolves it for the class being read. */
  void record(Operation operation, Method method) {
    policies.put(operation, feature.policyOf(resourceClass, method));
  }
}
