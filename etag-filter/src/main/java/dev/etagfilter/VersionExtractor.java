package dev.etagfilter;

import java.lang.invoke.CallSite;
import java.lang.invoke.LambdaMetafactory;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Reads an entity's version: the member marked {@link ETagVersion}, or else a JPA {@code @Version}
 * member ({@code jakarta.persistence.Version} or {@code javax.persistence.Version}, recognised by name,
 * so the library needs no JPA), as Spring Data REST users expect. The member is found once per class
 * and cached as a function: for a method, a class of its own made by {@link LambdaMetafactory}, which
 * the JIT compiler inlines like a plain getter call (a method handle kept in a field is not a
 * constant to it, and costs an invoker call and a boxing step on every read); for a field, or where
 * the entity's package is not open to this library, a method handle.
 */
final class VersionExtractor {

  /** Reads the version of one class's instances; {@link #NONE} when the class declares none. */
  private static final Function<Object, Object> NONE = entity -> null;

  private static final ClassValue<Function<Object, Object>> ACCESSORS =
      new ClassValue<>() {
        @Override
        protected Function<Object, Object> computeValue(Class<?> type) {
          return findAccessor(type);
        }
      };

  private VersionExtractor() {}

  /** Whether instances of {@code type} declare a version. */
  static boolean declaresVersion(Class<?> type) {
    return ACCESSORS.get(type) != NONE;
  }

  /** The version of {@code entity}, or null when it has none. */
  static Object versionOf(Object entity) {
    return ACCESSORS.get(entity.getClass()).apply(entity);
  }

  /** The explicit {@link ETagVersion} first; a JPA {@code @Version} only where there is none. */
  private static Function<Object, Object> findAccessor(Class<?> type) {
    try {
      Function<Object, Object> marked = findAccessor(type, VersionExtractor::isETagVersion);
      return marked != NONE ? marked : findAccessor(type, VersionExtractor::isJpaVersion);
    } catch (IllegalAccessException | RuntimeException e) {
      throw new IllegalStateException("the version of " + type.getName() + " cannot be read: " + e, e);
    }
  }

  private static Function<Object, Object> findAccessor(Class<?> type, Predicate<AnnotatedElement> isVersion)
      throws IllegalAccessException {
    MethodHandles.Lookup lookup = MethodHandles.lookup();
    if (type.isRecord()) {
      for (RecordComponent component : type.getRecordComponents()) {
        if (isVersion.test(component)) {
          return handleAccessor(component.getAccessor(), lookup);
        }
      }
    }
    for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
      for (Method method : c.getDeclaredMethods()) {
        if (isVersion.test(method) && method.getParameterCount() == 0) {
          return handleAccessor(method, lookup);
        }
      }
      for (Field field : c.getDeclaredFields()) {
        if (isVersion.test(field)) {
          field.setAccessible(true);
          return invoking(lookup.unreflectGetter(field), type);
        }
      }
    }
    return NONE;
  }

  private static boolean isETagVersion(AnnotatedElement element) {
    return element.isAnnotationPresent(ETagVersion.class);
  }

  /** JPA's optimistic-lock version (Jakarta Persistence 3.1 section 11.1.55), known by its name. */
  private static boolean isJpaVersion(AnnotatedElement element) {
    for (Annotation annotation : element.getAnnotations()) {
      String name = annotation.annotationType().getName();
      if (name.equals("jakarta.persistence.Version") || name.equals("javax.persistence.Version")) {
        return true;
      }
    }
    return false;
  }

  private static Function<Object, Object> handleAccessor(Method method, MethodHandles.Lookup lookup)
      throws IllegalAccessException {
    method.setAccessible(true);
    Function<Object, Object> compiled = compiled(method);
    return compiled != null ? compiled : invoking(lookup.unreflect(method), method.getDeclaringClass());
  }

  /**
   * The getter {@code method} as a {@link Function} class of its own; null where the lookup needs an
   * access this library does not have (a named module that does not open the entity's package).
   */
  @SuppressWarnings("unchecked")
  private static Function<Object, Object> compiled(Method method) {
    try {
      Class<?> owner = method.getDeclaringClass();
      MethodHandles.Lookup lookup = MethodHandles.privateLookupIn(owner, MethodHandles.lookup());
      MethodHandle getter = lookup.unreflect(method);
      CallSite site = LambdaMetafactory.metafactory(lookup, "apply", MethodType.methodType(Function.class),
          MethodType.methodType(Object.class, Object.class), getter, getter.type().wrap());
      return (Function<Object, Object>) site.getTarget().invokeExact();
    } catch (Throwable e) {
      return null;
    }
  }

  /** A function that invokes {@code getter} (a method handle taking an instance of {@code type}). */
  private static Function<Object, Object> invoking(MethodHandle getter, Class<?> type) {
    MethodHandle handle = getter.asType(MethodType.methodType(Object.class, Object.class));
    return entity -> {
      try {
        return handle.invokeExact(entity);
      } catch (RuntimeException | Error e) {
        throw e;
      } catch (Throwable e) {
        throw new IllegalStateException("could not read the version of " + type.getName(), e);
      }
    };
  }
}
