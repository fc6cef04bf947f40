package dev.etagfilter.sample.editpage;

import static dev.etagfilter.sample.editpage.EditPageConflictTest.CONFLICT_MESSAGE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * One tab and what can go wrong around a single save: a reload, a double-click, invalid input, a
 * lost connection. Typed text survives all of them; what the service stores is checked over HTTP.
 */
class EditPageDraftTest {

  @RegisterExtension
  static final EditPageSession session = new EditPageSession();

  private final StoredItems items = new StoredItems(session);

  /** Typed text survives a reload of the tab, and Save afterwards stores it. */
  @Test
  void draftSurvivesAPageReload() {
    String id = items.createShirt();
    EditPage page = session.firstTab().open(id);
    page.type("name", "Linen shirt").type("price", "19.90");

    page.reload();

    assertEquals("Linen shirt", page.field("name"));
    assertEquals("19.90", page.field("price"));
    page.waitForStatus("Restored your unsaved changes");
    assertEquals("Unsaved changes, kept in this browser.", page.draftState());
    page.save().waitForStatus("version 2");
    JsonNode stored = items.get(id);
    assertEquals("Linen shirt", stored.get("name").asText());
    assertEquals(0, new BigDecimal("19.90").compareTo(stored.get("price").decimalValue()), stored.toString());
    assertEquals("No unsaved changes.", page.reload().draftState(), "a saved draft is gone");
  }

  /** A draft left by a tab that was closed is offered when the item is opened again, and restored on request. */
  @Test
  void draftOfAClosedTabIsOfferedAndRestored() {
    String id = items.createShirt();
    EditPage first = session.firstTab().open(id);
    EditPage closed = session.newTab().open(id);
    closed.type("color", "purple");
    closed.close();

    first.reload();

    assertTrue(first.waitForDraftFromElsewhere().startsWith("There are unsaved changes to this item"));
    assertEquals("red", first.field("color"), "offered, never forced");
    first.restoreDraftFromElsewhere();
    assertEquals("purple", first.field("color"));
    first.save().waitForStatus("version 2");
    items.assertStored(id, "purple", "M", 2);
  }

  /** A new item's draft survives a reload too, and Save creates the item. */
  @Test
  void newItemDraftSurvivesAReloadAndSaveCreatesIt() {
    EditPage page = session.firstTab().openNewItem();
    page.type("name", "Mug").type("price", "8");

    page.reload();

    assertEquals("Mug", page.field("name"));
    page.save().waitForStatus("Saved. This is now version 1.");
    JsonNode created = items.get(page.itemIdInAddress());
    assertEquals("Mug", created.get("name").asText());
    assertEquals(0, new BigDecimal("8").compareTo(created.get("price").decimalValue()), created.toString());
  }

  /** A kept draft whose item changed meanwhile comes back as the conflict, never as a silent overwrite. */
  @Test
  void draftOverAnItemChangedMeanwhileComesBackAsTheConflict() {
    String id = items.createShirt();
    EditPage page = session.firstTab().open(id);
    page.type("size", "L");
    items.changeColorElsewhere(id, "green", "\"1\"");

    page.reload();

    assertEquals(CONFLICT_MESSAGE, page.waitForConflict());
    assertEquals("L", page.field("size"));
    assertEquals("Changed elsewhere in version 2. Current version: “green”.", page.note("color"));
    items.assertStored(id, "green", "M", 2);
  }

  /**
   * A double-click on Save sends exactly one write. The service holds the write back 500 ms, as a
   * slow connection would, so the second click lands while the first write is still on its way.
   */
  @Test
  void doubleClickOnSaveSendsOneWrite() {
    String id = items.createShirt();
    EditPage page = session.firstTab().openWithWriteDelay(id, 500).countWrites();
    page.type("name", "Twice clicked");

    page.doubleClickSave();

    assertEquals(1, page.writesSent());
    page.waitForStatus("version 2");
    assertEquals(2, items.get(id).get("version").asLong(), "exactly one write");
    assertFalse(page.conflictShown());
  }

  /** The field errors of a 400 problem are shown next to their fields; the text stays, nothing is written. */
  @Test
  void invalidItemShowsTheFieldErrorsOfThe400() {
    String id = items.createShirt();
    EditPage page = session.firstTab().open(id);
    page.type("name", "   ");

    page.save().waitForError("fix the marked fields");

    assertEquals("Name must not be empty or only spaces", page.fieldError("name"));
    assertEquals("   ", page.field("name"));
    items.assertStored(id, "red", "M", 1);
  }

  /** A lost connection: a clear message, the draft kept, and Save works once the server is back. */
  @Test
  void unreachableServerKeepsTheDraftAndSaveWorksWhenItIsBack() {
    String id = items.createShirt();
    EditPage page = session.firstTab().open(id);
    page.type("color", "green");

    session.whileServerIsDown(() -> {
      String message = page.save().waitForError("couldn't be reached");
      assertTrue(message.contains("Your changes are kept in this browser"), message);
      assertEquals("green", page.field("color"));
    });

    page.save().waitForStatus("version 2");
    items.assertStored(id, "green", "M", 2);
  }
}
