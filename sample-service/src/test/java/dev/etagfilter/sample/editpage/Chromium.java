package dev.etagfilter.sample.editpage;

import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogType;

/**
 * Debian's {@code chromium} and {@code chromium-driver}, driven headless. The driver's path is
 * given, so Selenium Manager never downloads anything (the build machines have no general
 * internet access).
 */
final class Chromium {

  static final Path BROWSER = Path.of("/usr/bin/chromium");
  static final Path DRIVER = Path.of("/usr/bin/chromedriver");
  static final String INSTALL = "sudo apt-get install chromium chromium-driver";

  private Chromium() {}

  /**
   * Returns when the browser and its driver are installed. Otherwise the calling tests are skipped
   * with a message that says how to install them, or fail when the environment has {@code CI=true}:
   * a CI run must never pass by skipping its browser tests.
   */
  static void requireInstalled(List<Path> executables, Map<String, String> environment) {
    List<Path> missing = executables.stream().filter(path -> !Files.isExecutable(path)).toList();
    if (missing.isEmpty()) {
      return;
    }
    String message = "the edit-page browser tests need " + missing + "; install them with: " + INSTALL;
    if ("true".equals(environment.get("CI"))) {
      fail("CI=true, and " + message);
    }
    Assumptions.abort("Skipped: " + message);
  }

  /** {@link #requireInstalled(List, Map)} for this machine. */
  static void requireInstalled() {
    requireInstalled(List.of(BROWSER, DRIVER), System.getenv());
  }

  /** A new headless browser with a fresh profile in {@code profile}, 1280 x 1150, so a screenshot shows the whole form. */
  /**
   * Adds {@code headers} to every request of the current tab from now on (DevTools protocol {@code
   * Network.setExtraHTTPHeaders}; an empty map removes them). Sent through chromedriver, so it needs
   * no DevTools bindings of Selenium's for this Chromium version.
   */
  static void setExtraHeaders(ChromeDriver browser, Map<String, String> headers) {
    browser.executeCdpCommand("Network.enable", Map.of());
    browser.executeCdpCommand("Network.setExtraHTTPHeaders", Map.of("headers", headers));
  }

  static ChromeDriver start(Path profile) {
    ChromeOptions options = new ChromeOptions()
        .setBinary(BROWSER.toFile())
        .addArguments(
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-background-networking",
            "--no-first-run",
            "--disable-component-update",
            "--disable-sync",
            "--disable-quic",
            "--user-data-dir=" + profile.toAbsolutePath(),
            "--window-size=1280,1150");
    // Keeps the page's console, so a test can fail on a script error the page would hide.
    options.setCapability("goog:loggingPrefs", Map.of(LogType.BROWSER, "ALL"));
    ChromeDriverService service = new ChromeDriverService.Builder()
        .usingDriverExecutable(DRIVER.toFile())
        .usingAnyFreePort()
        .build();
    return new ChromeDriver(service, options);
  }
}
