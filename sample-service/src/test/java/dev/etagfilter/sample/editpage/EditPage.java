package dev.etagfilter.sample.editpage;

import dev.etagfilter.sample.TestDelays;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.NoSuchWindowException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The edit page in one browser tab, in the words a person would use: open an item, type, save,
 * read the messages, choose a conflict option. Every method first switches to its tab, and waits
 * (up to 10 seconds) for what it reads to appear, never for a fixed time.
 */
final class EditPage {

  private static final Duration WAIT = Duration.ofSeconds(10);

  private final WebDriver browser;
  private final String tab;
  private final URI base;

  EditPage(WebDriver browser, String tab, URI base) {
    this.browser = browser;
    this.tab = tab;
    this.base = base;
  }

  /**
   * Opens the page with every request of this tab carrying {@code X-Test-Delay-Millis: N}, set
   * through the browser's DevTools protocol (the page itself knows no test hook): the service,
   * started with {@link dev.etagfilter.sample.TestDelays}, holds each write of this tab back N ms
   * between reading the current version and its compare-and-set.
   */
  EditPage openWithWriteDelay(String itemId, int millis) {
    tab();
    Chromium.setExtraHeaders((ChromeDriver) browser, Map.of(TestDelays.HEADER, String.valueOf(millis)));
    return open(itemId);
  }

  /** Opens the page on the item with id {@code itemId} and waits until its form is filled. */
  EditPage open(String itemId) {
    tab().get(base.resolve("/#item=" + itemId).toString());
    waitForForm();
    return this;
  }

  /** Opens the page on the form for a new item. */
  EditPage openNewItem() {
    tab().get(base.resolve("/#new").toString());
    waitForForm();
    return this;
  }

  /** Reloads the tab, as a person pressing F5 would, and waits until the form is filled again. */
  EditPage reload() {
    tab().navigate().refresh();
    waitForForm();
    return this;
  }

  /** Closes the tab, as a person closing it by mistake would. */
  void close() {
    tab().close();
  }

