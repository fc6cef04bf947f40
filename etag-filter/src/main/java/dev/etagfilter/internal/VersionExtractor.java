package dev.etagfilter.internal;

import dev.etagfilter.ETagVersion;
import dev.etagfilter.ETagVersioned;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;

/**
 * Reads an entity's version: {@link ETagVersioned#etagVersion()}, or the member marked {@link
 * ETagVersion}. The member is found once per class and cached as a method handle.
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

  private static Accessor findAccessor(Class<?> type) {
    if (ETagVersioned.class.isAssignableFrom(type)) {
      return entity -> ((ETagVersioned) entity).etagVersion();
    }
    MethodHandles.Lookup lookup = MethodHandles.lookup();
    try {
      if (type.isRecord()) {
        for (RecordComponent component : type.getRecordComponents()) {
          if (component.isAnnotationPresent(ETagVersion.class)) {
            return handleAccessor(component.getAccessor(), lookup);
          }
        }
      }
      for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
        for (Method method : c.getDeclaredMethods()) {
          if (method.isAnnotationPresent(ETagVersion.class) && method.getParameterCount() == 0) {
            return handleAccessor(method, lookup);
          }
        }
        for (Field field : c.getDeclaredFields()) {
          if (field.isAnnotationPresent(ETagVersion.class)) {
            field.setAccessible(true);
            MethodHandle getter = lookup.unreflectGetter(field).asType(MethodType.methodType(Object.class, Object.class));
            return getter::invokeExact;
          }
        }
      }
    } catch (IllegalAccessException | RuntimeException e) {
      throw new IllegalStateException("@ETagVersion on " + type.getName() + " cannot be read: " + e, e);
    }
    return NONE;
  }

  private static Accessor handleAccessor(Method method, MethodHandles.Lookup lookup) throws IllegalAccessException {
    method.setAccessible(true);
    MethodHandle handle = lookup.unreflect(method).asType(MethodType.methodType(Object.class, Object.class));
    return handle::invokeExact;
  }
}
