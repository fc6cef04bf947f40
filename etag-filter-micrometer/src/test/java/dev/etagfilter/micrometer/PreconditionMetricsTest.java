package dev.etagfilter.micrometer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.etagfilter.PreconditionEvent;
import dev.etagfilter.PreconditionEvent.Type;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.util.EnumMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The counter's tags, without a server. */
class PreconditionMetricsTest {

  /** Each event type has its own outcome value, the one the module's table documents. */
  @Test
  void everyEventTypeHasItsDocumentedOutcome() {
    Map<Type, String> expected = new EnumMap<>(Map.of(
        Type.PASSED, "passed",
        Type.NOT_MODIFIED, "not_modified",
        Type.PRECONDITION_FAILED, "failed",
        Type.PRECONDITION_REQUIRED, "missing",
        Type.MALFORMED, "malformed",
        Type.FORCED_OVERRIDE, "forced",
        Type.UNCHECKED_WRITE, "unchecked"));
    Map<Type, String> actual = new EnumMap<>(Type.class);
    for (Type type : Type.values()) {
      actual.put(type, PreconditionMetrics.outcome(type));
    }
    assertEquals(expected, actual);
  }

  /** The application's root template is tagged {@code root}, as Micrometer's JerseyTags tag it. */
  @Test
  void theRootTemplateIsTaggedRoot() {
    SimpleMeterRegistry registry = new SimpleMeterRegistry();
    new PreconditionMetrics(registry).onEvent(event(Type.PRECONDITION_REQUIRED, "PUT", "/"));
    assertEquals(1.0, registry.get(PreconditionMetrics.METRIC_NAME).tag("uri", "root").counter().count());
  }

  /** Tags given to the binding are on every counter, next to outcome, method and uri. */
  @Test
  void givenTagsAreAddedToEveryCounter() {
    SimpleMeterRegistry registry = new SimpleMeterRegistry();
    PreconditionMetrics metrics = new PreconditionMetrics(registry, Tags.of("api", "items"));
    metrics.onEvent(event(Type.PRECONDITION_FAILED, "PUT", "/items/{id}"));
    metrics.onEvent(event(Type.PRECONDITION_FAILED, "PUT", "/items/{id}"));
    assertEquals(2.0, registry.get(PreconditionMetrics.METRIC_NAME)
        .tags("api", "items", "outcome", "failed", "method", "PUT", "uri", "/items/{id}").counter().count());
  }

  private static PreconditionEvent event(Type type, String method, String template) {
    return new PreconditionEvent(type, method, template, null, null, null);
  }
}
