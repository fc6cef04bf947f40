package dev.etagfilter;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Says, for a resource method or every method of a class, whether a write must send {@code If-Match}
 * (or {@code If-None-Match: *}) and what happens when it does not. The method's annotation wins over
 * its class's, and the class's over the feature's options; safe methods (GET, HEAD) never require
 * one.
 *
 * <pre>{@code
 * @POST @Path("{id}/comments")
 * @RequirePrecondition(value = false, reason = "appending a comment cannot lose anyone's update")
 * public Comment comment(...) { ... }
 *
 * @RequirePrecondition(enforcement = Enforcement.REPORT_ONLY)   // this class's clients are still migrating
 * @Path("legacy") public class LegacyResource { ... }
 * }</pre>
 *
 * <p>Every write path shows up in the feature's start-up audit ({@link ETagFeature#writePaths()});
 * with {@link ETagFeature.Builder#strictAudit()}, a PUT, PATCH or DELETE that opts out without a
 * {@link #reason()} fails the deployment.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface RequirePrecondition {
  /** Whether a precondition is required; {@code false} opts the write out (say why in {@link #reason()}). */
  boolean value() default true;

  /** What a write without a precondition gets here: 428, or through and reported. */
  Enforcement enforcement() default Enforcement.ENFORCE;

  /** Why this write path needs no precondition; shown in the audit. */
  String reason() default "";
}
