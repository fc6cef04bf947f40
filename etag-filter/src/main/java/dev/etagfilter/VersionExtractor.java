package dev.etagfilter;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.function.Predicate;

/**
 * Reads an entity's version: the member marked {@link ETagVersion}, or else a JPA {@code @Version}
 * member ({@code jakarta.persistence.Version} or {@code javax.persistence.Version}, recognised by name,
 * so the library needs no JPA), as Spring Data REST users expect. The member is found once per class
 * and cached as a method handle.
 */
final class VersionExtractor {

  /** Reads the version of one class's instances; {@link #NONE} when the class declares none. */
  private interface Accessor {
    Object read(Object entity) throws Throwable;
  }

  private static final Accessor NONE = entity -> null;

  private static final ClassValue<Accessor> ACCESSORS =
      new ClassValue<>() {
        @Override
        protected Accessor computeValue(Class<?> type) {
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
    try {
      return ACCESSORS.get(entity.getClass()).read(entity);
    } catch (RuntimeException | Error e) {
      throw e;
    } catch (Throwable e) {
      throw new IllegalStateException("could not read the version of " + entity.getClass().getName(), e);
    }
  }

  /** The explicit {@link ETagVersion} first; a JPA {@code @Version} only where there is none. */
  private static Accessor findAccessor(Class<?> type) {
    try {
      Accessor marked = findAccessor(type, VersionExtractor::isETagVersion);
      return marked != NONE ? marked : findAccessor(type, VersionExtractor::isJpaVersion);
    } catch (IllegalAccessException | RuntimeException e) {
      throw new IllegalStateException("the version of " + type.getName() + " cannot be read: " + e, e);
    }
  }

  private static Accessor findAccessor(Class<?> type, Predicate<AnnotatedElement> isVersion)
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
          MethodHandle getter = lookup.unreflectGetter(field).asType(MethodType.methodType(Object.class, Object.class));
          return getter::invokeExact;
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

  private static Accessor handleAccessor(Method method, MethodHandles.Lookup lookup) throws IllegalAccessException {
    method.setAccessible(true);
    MethodHandle handle = lookup.unreflect(method).asType(MethodType.methodType(Object.class, Object.class));
    return handle::invokeExact;
  }
}
