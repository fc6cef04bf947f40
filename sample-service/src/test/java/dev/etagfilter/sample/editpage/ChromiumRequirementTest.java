package dev.etagfilter.sample.editpage;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opentest4j.AssertionFailedError;
import org.opentest4j.TestAbortedException;

/** Without Chromium the browser tests skip with a clear message, except in CI, where they fail. */
class ChromiumRequirementTest {

  @TempDir
  Path dir;

  /** A developer without Chromium gets a skipped test that says what to install. */
  @Test
  void missingBrowserSkipsWithTheInstallCommand() {
    TestAbortedException skipped = assertThrows(TestAbortedException.class,
        () -> Chromium.requireInstalled(List.of(dir.resolve("chromium")), Map.of()));

    assertTrue(skipped.getMessage().contains(Chromium.INSTALL), skipped.getMessage());
  }

  /** With CI=true a missing browser is a failure, so CI can never pass by skipping. */
  @Test
  void missingBrowserFailsWhenCiIsTrue() {
    AssertionFailedError failed = assertThrows(AssertionFailedError.class,
        () -> Chromium.requireInstalled(List.of(dir.resolve("chromium")), Map.of("CI", "true")));

    assertTrue(failed.getMessage().contains(Chromium.INSTALL), failed.getMessage());
  }

  /** An installed browser is neither skipped nor failed, in CI or not. */
  @Test
  void installedBrowserIsRequiredSilently() {
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");

    assertDoesNotThrow(() -> Chromium.requireInstalled(List.of(java), Map.of("CI", "true")));
    assertDoesNotThrow(() -> Chromium.requireInstalled(List.of(java), Map.of()));
  }
}
