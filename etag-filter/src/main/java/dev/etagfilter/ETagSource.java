package dev.etagfilter;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Chooses how entity tags are computed for a resource method, every method of a resource class, or
 * every response whose entity is of an annotated type. The method wins over its class, the class
 * over the entity type, and the entity type over the feature's default.
 *
 * <pre>{@code
 * @GET @ETagSource(ETagKind.JSON_HASH)
 * public List<Item> list() { ... }
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface ETagSource {
  /** The kind of entity tag. */
  ETagKind value();
}
