package dev.etagfilter.sample.editpage;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.etagfilter.sample.SampleConfig;
import dev.etagfilter.sample.jersey.SampleServer;
import dev.etagfilter.sample.TestClient;
import dev.etagfilter.sample.TestDelays;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WindowType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;

/**
 * One sample service (with {@link TestDelays}, H2 in a temp dir) and one headless Chromium for a test
 * class; each test opens the tabs it needs, and they are closed after it. Register with
 * {@code @RegisterExtension static final EditPageSession session = new EditPageSession();}.
 */
final class EditPageSession implements BeforeAllCallback, AfterAllCallback, AfterEachCallback {

  private Path tempDir;
  private SampleServer server;
  private ChromeDriver browser;
  private String firstTab;

  @Override
  public void beforeAll(ExtensionContext context) throws IOException {
    Chromium.requireInstalled();
    tempDir = Files.createTempDirectory("edit-page-test");
    server = TestDelays.start(config(0));
    browser = Chromium.start(tempDir.resolve("profile"));
    firstTab = browser.getWindowHandle();
  }

  /** Closes the test's tabs; fails the test if a page had a script error on the way. */
  @Override
  public void afterEach(ExtensionContext context) {
    if (browser == null) {
      return;
    }
    List<String> scriptErrors = new ArrayList<>();
    for (String tab : browser.getWindowHandles()) {
      scriptErrors.addAll(scriptErrors(browser.switchTo().window(tab)));
      if (!tab.equals(firstTab)) {
        browser.close();
      }
    }
    if (!browser.getWindowHandles().contains(firstTab)) {
      firstTab = browser.switchTo().newWindow(WindowType.TAB).getWindowHandle();
    }
    browser.switchTo().window(firstTab).get("about:blank");
    Chromium.setExtraHeaders(browser, Map.of());
    assertEquals(List.of(), scriptErrors, "script errors in the page");
  }

  /**
   * The console errors of the current tab, except the browser's own notes on answers that were not
   * 2xx or did not arrive: those are the conflicts, problems and outages the tests cause on purpose.
   */
  private static List<String> scriptErrors(WebDriver tab) {
    return tab.manage().logs().get(LogType.BROWSER).getAll().stream()
        .filter(entry -> entry.getLevel().intValue() >= Level.SEVERE.intValue())
        .map(LogEntry::getMessage)
        .filter(message -> !message.contains("Failed to load resource"))
        .toList();
  }

  @Override
  public void afterAll(ExtensionContext context) throws IOException {
    try {
      if (browser != null) {
        browser.quit();
      }
    } finally {
      if (server != null) {
        server.close();
      }
      if (tempDir != null) {
        deleteRecursively(tempDir);
      }
    }
  }

  /** An HTTP client for the service, to check what is really stored. */
  TestClient http() {
    return new TestClient(server.baseUri());
  }

  /** The running service. */
  SampleServer server() {
    return server;
  }

  /** The browser's first tab. */
  EditPage firstTab() {
    return new EditPage(browser, firstTab, server.baseUri());
  }

  /** A new tab of the same browser: it shares localStorage with the others, as real tabs do. */
  EditPage newTab() {
    String tab = browser.switchTo().newWindow(WindowType.TAB).getWindowHandle();
    return new EditPage(browser, tab, server.baseUri());
  }

  /**
   * Stops the service, runs {@code whileDown}, and starts it again on the same port and database,
   * as a dropped connection that comes back looks to the page.
   */
  void whileServerIsDown(Runnable whileDown) {
    int port = server.baseUri().getPort();
    server.close();
    try {
      whileDown.run();
    } finally {
      server = TestDelays.start(config(port));
    }
  }

  /** Saves the current tab as {@code target/screenshots/NAME.png} and returns the file. */
  Path screenshot(String name) throws IOException {
    Path dir = Path.of(System.getProperty("screenshots.dir", "target/screenshots"));
    Files.createDirectories(dir);
    Path file = dir.resolve(name + ".png");
    Files.copy(browser.getScreenshotAs(OutputType.FILE).toPath(), file, StandardCopyOption.REPLACE_EXISTING);
    return file;
  }

  private SampleConfig config(int port) {
    String h2 = "jdbc:h2:file:" + tempDir.resolve("items").toAbsolutePath();
    return SampleConfig.defaults().withPort(port).withJdbcUrl(h2);
  }

  private static void deleteRecursively(Path dir) throws IOException {
    try (Stream<Path> paths = Files.walk(dir)) {
      paths.sorted(Comparator.reverseOrder()).forEach(path -> {
        try {
          Files.deleteIfExists(path);
        } catch (IOException e) {
          // A file the browser still held: the temp dir is left for the OS to clean up.
        }
      });
    }
  }
}
