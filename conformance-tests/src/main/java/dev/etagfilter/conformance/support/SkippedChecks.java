package dev.etagfilter.conformance.support;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Skips the checks {@link Setting#SKIP_CHECKS} names, each reported as skipped with its reason, so a
 * target whose container answers some requests before the application does still gets a clean,
 * honest report: {@code IfNoneMatchTest#notModifiedHasNoBody=Jetty adds Content-Length: 0 to 304}. A
 * parameterized check can lose single cases only: {@code
 * MalformedHeaderTest#malformedHeaderOnAWriteGets400Problem[control character]=...} skips the cases
 * whose name contains "control character".
 */
public final class SkippedChecks implements ExecutionCondition {

  @Override
  public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
    Map<String, String> skipped = parse(Settings.from(context).get(Setting.SKIP_CHECKS));
    String className = context.getRequiredTestClass().getSimpleName();
    String reason = context.getTestMethod()
        .map(method -> reasonFor(skipped, className + "#" + method.getName(), context.getDisplayName()))
        .orElse(null);
    if (reason == null) {
      reason = skipped.get(className);
    }
    return reason == null
        ? ConditionEvaluationResult.enabled("not skipped")
        : ConditionEvaluationResult.disabled("skipped for this target: " + reason);
  }

  /**
   * The reason to skip {@code check} ({@code Class#method}), or the one of its cases named {@code
   * displayName}: an entry {@code Class#method[part]} skips the cases of a parameterized check whose
   * name contains {@code part}, and only those.
   */
  static String reasonFor(Map<String, String> skipped, String check, String displayName) {
    String reason = skipped.get(check);
    for (Map.Entry<String, String> entry : skipped.entrySet()) {
      String key = entry.getKey();
      if (reason == null && key.startsWith(check + "[") && key.endsWith("]")
          && displayName.contains(key.substring(check.length() + 1, key.length() - 1))) {
        reason = entry.getValue();
      }
    }
    return reason;
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
            + " entries are Class#method=reason (or Class#method[case]=reason), with a reason: " + entry.trim());
      }
      skipped.put(entry.substring(0, equals).trim(), entry.substring(equals + 1).trim());
    }
    return skipped;
  }
}
