package dev.etagfilter;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks the field or no-argument accessor that holds an entity's version, from which its entity tag
 * is made by {@link VersionTags#of(Object)}. The version must change on every write that changes
 * the entity and must never repeat for the same URI, even after delete and re-create.
 *
 * <pre>{@code
 * public record Item(String id, String name, @ETagVersion long version) {}
 * }</pre>
 *
 * <p>On a record, annotate the component. A null version means "no entity tag".
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.RECORD_COMPONENT})
public @interface ETagVersion {}
