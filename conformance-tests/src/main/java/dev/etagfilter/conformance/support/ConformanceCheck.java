package dev.etagfilter.conformance.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Marks a class of conformance checks: its constructor receives the {@link Service} under test,
 * its tests carry the tag {@code conformance} for selection by tag, and a check named in {@link
 * Setting#SKIP_CHECKS} is reported as skipped with its reason.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith({SkippedChecks.class, ServiceExtension.class})
@Tag("conformance")
public @interface ConformanceCheck {}
