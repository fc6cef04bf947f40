package dev.etagfilter.openapi;

import io.swagger.v3.jaxrs2.ext.AbstractOpenAPIExtension;
import io.swagger.v3.jaxrs2.ext.OpenAPIExtension;
import io.swagger.v3.oas.models.Operation;
import java.lang.reflect.Method;
import java.util.Iterator;

/**
 * swagger-core's hook into each operation it reads, with the resource method it read it from:
 * registered through {@code META-INF/services}, so swagger-core finds it by itself. It only notes
 * which method an operation came from, and only while an {@link ETagOpenApiReader} reads; any other
 * reader gets the operation untouched. Not for direct use.
 */
public final class ETagOperationExtension extends AbstractOpenAPIExtension {

  /** For {@link java.util.ServiceLoader}. */
  public ETagOperationExtension() {}

  /** Notes {@code method}'s policy for {@code operation}, then hands on to the next extension. */
  @Override
  public void decorateOperation(Operation operation, Method method, Iterator<OpenAPIExtension> chain) {
    ReadScope scope = ReadScope.current();
    if (scope != null) {
      scope.record(operation, method);
    }
    super.decorateOperation(operation, method, chain);
  }
}
