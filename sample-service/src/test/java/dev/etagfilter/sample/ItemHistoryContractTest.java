package dev.etagfilter.sample;

import static dev.etagfilter.sample.TestClient.SHIRT;
import static dev.etagfilter.sample.TestClient.assertProblem;
import static dev.etagfilter.sample.TestClient.etag;
import static dev.etagfilter.sample.TestClient.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Version history and restore over HTTP ({@code /items/{id}/versions}), once per database (see the
 * subclasses). Each test works on its own item.
 */
abstract class ItemHistoryContractTest extends SampleOnDatabaseTest {

  private static final String BLUE = "{\"name\":\"T-shirt\",\"color\":\"blue\",\"size\":\"M\",\"price\":12.50}";

  /** An item created red (version 1) and saved blue (version 2), each by a named author. */
  private String redThenBlue() {
    HttpResponse<String> created = http.post("items", SHIRT, "From", "alice@example.com");
    assertEquals(201, created.statusCode(), created.body());
    String path = "items/" + json(created).get("id").asText();
    HttpResponse<String> saved = http.put(path, BLUE, "If-Match", "\"1\"", "From", "Bob <bob@example.com>");
    assertEquals(200, saved.statusCode(), saved.body());
    return path;
  }

  private List<Long> versionNumbers(String path) {
    List<Long> numbers = new ArrayList<>();
    json(http.get(path + "/versions")).get("versions").forEach(v -> numbers.add(v.get("version").asLong()));
    return numbers;
  }

  /** GET versions: every version newest first, with its content, when it was saved and who saved it. */
  @Test
  void historyListsEveryVersionNewestFirstWithWhoAndWhen() {
    String path = redThenBlue();

    HttpResponse<String> history = http.get(path + "/versions");

    assertEquals(200, history.statusCode(), history.body());
    assertNotNull(etag(history));
    JsonNode versions = json(history).get("versions");
    assertEquals(2, versions.size());
    assertEquals(2, versions.get(0).get("version").asLong());
    assertEquals("blue", versions.get(0).get("color").asText());
    assertEquals("Bob <bob@example.com>", versions.get(0).get("savedBy").asText());
    assertEquals("red", versions.get(1).get("color").asText());
    assertEquals("alice@example.com", versions.get(1).get("savedBy").asText());
    assertTrue(Instant.parse(versions.get(0).get("savedAt").asText()).isAfter(Instant.now().minusSeconds(600)));
    assertFalse(json(history).has("next"));
  }

  /** Pages: limit and before, a next URI in the body and in Link (RFC 8288), none on the last page. */
  @Test
  void historyIsPagedWithANextLink() {
    String path = redThenBlue();
    http.put(path, SHIRT, "If-Match", "\"2\"");

    HttpResponse<String> first = http.get(path + "/versions?limit=2");
    String next = json(first).get("next").asText();
    HttpResponse<String> second = http.get(URI.create(next).getRawPath().substring(1) + "?" + URI.create(next).getRawQuery());

    assertEquals(List.of(3L, 2L), numbers(json(first)));
    assertTrue(next.endsWith(path + "/versions?before=2&limit=2"), next);
    assertEquals("<" + next + ">; rel=\"next\"", first.headers().firstValue("Link").orElseThrow());
    assertEquals(List.of(1L), numbers(json(second)));
    assertFalse(json(second).has("next"));
    assertTrue(second.headers().firstValue("Link").isEmpty());
  }

  /** GET one version: its content with ETag "v", and 304 for that tag. */
  @Test
  void versionIsServedWithItsOwnETag() {
    String path = redThenBlue();

    HttpResponse<String> first = http.get(path + "/versions/1");

    assertEquals(200, first.statusCode(), first.body());
    assertEquals("\"1\"", etag(first));
    assertEquals("red", json(first).get("color").asText());
    assertFalse(json(first).get("deleted").asBoolean());
    assertEquals(304, http.get(path + "/versions/1", "If-None-Match", "\"1\"").statusCode());
  }

  /** A version the item never had, and an id no item ever had: 404 problems. */
  @Test
  void unknownVersionsAndItemsAre404() {
    String path = redThenBlue();

    assertProblem(404, http.get(path + "/versions/3"));
    assertProblem(404, http.get("items/never-existed/versions"));
    assertProblem(404, http.get("items/never-existed/versions/1"));
  }

  /** Paging parameters and version numbers that are not positive whole numbers: 400 problems. */
  @Test
  void malformedPagingAndVersionNumbersAre400() {
    String path = redThenBlue();

    for (String query : List.of("limit=0", "limit=101", "limit=x", "before=0", "before=-1", "before=9999999999999999999")) {
      assertProblem(400, http.get(path + "/versions?" + query));
    }
    assertProblem(400, http.get(path + "/versions/first"));
    assertProblem(400, http.send("POST", path + "/versions/0/restore", null, null, "If-Match", "\"2\""));
  }

