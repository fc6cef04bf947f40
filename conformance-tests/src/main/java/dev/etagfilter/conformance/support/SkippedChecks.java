package dev.etagfilter.conformance.support;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Skips the checks {@link Setting#SKIP_CHECKS} names, each reported as skipped with its reason, so a
 * target whose container answers some requests before the application does still gets a clean,
 * honest report: {@code IfNoneMatchTest#notModifiedHasNoBody=Jetty adds Content-Length: 0 to 304}.
 */
public final class SkippedChecks implements ExecutionCondition {

  @Override
  public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
    Map<String, String> skipped = parse(Settings.from(context).get(Setting.SKIP_CHECKS));
    String className = context.getRequiredTestClass().getSimpleName();
    String reason = context.getTestMethod()
        .map(method -> skipped.get(className + "#" + method.getName()))
        .orElse(null);
    if (reason == null) {
      reason = skipped.get(className);
    }
    return reason == null
        ? ConditionEvaluationResult.enabled("not skipped")
        : ConditionEvaluationResult.disabled("skipped for this target: " + reason);
  }

  /**
   * {@code Check=reason;Check=reason} as a map from check to reason.
   *
   * @throws IllegalArgumentException for an entry without a reason: a skip must say why
   */
  static Map<String, String> parse(String value) {
    Map<String, String> skipped = new LinkedHashMap<>();
    for (String entry : value.split(";")) {
      if (entry.isBlank()) {
        continue;
      }
      int equals = entry.indexOf('=');
      if (equals <= 0 || entry.substring(equals + 1).isBlank()) {
        throw new IllegalArgumentException(Setting.SKIP_CHECKS.key()
            + " entries are Class#method=reason, with a reason: " + entry.trim());
      }
      skipped.put(entry.substring(0, equals).trim(), entry.substring(equals + 1).trim());
    }
    return skipped;
  }
}
