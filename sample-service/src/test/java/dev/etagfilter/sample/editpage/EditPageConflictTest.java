package dev.etagfilter.sample.editpage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Two tabs of one browser edit the same item in the real edit page; the second save meets the
 * first. Nothing typed is ever lost, and what the service stores is checked over HTTP.
 */
class EditPageConflictTest {

  static final String CONFLICT_MESSAGE =
      "This item was changed somewhere else while you were editing it. Your changes weren't saved yet.";

  @RegisterExtension
  static final EditPageSession session = new EditPageSession();

  private final StoredItems items = new StoredItems(session);

  /** The second save is refused: the plain message, the draft intact, the other change shown. */
  @Test
  void saveAfterAnotherTabSavedShowsTheConflictKeepsTheDraftAndShowsTheOtherChange() throws IOException {
    String id = items.createShirt();

    EditPage second = conflictAfterFirstTabSavedColorBlue(id);

    assertEquals(CONFLICT_MESSAGE, second.waitForConflict());
    assertEquals("L", second.field("size"), "the draft is intact");
    assertEquals("red", second.field("color"), "the draft is intact");
    assertTrue(second.highlighted("color"));
    assertEquals("Changed elsewhere in version 2. Current version: “blue”.", second.note("color"));
    assertTrue(second.highlighted("size"));
    assertEquals("Current version: “M”. You changed this field.", second.note("size"));
    assertFalse(second.highlighted("name"));
    assertFalse(second.canSave(), "Save waits until the person has chosen");
    items.assertStored(id, "blue", "M", 2);
    Path screenshot = session.screenshot("conflict");
    assertTrue(Files.size(screenshot) > 10_000, "a screenshot of the conflict: " + screenshot);
  }

  /** Keep my edits applies the draft over the latest version; Save then stores both changes. */
  @Test
  void keepMyEditsThenSaveStoresBothChanges() {
    String id = items.createShirt();
    EditPage second = conflictAfterFirstTabSavedColorBlue(id);

    second.keepMyEdits();

    assertEquals("blue", second.field("color"));
    assertEquals("L", second.field("size"));
    assertFalse(second.conflictShown());
    second.save().waitForStatus("version 3");
    items.assertStored(id, "blue", "L", 3);
  }

  /**
   * Overwrite anyway asks first, naming the overwritten fields, then stores the draft with the
   * 412's ETag (never {@code If-Match: *}).
   */
  @Test
  void overwriteAnywayAsksFirstNamingTheOverwrittenFieldsThenStoresTheDraft() {
    String id = items.createShirt();
    EditPage second = conflictAfterFirstTabSavedColorBlue(id);
    long forcedBefore = items.forcedOverridesOnPut();

    String confirmation = second.overwriteAnyway();

    assertTrue(confirmation.contains("Overwrite the other changes?"), confirmation);
    assertEquals(List.of("Color: “blue” becomes “red”"), second.overwrittenFields());
    items.assertStored(id, "blue", "M", 2);
    second.confirmOverwrite().waitForStatus("version 3");
    items.assertStored(id, "red", "L", 3);
    assertEquals(forcedBefore, items.forcedOverridesOnPut(), "sent with the ETag from the 412, not *");
  }

  /** Reload latest shows the stored version and drops the draft; the next save uses the new ETag. */
  @Test
  void reloadLatestShowsTheStoredVersionAndTheNextSaveSucceeds() {
    String id = items.createShirt();
    EditPage second = conflictAfterFirstTabSavedColorBlue(id);

    second.reloadLatest();

    assertFalse(second.conflictShown());
    assertEquals("blue", second.field("color"));
    assertEquals("M", second.field("size"));
    assertEquals("No unsaved changes.", second.draftState());
    second.type("name", "Blue shirt").save().waitForStatus("version 3");
    assertEquals("Blue shirt", items.get(id).get("name").asText());
  }

  /**
   * A save held back by the service loses to a save that commits first: it is rejected with the
   * conflict, nothing is lost, and Keep my edits then stores both.
   */
  @Test
  void heldBackSaveIsRejectedWhenAnotherTabCommitsFirstAndNothingIsLost() {
    String id = items.createShirt();
    EditPage first = session.firstTab().open(id);
    EditPage slow = session.newTab().openWithWriteDelay(id, 3000);
    first.type("color", "blue");
    slow.type("size", "L").save().waitUntilSaving();

    first.save().waitForStatus("version 2");

    assertEquals(CONFLICT_MESSAGE, slow.waitForConflict());
    assertEquals("L", slow.field("size"));
    items.assertStored(id, "blue", "M", 2);
    slow.keepMyEdits().save().waitForStatus("version 3");
    items.assertStored(id, "blue", "L", 3);
  }

  /** An item deleted elsewhere: a clear message, the draft kept, and it can be saved as a new item. */
  @Test
  void saveOfAnItemDeletedElsewhereKeepsTheDraftAndOffersToSaveItAsNew() {
    String id = items.createShirt();
    EditPage page = session.firstTab().open(id);
    page.type("size", "XL");
    items.deleteElsewhere(id, "\"1\"");

    String message = page.save().waitForConflict();

    assertTrue(message.startsWith("This item was deleted somewhere else while you were editing it."), message);
    assertEquals("XL", page.field("size"));
    page.saveAsNewItem().waitForStatus("Saved as a new item");
    String newId = page.itemIdInAddress();
    assertNotEquals(id, newId);
    JsonNode created = items.get(newId);
    assertEquals("XL", created.get("size").asText());
    assertEquals("T-shirt", created.get("name").asText());
  }

  /**
   * Tab one changes the color to blue and saves (version 2); tab two, opened on version 1, changes
   * the size to L and saves: the returned tab shows the conflict.
   */
  private static EditPage conflictAfterFirstTabSavedColorBlue(String id) {
    EditPage first = session.firstTab().open(id);
    EditPage second = session.newTab().open(id);
    first.type("color", "blue");
    second.type("size", "L");
    first.save().waitForStatus("version 2");
    second.save().waitForConflict();
    return second;
  }
}
