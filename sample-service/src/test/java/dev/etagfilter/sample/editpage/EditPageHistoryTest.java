package dev.etagfilter.sample.editpage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The edit page's history panel, its restore, and the conflict view read from the history, in a
 * real browser; what the service stores is checked over HTTP.
 */
class EditPageHistoryTest {

  @RegisterExtension
  static final EditPageSession session = new EditPageSession();

  private final StoredItems items = new StoredItems(session);

  /** The panel lists every version newest first, with who saved it and what it changed. */
  @Test
  void historyListsEachSaveWithWhoSavedItAndWhatChanged() {
    String id = items.createShirt();
    items.patchElsewhere(id, "{\"color\":\"blue\"}", "\"1\"", "bob@example.com");

    List<String> history = session.firstTab().open(id).waitForHistoryWith(1);

    assertEquals(2, history.size(), history.toString());
    assertTrue(history.get(0).startsWith("Version 2"), history.get(0));
    assertTrue(history.get(0).contains("bob@example.com"), history.get(0));
    assertTrue(history.get(0).contains("Color: “red” → “blue”"), history.get(0));
    assertTrue(history.get(0).contains("current"), history.get(0));
    assertTrue(history.get(1).contains("Created."), history.get(1));
  }

  /**
   * Restore asks first, naming each field that changes; only the confirmation writes, a new version
   * with the old content, saved by the page's author.
   */
  @Test
  void restoreAsksFirstNamingWhatChangesThenStoresANewVersion() throws IOException {
    String id = items.createShirt();
    items.patchElsewhere(id, "{\"color\":\"blue\"}", "\"1\"", "bob@example.com");
    EditPage page = session.firstTab().open(id).setAuthor("dana@example.com");
    page.waitForHistoryWith(1);

    String confirmation = page.restore(1);

    assertTrue(confirmation.contains("Restore version 1?"), confirmation);
    assertEquals(List.of("Color: “blue” becomes “red”"), page.restoredFields());
    items.assertStored(id, "blue", "M", 2);
    session.screenshot("restore");
    page.confirmRestore().waitForStatus("Restored version 1 as version 3.");
    items.assertStored(id, "red", "M", 3);
    assertEquals("red", page.field("color"));
    assertEquals("dana@example.com", items.savedBy(id, 3));
    assertTrue(page.waitForHistoryWith(3).get(0).contains("Color: “blue” → “red”"));
  }

  /** With unsaved changes in the form, restore waits: its buttons are disabled. */
  @Test
  void restoreIsOfferedOnlyWithoutUnsavedChanges() {
    String id = items.createShirt();
    items.patchElsewhere(id, "{\"color\":\"blue\"}", "\"1\"", "bob@example.com");
    EditPage page = session.firstTab().open(id);
    page.waitForHistoryWith(1);
    assertTrue(page.canRestore(1));

    page.type("size", "XL");

    assertFalse(page.canRestore(1));
  }

  /** A restore after another save refused with 412: nothing written, the page shows the latest version. */
  @Test
  void restoreAfterAnotherSaveIsRefusedAndShowsTheLatestVersion() {
    String id = items.createShirt();
    items.patchElsewhere(id, "{\"color\":\"blue\"}", "\"1\"", "bob@example.com");
    EditPage page = session.firstTab().open(id);
    page.waitForHistoryWith(1);
    items.patchElsewhere(id, "{\"size\":\"S\"}", "\"2\"", "carol@example.com");

    page.restore(1);
    String message = page.confirmRestore().waitForError("Not restored");

    assertTrue(message.contains("changed somewhere else"), message);
    items.assertStored(id, "blue", "S", 3);
    assertEquals("S", page.field("size"));
  }

  /**
   * On a 412 the conflict view names, from the history, which saves changed which fields since the
   * version the edit started from (a true three-way view), with their authors.
   */
  @Test
  void conflictViewNamesTheSavesSinceTheStartingVersionFromTheHistory() throws IOException {
    String id = items.createShirt();
    EditPage page = session.firstTab().open(id);
    items.patchElsewhere(id, "{\"color\":\"blue\"}", "\"1\"", "bob@example.com");
    items.patchElsewhere(id, "{\"price\":15}", "\"2\"", "carol@example.com");

    page.type("size", "L").save().waitForConflict();

    assertEquals("Changed elsewhere in version 2 by bob@example.com. Current version: “blue”.", page.note("color"));
    assertEquals("Changed elsewhere in version 3 by carol@example.com. Current version: “15.00”.", page.note("price"));
    assertEquals("Current version: “M”. You changed this field.", page.note("size"));
    List<String> saves = page.conflictSaves();
    assertEquals(2, saves.size(), saves.toString());
    assertTrue(saves.get(0).startsWith("Version 3 by carol@example.com") && saves.get(0).endsWith("changed Price."),
        saves.get(0));
    assertTrue(saves.get(1).startsWith("Version 2 by bob@example.com") && saves.get(1).endsWith("changed Color."),
        saves.get(1));
    session.screenshot("conflict-from-history");
    page.keepMyEdits().save().waitForStatus("version 4");
    items.assertStored(id, "blue", "L", 4);
  }
}
