package dev.etagfilter.sample;

import static dev.etagfilter.sample.TestClient.SHIRT;
import static dev.etagfilter.sample.TestClient.assertProblem;
import static dev.etagfilter.sample.TestClient.etag;
import static dev.etagfilter.sample.TestClient.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/**
 * The opt-in merge of disjoint edits on {@code /mergeable-items}, and {@code /items} staying strict,
 * once per database (see the subclasses). Each test works on its own item.
 */
abstract class MergeableItemsContractTest extends SampleOnDatabaseTest {

  /** A red M shirt at version 1 in {@code collection}; its path. */
  private String shirtIn(String collection) {
    HttpResponse<String> created = http.post(collection, SHIRT);
    assertEquals(201, created.statusCode(), created.body());
    return collection + "/" + json(created).get("id").asText();
  }

  /** A merge patch of {@code json} on {@code path} with {@code If-Match: "version"}. */
  private HttpResponse<String> patch(String path, long version, String json, String... more) {
    String[] headers = new String[2 + more.length];
    headers[0] = "If-Match";
    headers[1] = "\"" + version + "\"";
    System.arraycopy(more, 0, headers, 2, more.length);
    return http.patch(path, json, headers);
  }

  /** Price changed elsewhere (version 2); a rename based on version 1 is merged onto 2: both kept, Merged-Onto: "2". */
  @Test
  void disjointPatchWithAStaleIfMatchIsMergedAndSaysSo() {
    String path = shirtIn("mergeable-items");
    assertEquals(200, patch(path, 1, "{\"price\":15}").statusCode());

    HttpResponse<String> merged = patch(path, 1, "{\"name\":\"Summer T-shirt\"}", "From", "dana@example.com");

    assertEquals(200, merged.statusCode(), merged.body());
    assertEquals("\"3\"", etag(merged));
    assertEquals("\"2\"", merged.headers().firstValue("Merged-Onto").orElseThrow());
    JsonNode item = json(merged);
    assertEquals("Summer T-shirt", item.get("name").asText());
    assertEquals(15.00, item.get("price").asDouble());
    assertEquals(merged.body(), http.get(path).body());
    assertEquals("dana@example.com", json(http.get(path + "/versions/3")).get("savedBy").asText());
  }

  /** A patch of a field that changed since its version: the usual 412 with the current item, nothing written. */
  @Test
  void overlappingPatchIs412WithTheCurrentItem() {
    String path = shirtIn("mergeable-items");
    patch(path, 1, "{\"price\":15}");

    HttpResponse<String> overlapping = patch(path, 1, "{\"price\":9.99}");

    http.assertPreconditionFailedWithCurrent(path, overlapping);
    assertEquals("\"2\"", etag(http.get(path)));
  }

  /** The T-shirt: green saved first, then size L from version 1; color and size are one group, so 412 even here. */
  @Test
  void tShirtColorAndSizeConflictEvenOnTheMergeableCollection() {
    String path = shirtIn("mergeable-items");
    patch(path, 1, "{\"color\":\"green\"}");

    HttpResponse<String> size = patch(path, 1, "{\"size\":\"L\"}");

    http.assertPreconditionFailedWithCurrent(path, size);
    assertEquals("M", json(http.get(path)).get("size").asText());
  }

  /** On /items even a disjoint stale patch is a 412: the strict collection never merges. */
  @Test
  void itemsCollectionRefusesEvenADisjointStalePatch() {
    String path = shirtIn("items");
    patch(path, 1, "{\"price\":15}");

    HttpResponse<String> rename = patch(path, 1, "{\"name\":\"Summer T-shirt\"}");

    http.assertPreconditionFailedWithCurrent(path, rename);
    assertTrue(rename.headers().firstValue("Merged-Onto").isEmpty());
  }

  /** The T-shirt on /items: green saved first, size L from the old version is a 412. */
  @Test
  void itemsCollectionKeepsTheTShirtConflictA412() {
    String path = shirtIn("items");
    patch(path, 1, "{\"color\":\"green\"}");

    http.assertPreconditionFailedWithCurrent(path, patch(path, 1, "{\"size\":\"L\"}"));
    assertEquals("green", json(http.get(path)).get("color").asText());
  }

  /** A patch on the current version is an ordinary write: no Merged-Onto. */
  @Test
  void patchOnTheCurrentVersionIsNotAMerge() {
    String path = shirtIn("mergeable-items");

    HttpResponse<String> patched = patch(path, 1, "{\"name\":\"Renamed\"}");

    assertEquals(200, patched.statusCode(), patched.body());
    assertTrue(patched.headers().firstValue("Merged-Onto").isEmpty());
  }

  /** A stale patch with a member that is not a field: 400 before any merge is considered. */
  @Test
  void unknownMemberInAStalePatchIs400() {
    String path = shirtIn("mergeable-items");
    patch(path, 1, "{\"price\":15}");

    assertProblem(400, patch(path, 1, "{\"colour\":\"green\"}"));
    assertEquals("\"2\"", etag(http.get(path)));
  }

  /** PUT stays strict on the mergeable collection: a full replace carries every field. */
  @Test
  void staleFullReplaceIs412EvenOnTheMergeableCollection() {
    String path = shirtIn("mergeable-items");
    patch(path, 1, "{\"price\":15}");

    http.assertPreconditionFailedWithCurrent(path, http.put(path, SHIRT, "If-Match", "\"1\""));
  }

  /** The two collections hold separate items. */
  @Test
  void collectionsHoldSeparateItems() {
    String path = shirtIn("items");

    assertProblem(404, http.get("mergeable-" + path));
  }
}
