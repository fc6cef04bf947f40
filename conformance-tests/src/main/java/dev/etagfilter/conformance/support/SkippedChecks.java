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
 * A check that runs once per value is narrowed to the values whose name contains the text in
 * brackets: {@code MalformedHeaderTest#malformedHeaderOnAWriteGets400Problem[control character]=...}.
 */
public final class SkippedChecks implements ExecutionCondition {

  @Override
  public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
    Map<String, String> skipped = parse(Settings.from(context).get(Setting.SKIP_CHECKS));
    String reason = reasonFor(skipped, context.getRequiredTestClass().getSimpleName(),
        context.getTestMethod().map(method -> method.getName()).orElse(null), context.getDisplayName());
    return reason == null
        ? ConditionEvaluationResult.enabled("not skipped")
        : ConditionEvaluationResult.disabled("skipped for this target: " + reason);
  }

  /**
   * Why {@code skipped} skips a check, or null when it does not: the entry for its class, for its
   * method, or for its method with a bracketed text that its display name (the value it runs with)
   * contains.
   *
   * @param methodName null for the class itself
   */
  static String reasonFor(Map<String, String> skipped, String className, String methodName, String displayName) {
    if (skipped.containsKey(className)) {
      return skipped.get(className);
    }
    if (methodName == null) {
      return null;
    }
    String check = className + "#" + methodName;
    if (skipped.containsKey(check)) {
      return skipped.get(check);
    }
    for (Map.Entry<String, String> entry : skipped.entrySet()) {
      String key = entry.getKey();
      if (key.startsWith(check + "[") && key.endsWith("]")
          && displayName.contains(key.substring(check.length() + 1, key.length() - 1))) {
        return entry.getValue();
      }
    }
    return null;
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
