package dev.etagfilter;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Turns the 428 rule on or off for a resource method or class: with {@code true}, a request without
 * {@code If-Match} or {@code If-None-Match} gets {@code 428 Precondition Required} (RFC 6585 section
 * 3). The method wins over its class; without either, the feature's method set decides (by default
 * PUT, PATCH and DELETE).
 *
 * <pre>{@code
 * @POST @Path("{id}/comments") @RequirePrecondition(false)   // appending cannot lose an update
 * public Comment comment(...) { ... }
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface RequirePrecondition {
  /** Whether a precondition is required. */
  boolean value() default true;
}
