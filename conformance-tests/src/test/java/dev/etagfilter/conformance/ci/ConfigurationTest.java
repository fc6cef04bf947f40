package dev.etagfilter.conformance.ci;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.etagfilter.conformance.support.Setting;
import dev.etagfilter.conformance.support.Settings;
import dev.etagfilter.conformance.support.TargetConfig;
import dev.etagfilter.conformance.support.Targets;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** How the suite reads its target: keys, environment variables, defaults and the errors for bad values. */
class ConfigurationTest {

  /** The environment variable is the key upper-cased, with dots and dashes as underscores. */
  @Test
  void environmentVariableNameFollowsTheKey() {
    assertEquals("ETAGFILTER_CONFORMANCE_COLLECTION_PATH", Setting.COLLECTION_PATH.environmentVariable());
  }

  /** A configuration parameter (or system property) wins over the environment, which wins over the default. */
  @Test
  void parameterWinsOverEnvironmentWhichWinsOverDefault() {
    String key = Setting.COLLECTION_PATH.key();
    String variable = Setting.COLLECTION_PATH.environmentVariable();
    assertEquals("/a", Settings.of(Map.of(key, "/a"), Map.of(variable, "/b")).get(Setting.COLLECTION_PATH));
    assertEquals("/b", Settings.of(Map.of(), Map.of(variable, "/b")).get(Setting.COLLECTION_PATH));
    assertEquals("/items", Settings.of(Map.of()).get(Setting.COLLECTION_PATH));
  }

  /** An update body equal to the create body could never make a tag stale: refused up front. */
  @Test
  void updateBodyMustChangeTheResource() {
    Map<String, String> same = Map.of(Setting.UPDATE_BODY.key(), Setting.CREATE_BODY.defaultValue());
    assertThrows(IllegalArgumentException.class, () -> TargetConfig.from(Settings.of(same)));
  }

  /** The counter field must be a number in the create body. */
  @Test
  void counterFieldMustBeNumeric() {
    Map<String, String> text = Map.of(Setting.COUNTER_FIELD.key(), "name");
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> TargetConfig.from(Settings.of(text)));
    assertTrue(e.getMessage().contains(Setting.COUNTER_FIELD.key()), e::getMessage);
  }

  /** Without a base URL or a launcher, the error names the key and the variable to set. */
  @Test
  void missingTargetSaysWhatToConfigure() {
    Map<String, String> unknown = Map.of(Setting.LAUNCH.key(), "nothing-by-this-name");
    IllegalStateException e = assertThrows(IllegalStateException.class, () -> Targets.open(Settings.of(unknown)));
    assertTrue(e.getMessage().contains(Setting.BASE_URL.key()) && e.getMessage().contains("ETAGFILTER_CONFORMANCE_BASE_URL"),
        e::getMessage);
  }

  /** Several base URLs are a comma-separated list of absolute URLs. */
  @Test
  void baseUrlsAreACommaSeparatedList() throws Exception {
    Map<String, String> two = Map.of(Setting.BASE_URL.key(), "http://127.0.0.1:1/, http://127.0.0.1:2/");
    assertEquals(2, Targets.open(Settings.of(two)).nodes().size());
    Map<String, String> relative = Map.of(Setting.BASE_URL.key(), "localhost:8080");
    assertThrows(IllegalArgumentException.class, () -> Targets.open(Settings.of(relative)));
  }
}
