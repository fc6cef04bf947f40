package dev.etagfilter.internal;

import dev.etagfilter.CurrentStateLoader;
import dev.etagfilter.ETagKind;
import dev.etagfilter.ETagSource;
import dev.etagfilter.RequirePrecondition;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.container.ResourceInfo;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The {@link MethodPolicy} of each resource method, resolved from its annotations on first use and
 * cached, so no annotation is read twice. (A {@code DynamicFeature} would bind per method too, but
 * Jersey does not inject {@code @Context} into the filter instances it registers.)
 */
final class MethodPolicies {

  private final FeatureOptions options;
  private final Map<Method, MethodPolicy> policies = new ConcurrentHashMap<>();

  MethodPolicies(FeatureOptions options) {
    this.options = options;
  }

  /** The policy of the matched resource method, or null when no resource method matched. */
  MethodPolicy of(ResourceInfo resourceInfo) {
    Method method = resourceInfo.getResourceMethod();
    if (method == null) {
      return null;
    }
    MethodPolicy policy = policies.get(method);
    if (policy == null) {
      policy = policies.computeIfAbsent(method, m -> resolve(resourceInfo.getResourceClass(), m));
    }
    return policy;
  }

  private MethodPolicy resolve(Class<?> resourceClass, Method method) {
    Class<?> type = resourceClass != null ? resourceClass : method.getDeclaringClass();
    String httpMethod = httpMethodOf(method);
    return new MethodPolicy(
        pathTemplate(type, method),
        requiresPrecondition(type, method, httpMethod),
        kind(type, method),
        loader(type, httpMethod));
  }

  private boolean requiresPrecondition(Class<?> resourceClass, Method method, String httpMethod) {
    // The method's own annotation takes precedence over its class's.
    RequirePrecondition onMethod = method.getAnnotation(RequirePrecondition.class);
    if (onMethod != null) {
      return onMethod.value();
    }
    // The class's annotation takes precedence over the feature's method set.
    RequirePrecondition onClass = resourceClass.getAnnotation(RequirePrecondition.class);
    if (onClass != null) {
      return onClass.value() && !isSafe(httpMethod);
    }
    return httpMethod != null && options.requiringMethods().contains(httpMethod);
  }

  private ETagKind kind(Class<?> resourceClass, Method method) {
    ETagSource onMethod = method.getAnnotation(ETagSource.class);
    if (onMethod != null) {
      return onMethod.value();
    }
    ETagSource onClass = resourceClass.getAnnotation(ETagSource.class);
    // AUTO here leaves room for an @ETagSource on the entity type, read by the tagger.
    return onClass != null ? onClass.value() : options.defaultKind();
  }

  private CurrentStateLoader loader(Class<?> resourceClass, String httpMethod) {
    return isSafe(httpMethod) ? null : options.loaders().get(resourceClass);
  }

  /** Safe methods (RFC 9110 9.2.1) never change state, so they need no write precondition. */
  private static boolean isSafe(String httpMethod) {
    return httpMethod == null
        || httpMethod.equals("GET")
        || httpMethod.equals("HEAD")
        || httpMethod.equals("OPTIONS")
        || httpMethod.equals("TRACE");
  }

  private static String httpMethodOf(Method method) {
    for (Annotation annotation : method.getAnnotations()) {
      HttpMethod httpMethod = annotation.annotationType().getAnnotation(HttpMethod.class);
      if (httpMethod != null) {
        return httpMethod.value();
      }
    }
    return null;
  }

  static String pathTemplate(Class<?> resourceClass, Method method) {
    StringBuilder template = new StringBuilder();
    appendSegment(template, resourceClass.getAnnotation(Path.class));
    appendSegment(template, method.getAnnotation(Path.class));
    return template.length() == 0 ? "/" : template.toString();
  }

  private static void appendSegment(StringBuilder template, Path path) {
    if (path == null) {
      return;
    }
    String value = path.value();
    while (value.startsWith("/")) {
      value = value.substring(1);
    }
    while (value.endsWith("/")) {
      value = value.substring(0, value.length() - 1);
    }
    if (!value.isEmpty()) {
      template.append('/').append(value);
    }
  }
}