  /** Restore under the current ETag: a new version (3) with version 1's content; 2 and 1 stay. */
  @Test
  void restoreMakesANewVersionWithTheOldContent() {
    String path = redThenBlue();

    HttpResponse<String> restored =
        http.send("POST", path + "/versions/1/restore", null, null, "If-Match", "\"2\"", "From", "carol@example.com");

    assertEquals(200, restored.statusCode(), restored.body());
    assertEquals("\"3\"", etag(restored));
    assertEquals("red", json(restored).get("color").asText());
    assertEquals(server.baseUri().resolve(path).toString(), restored.headers().firstValue("Content-Location").orElseThrow());
    assertEquals(restored.body(), http.get(path).body());
    assertEquals(List.of(3L, 2L, 1L), versionNumbers(path));
    assertEquals("carol@example.com", json(http.get(path + "/versions/3")).get("savedBy").asText());
  }

  /** Restore is a write: without If-Match it is 428 and nothing is written. */
  @Test
  void restoreWithoutIfMatchIs428() {
    String path = redThenBlue();

    assertProblem(428, http.send("POST", path + "/versions/1/restore", null, null));

    assertEquals("\"2\"", etag(http.get(path)));
  }

  /** Restore with a stale If-Match: 412 with the current item, nothing written. */
  @Test
  void restoreWithAStaleIfMatchIs412WithTheCurrentItem() {
    String path = redThenBlue();

    HttpResponse<String> stale = http.send("POST", path + "/versions/1/restore", null, null, "If-Match", "\"1\"");

    http.assertPreconditionFailedWithCurrent(path, stale);
    assertEquals(List.of(2L, 1L), versionNumbers(path));
  }

  /** Restoring the content the item has now writes nothing: the same version and ETag. */
  @Test
  void restoringTheCurrentContentKeepsTheVersion() {
    String path = redThenBlue();

    HttpResponse<String> same = http.send("POST", path + "/versions/2/restore", null, null, "If-Match", "\"2\"");

    assertEquals(200, same.statusCode(), same.body());
    assertEquals("\"2\"", etag(same));
    assertEquals(List.of(2L, 1L), versionNumbers(path));
  }

  /**
   * Deleting keeps the history, the deletion in it; If-Match cannot restore a deleted item (412),
   * If-None-Match: * re-creates it with the old content (201), and the deletion itself is not
   * restorable (409).
   */
  @Test
  void deletionKeepsTheHistoryAndIfNoneMatchStarRestoresTheItem() {
    String path = redThenBlue();
    assertEquals(204, http.delete(path, "If-Match", "\"2\"").statusCode());

    JsonNode deletion = json(http.get(path + "/versions")).get("versions").get(0);
    HttpResponse<String> withIfMatch = http.send("POST", path + "/versions/1/restore", null, null, "If-Match", "\"3\"");
    HttpResponse<String> ofTheDeletion = http.send("POST", path + "/versions/3/restore", null, null, "If-None-Match", "*");
    HttpResponse<String> back = http.send("POST", path + "/versions/1/restore", null, null, "If-None-Match", "*");

    assertEquals(3, deletion.get("version").asLong());
    assertTrue(deletion.get("deleted").asBoolean());
    assertEquals(412, withIfMatch.statusCode(), withIfMatch.body());
    assertProblem(409, ofTheDeletion);
    assertEquals(201, back.statusCode(), back.body());
    assertEquals("\"4\"", etag(back));
    assertEquals(server.baseUri().resolve(path).toString(), back.headers().firstValue("Location").orElseThrow());
    assertEquals("red", json(http.get(path)).get("color").asText());
  }

  /** A restore retried with its Idempotency-Key gets its first answer; nothing is restored twice. */
  @Test
  void retriedRestoreWithItsKeyGetsTheFirstAnswer() {
    String path = redThenBlue();
    String[] headers = {"If-Match", "\"2\"", "Idempotency-Key", "\"restore-" + path.substring(6) + "\""};

    HttpResponse<String> first = http.send("POST", path + "/versions/1/restore", null, null, headers);
    HttpResponse<String> retry = http.send("POST", path + "/versions/1/restore", null, null, headers);

    assertEquals(200, retry.statusCode(), retry.body());
    assertEquals(first.body(), retry.body());
    assertEquals("\"3\"", etag(retry));
    assertEquals(List.of(3L, 2L, 1L), versionNumbers(path));
  }

  /** A From header that is not an email address: 400 problem, nothing written. */
  @Test
  void malformedFromIs400AndNothingIsWritten() {
    String path = redThenBlue();

    assertProblem(400, http.put(path, SHIRT, "If-Match", "\"2\"", "From", "not an address"));
    assertProblem(400, http.send("POST", path + "/versions/1/restore", null, null, "If-Match", "\"2\"", "From", "a@b@c"));

    assertEquals(List.of(2L, 1L), versionNumbers(path));
  }

  private static List<Long> numbers(JsonNode page) {
    List<Long> numbers = new ArrayList<>();
    page.get("versions").forEach(v -> numbers.add(v.get("version").asLong()));
    return numbers;
  }
}
