package dev.etagfilter;

import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.MediaType;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Resolves the {@link MethodPolicy} of a resource method from its annotations and the feature's
 * options, once per method, and keeps it. The method's own annotation wins over its class's, and the
 * class's over the feature's defaults.
 */
final class MethodPolicies {

  private final FeatureOptions options;
  private final Map<Key, MethodPolicy> resolved = new ConcurrentHashMap<>();

  /** A method as a resource class has it: an inherited method may differ between subclasses. */
  private record Key(Class<?> resourceClass, Method method) {}

  MethodPolicies(FeatureOptions options) {
    this.options = options;
  }

  /**
   * The policy of the request's matched method through the injected {@code resourceInfo} (where no
   * dynamic feature bound it), or null when no resource method matched.
   */
  MethodPolicy of(ResourceInfo resourceInfo) {
    Method method = resourceInfo.getResourceMethod();
    return method == null ? null : of(resourceInfo.getResourceClass(), method);
  }

  /** The policy of {@code method} as declared on (or inherited by) {@code resourceClass}. */
  MethodPolicy of(Class<?> resourceClass, Method method) {
    Class<?> type = resourceClass != null ? resourceClass : method.getDeclaringClass();
    Key key = new Key(type, method);
    MethodPolicy known = resolved.get(key);
    if (known != null) {
      return known;
    }
    String httpMethod = httpMethodOf(method);
    RequirePrecondition rule = ruleOf(type, method);
    EndpointPolicy.Protection protection = protection(httpMethod, rule);
    MethodPolicy policy = new MethodPolicy(
        httpMethod,
        pathTemplate(type, method),
        protection,
        rule != null && protection == EndpointPolicy.Protection.OPTED_OUT ? rule.reason() : "",
        kind(type, method),
        isSafe(httpMethod) ? null : options.loaders().get(type),
        produces(type, method));
    MethodPolicy raced = resolved.putIfAbsent(key, policy);
    return raced != null ? raced : policy;
  }

  /** A resource method proper: one with an HTTP method designator such as {@code @GET}. */
  static boolean isResourceMethod(Method method) {
    return httpMethodOf(method) != null;
  }

  /** The method's own {@link RequirePrecondition}, else its class's, else null. */
  private static RequirePrecondition ruleOf(Class<?> resourceClass, Method method) {
    RequirePrecondition onMethod = method.getAnnotation(RequirePrecondition.class);
    return onMethod != null ? onMethod : resourceClass.getAnnotation(RequirePrecondition.class);
  }

  private EndpointPolicy.Protection protection(String httpMethod, RequirePrecondition rule) {
    // RFC 9110 9.2.1: a safe method changes nothing, so there is no update to lose.
    if (isSafe(httpMethod)) {
      return EndpointPolicy.Protection.NOT_REQUIRED;
    }
    // An annotation on the method or its class takes precedence over the feature's options.
    if (rule != null) {
      if (!rule.value()) {
        return EndpointPolicy.Protection.OPTED_OUT;
      }
      return protectionOf(rule.enforcement());
    }
    return options.requiringMethods().contains(httpMethod)
        ? protectionOf(options.enforcement())
        : EndpointPolicy.Protection.NOT_REQUIRED;
  }

  private static EndpointPolicy.Protection protectionOf(Enforcement enforcement) {
    return enforcement == Enforcement.REPORT_ONLY
        ? EndpointPolicy.Protection.REPORT_ONLY
        : EndpointPolicy.Protection.REQUIRED;
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

  /** Safe methods (RFC 9110 9.2.1) never change state; a sub-resource locator has no HTTP method. */
  static boolean isSafe(String httpMethod) {
    return httpMethod == null
        || httpMethod.equals(HttpMethod.GET)
        || httpMethod.equals(HttpMethod.HEAD)
        || httpMethod.equals(HttpMethod.OPTIONS)
        || "TRACE".equals(httpMethod);
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

  /** The single concrete type of the method's (else its class's) {@code @Produces}, or null. */
  private static MediaType produces(Class<?> resourceClass, Method method) {
    Produces produces = method.getAnnotation(Produces.class);
    if (produces == null) {
      produces = resourceClass.getAnnotation(Produces.class);
    }
    if (produces == null || produces.value().length != 1 || produces.value()[0].contains(",")) {
      return null;
    }
    MediaType type = MediaType.valueOf(produces.value()[0].trim());
    return type.isWildcardType() || type.isWildcardSubtype() ? null : type;
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
