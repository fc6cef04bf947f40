package dev.etagfilter.conformance.support;

import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Looks up a {@link Setting}: a JUnit configuration parameter first (explicit parameters, then JVM
 * system properties, then {@code junit-platform.properties}), then the environment.
 */
public final class Settings {

  private final Function<String, Optional<String>> parameters;
  private final Function<String, String> environment;

  private Settings(Function<String, Optional<String>> parameters, Function<String, String> environment) {
    this.parameters = parameters;
    this.environment = environment;
  }

  /** The settings of a running test plan. */
  public static Settings from(ExtensionContext context) {
    return new Settings(context::getConfigurationParameter, System::getenv);
  }

  /** Fixed settings, with no environment: for tests of the suite itself. */
  public static Settings of(Map<String, String> values) {
    return of(values, Map.of());
  }

  /** Fixed parameters and environment: for tests of the suite itself. */
  public static Settings of(Map<String, String> parameters, Map<String, String> environment) {
    return new Settings(key -> Optional.ofNullable(parameters.get(key)), environment::get);
  }

  /** The configured value, or empty when neither a parameter nor the environment sets it. */
  public Optional<String> configured(Setting setting) {
    Optional<String> value = parameters.apply(setting.key()).filter(v -> !v.isBlank());
    if (value.isPresent()) {
      return value;
    }
    return Optional.ofNullable(environment.apply(setting.environmentVariable())).filter(v -> !v.isBlank());
  }

  /** The configured value, else the setting's default. */
  public String get(Setting setting) {
    return configured(setting).orElse(setting.defaultValue());
  }

  /** The configured value as a boolean ({@code true} or {@code false}). */
  public boolean flag(Setting setting) {
    String value = get(setting).trim();
    if (!value.equalsIgnoreCase("true") && !value.equalsIgnoreCase("false")) {
      throw new IllegalArgumentException(setting.key() + " must be true or false: " + value);
    }
    return Boolean.parseBoolean(value);
  }

  /** The configured value as a positive number. */
  public int positive(Setting setting) {
    String value = get(setting).trim();
    try {
      int number = Integer.parseInt(value);
      if (number > 0) {
        return number;
      }
    } catch (NumberFormatException e) {
      // Reported below with the key.
    }
    throw new IllegalArgumentException(setting.key() + " must be a positive number: " + value);
  }
}