  /** Replaces the text of a field (name, color, size or price) the way typing does. */
  EditPage type(String field, String text) {
    WebElement input = tab().findElement(By.id("field-" + field));
    input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE);
    input.sendKeys(text);
    return this;
  }

  /** The text in a field now. */
  String field(String field) {
    return tab().findElement(By.id("field-" + field)).getDomProperty("value");
  }

  /** Clicks Save once. */
  EditPage save() {
    visible(By.id("save")).click();
    return this;
  }

  /** Double-clicks Save, as an impatient person does. */
  EditPage doubleClickSave() {
    new Actions(tab()).doubleClick(visible(By.id("save"))).perform();
    return this;
  }

  /** Waits until Save is disabled with "Saving…": the write is on its way. */
  EditPage waitUntilSaving() {
    wait(ExpectedConditions.textToBe(By.id("save"), "Saving…"));
    return this;
  }

  /** Waits for the status line (role=status) to contain {@code text}, and returns it. */
  String waitForStatus(String text) {
    wait(ExpectedConditions.textToBePresentInElementLocated(By.id("status"), text));
    return tab().findElement(By.id("status")).getText();
  }

  /** Waits for an error message (role=alert) to contain {@code text}, and returns it. */
  String waitForError(String text) {
    wait(ExpectedConditions.textToBePresentInElementLocated(By.id("message"), text));
    return tab().findElement(By.id("message")).getText();
  }

  /** Waits for the conflict panel and returns its message. */
  String waitForConflict() {
    return visible(By.id("conflict-message")).getText();
  }

  /** Whether the conflict panel is shown. */
  boolean conflictShown() {
    return tab().findElement(By.id("conflict")).isDisplayed();
  }

  /** Whether a field is highlighted as differing from the current version. */
  boolean highlighted(String field) {
    return tab().findElement(By.cssSelector(".field[data-field='" + field + "']"))
        .getDomAttribute("class").contains("differs");
  }

  /** The note under a field, e.g. "Changed elsewhere in version 2. Current version: “blue”." */
  String note(String field) {
    return tab().findElement(By.id("note-" + field)).getText();
  }

  /** The error under a field. */
  String fieldError(String field) {
    return visible(By.id("error-" + field)).getText();
  }

  /** The line under Save: whether there are unsaved changes and where they are kept. */
  String draftState() {
    return tab().findElement(By.id("draft-state")).getText();
  }

  /** Whether Save can be pressed now. */
  boolean canSave() {
    return tab().findElement(By.id("save")).isEnabled();
  }

  EditPage reloadLatest() {
    visible(By.id("reload-latest")).click();
    return this;
  }

  EditPage keepMyEdits() {
    visible(By.id("keep-my-edits")).click();
    return this;
  }

  /** Clicks Overwrite anyway and returns the confirmation's text, which names the fields. */
  String overwriteAnyway() {
    visible(By.id("overwrite")).click();
    return visible(By.id("overwrite-dialog")).getText();
  }

  /** The items of the confirmation's list, e.g. "Color: “blue” becomes “red”". */
  List<String> overwrittenFields() {
    return tab().findElements(By.cssSelector("#overwrite-fields li")).stream()
        .map(WebElement::getText).collect(Collectors.toList());
  }

  EditPage confirmOverwrite() {
    visible(By.id("confirm-overwrite")).click();
    return this;
  }

  /** Waits for the offer to restore a draft left by another tab or an earlier visit, and returns it. */
  String waitForDraftFromElsewhere() {
    return visible(By.id("other-draft-text")).getText();
  }

  EditPage restoreDraftFromElsewhere() {
    visible(By.id("restore-other-draft")).click();
    return this;
  }

  EditPage saveAsNewItem() {
    visible(By.id("save-as-new")).click();
    return this;
  }

  /** Types the email the page sends as {@code From}, kept for the next visits. */
  EditPage setAuthor(String email) {
    WebElement input = tab().findElement(By.id("author"));
    input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE);
    input.sendKeys(email);
    return this;
  }

  /** Waits until the history panel lists version {@code version}, and returns each entry's text, newest first. */
  List<String> waitForHistoryWith(long version) {
    visible(By.cssSelector("#history-list li[data-version='" + version + "']"));
    return tab().findElements(By.cssSelector("#history-list li")).stream()
        .map(WebElement::getText).collect(Collectors.toList());
  }

  /** Whether version {@code version}'s Restore button can be pressed. */
  boolean canRestore(long version) {
    return restoreButton(version).isEnabled();
  }

  /** Clicks Restore on version {@code version} and returns the confirmation's text. */
  String restore(long version) {
    restoreButton(version).click();
    return visible(By.id("restore-dialog")).getText();
  }

  /** The items of the restore confirmation's list, e.g. "Color: “blue” becomes “red”". */
  List<String> restoredFields() {
    return tab().findElements(By.cssSelector("#restore-fields li")).stream()
        .map(WebElement::getText).collect(Collectors.toList());
  }

  EditPage confirmRestore() {
    visible(By.id("confirm-restore")).click();
    return this;
  }

  /** The saves made elsewhere that the conflict panel lists from the history. */
  List<String> conflictSaves() {
    return tab().findElements(By.cssSelector("#conflict-saves li")).stream()
        .map(WebElement::getText).collect(Collectors.toList());
  }

  private WebElement restoreButton(long version) {
    return visible(By.cssSelector("#history-list li[data-version='" + version + "'] button.restore"));
  }

  /**
   * From now on counts the writes (PUT and POST) this tab hands to the network. The page calls
   * {@code fetch} synchronously inside the click, so once a click has been performed, every write it
   * caused is counted, however long the service takes to answer.
   */
  EditPage countWrites() {
    script("""
        window.writesSent = 0;
        const send = window.fetch;
        window.fetch = (target, init) => {
          if (init && (init.method === 'PUT' || init.method === 'POST')) {
            window.writesSent++;
          }
          return send(target, init);
        };""");
    return this;
  }

  /** The writes counted since {@link #countWrites()}. */
  long writesSent() {
    return ((Number) script("return window.writesSent;")).longValue();
  }

  /** The id in the page's address ({@code #item=ID}), e.g. after "Save as new item". */
  String itemIdInAddress() {
    String hash = (String) script("return location.hash;");
    return hash.startsWith("#item=") ? hash.substring("#item=".length()) : hash;
  }

  private Object script(String javascript) {
    return ((JavascriptExecutor) tab()).executeScript(javascript);
  }

  private WebDriver tab() {
    if (!tab.equals(currentTab())) {
      browser.switchTo().window(tab);
    }
    return browser;
  }

  /** The tab commands go to now; null after it was closed. */
  private String currentTab() {
    try {
      return browser.getWindowHandle();
    } catch (NoSuchWindowException closed) {
      return null;
    }
  }

  private void waitForForm() {
    wait(ExpectedConditions.textMatches(By.id("editor-heading"), Pattern.compile("^(Edit |New item$)")));
  }

  private WebElement visible(By locator) {
    return wait(ExpectedConditions.visibilityOfElementLocated(locator));
  }

  private <T> T wait(ExpectedCondition<T> condition) {
    return new WebDriverWait(tab(), WAIT).until(condition);
  }
}
