package dev.etagfilter.sample;

import static dev.etagfilter.sample.TestClient.SHIRT;
import static dev.etagfilter.sample.TestClient.assertProblem;
import static dev.etagfilter.sample.TestClient.etag;
import static dev.etagfilter.sample.TestClient.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.etagfilter.sample.item.ItemIds;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;

/**
 * The main rows of the sample's HTTP contract (shared/DESIGN.md), against a real server on an
 * ephemeral port, once per database (see the subclasses). Each test works on its own item.
 */
abstract class ItemContractTest extends SampleOnDatabaseTest {

  /** POST /items: 201, Location of the new item, its ETag, and the item with server-made id and version. */
  @Test
  void postCreatesTheItemWith201LocationAndETag() {
    HttpResponse<String> created = http.post("items", SHIRT);

    assertEquals(201, created.statusCode());
    JsonNode item = json(created);
    assertEquals(server.baseUri().resolve("items/" + item.get("id").asText()).toString(),
        created.headers().firstValue("Location").orElseThrow());
    assertEquals("\"1\"", etag(created));
    assertEquals(1, item.get("version").asLong());
    assertTrue(created.body().contains("\"price\":12.50"), "price with two decimals: " + created.body());
  }

  /** GET of an item: 200, the item, and its version as a strong ETag. */
  @Test
  void getReturnsTheItemWithItsVersionAsETag() {
    String path = http.create(SHIRT);

    HttpResponse<String> got = http.get(path);

    assertEquals(200, got.statusCode());
    assertEquals("\"1\"", etag(got));
    assertEquals("T-shirt", json(got).get("name").asText());
  }

  /** HEAD: 200 and the same ETag as GET, no body. */
  @Test
  void headReturnsTheETagWithoutABody() {
    String path = http.create(SHIRT);

    HttpResponse<String> head = http.send("HEAD", path, null, null);

    assertEquals(200, head.statusCode());
    assertEquals("\"1\"", etag(head));
    assertEquals("", head.body());
  }

  /** RFC 9110 13.1.2: GET with If-None-Match naming the current tag is 304 with the ETag and no body. */
  @Test
  void getWithAMatchingIfNoneMatchIs304() {
    String path = http.create(SHIRT);

    HttpResponse<String> notModified = http.get(path, "If-None-Match", "\"1\"");

    assertEquals(304, notModified.statusCode());
    assertEquals("\"1\"", etag(notModified));
    assertEquals("", notModified.body());
  }

  /** GET of an id nobody created is a 404 problem. */
  @Test
  void getOfAnUnknownIdIs404Problem() {
    assertProblem(404, http.get("items/never-created"));
  }

  /** GET /items: the list with a hash ETag, 304 while it is unchanged, a new ETag after a change. */
  @Test
  void listHasAJsonHashETagThatAnswers304UntilTheListChanges() {
    http.create(SHIRT);
    HttpResponse<String> list = http.get("items");
    assertEquals(200, list.statusCode());
    assertTrue(json(list).isArray());
    String tag = etag(list);
    assertTrue(tag.length() > 10, "a hash, not a version: " + tag);

    assertEquals(304, http.get("items", "If-None-Match", tag).statusCode());

    http.create(SHIRT);
    HttpResponse<String> changed = http.get("items", "If-None-Match", tag);
    assertEquals(200, changed.statusCode());
    assertNotEquals(tag, etag(changed));
  }

  /** PUT with the current ETag: 200, the new item, and its new ETag (no GET needed for the next edit). */
  @Test
  void putWithTheCurrentETagIs200WithTheNewETag() {
    String path = http.create(SHIRT);

    HttpResponse<String> put = http.put(path, "{\"name\":\"Polo\",\"price\":20}", "If-Match", "\"1\"");

    assertEquals(200, put.statusCode(), put.body());
    assertEquals("\"2\"", etag(put));
    JsonNode item = json(put);
    assertEquals("Polo", item.get("name").asText());
    assertTrue(item.get("color").isNull(), "full replace: fields left out are removed");
    assertEquals(etag(http.get(path)), etag(put));
  }

  /** A stale If-Match: 412 whose body and ETag are exactly what a GET returns. */
  @Test
  void stalePutIs412WithTheCurrentItemExactlyAsGet() {
    String path = http.create(SHIRT);
    http.put(path, "{\"name\":\"Polo\",\"price\":20}", "If-Match", "\"1\"");

    HttpResponse<String> stale = http.put(path, "{\"name\":\"Mine\",\"price\":1}", "If-Match", "\"1\"");

    http.assertPreconditionFailedWithCurrent(path, stale);
    assertEquals("Polo", json(stale).get("name").asText());
  }

  /** RFC 6585 3: a write without If-Match is 428 with a problem body, and nothing is written. */
  @Test
  void writesWithoutIfMatchAre428ProblemsAndWriteNothing() {
    String path = http.create(SHIRT);

    assertProblem(428, http.put(path, "{\"name\":\"x\",\"price\":1}"));
    assertProblem(428, http.patch(path, "{\"name\":\"x\"}"));
    assertProblem(428, http.delete(path));

    assertEquals("\"1\"", etag(http.get(path)));
  }

  /** A malformed If-Match (unquoted) is a 400 problem, not a 412 or a 5xx. */
  @Test
  void malformedIfMatchIs400Problem() {
    String path = http.create(SHIRT);

    assertProblem(400, http.put(path, SHIRT, "If-Match", "1"));
    assertProblem(400, http.delete(path, "If-Match", "\"1"));

    assertEquals("\"1\"", etag(http.get(path)));
  }

  /** RFC 9110 13.1.2: PUT with If-None-Match: * creates at the chosen id: 201, Location, ETag. */
  @Test
  void putWithIfNoneMatchStarCreatesAtThatId() {
    String chosenId = "chosen_" + ItemIds.generate();
    HttpResponse<String> created = http.put("items/" + chosenId, SHIRT, "If-None-Match", "*");

    assertEquals(201, created.statusCode(), created.body());
    assertEquals(server.baseUri().resolve("items/" + chosenId).toString(),
        created.headers().firstValue("Location").orElseThrow());
    assertEquals("\"1\"", etag(created));
    assertEquals(chosenId, json(created).get("id").asText());
  }

  /** PUT with If-None-Match: * where an item exists: 412 with that item, which stays unchanged. */
  @Test
  void putWithIfNoneMatchStarOnAnExistingItemIs412WithIt() {
    String path = http.create(SHIRT);

    HttpResponse<String> refused = http.put(path, "{\"name\":\"Other\",\"price\":1}", "If-None-Match", "*");

    http.assertPreconditionFailedWithCurrent(path, refused);
    assertEquals("T-shirt", json(refused).get("name").asText());
  }

  /** RFC 9110 13.1.1: PUT with If-Match on an unknown id is 412 (a problem) and never creates it. */
  @Test
  void putWithIfMatchOnAnUnknownIdIs412AndCreatesNothing() {
    assertProblem(412, http.put("items/not-there", SHIRT, "If-Match", "\"1\""));
    assertProblem(412, http.put("items/not-there", SHIRT, "If-Match", "*"));

    assertEquals(404, http.get("items/not-there").statusCode());
  }

  /** RFC 9110 13.2.1: PATCH and DELETE of an unknown id are 404, whatever the If-Match. */
  @Test
  void patchAndDeleteOfAnUnknownIdAre404() {
    assertProblem(404, http.patch("items/not-there", "{\"name\":\"x\"}", "If-Match", "\"1\""));
    assertProblem(404, http.delete("items/not-there", "If-Match", "\"1\""));
    assertProblem(404, http.delete("items/not-there", "If-Match", "*"));
  }

  /** RFC 7396: PATCH replaces the fields it names, null removes one, the rest stays. */
  @Test
  void patchMergesAndNullRemovesAField() {
    String path = http.create(SHIRT);

    HttpResponse<String> patched = http.patch(path, "{\"size\":\"L\",\"color\":null}", "If-Match", "\"1\"");

    assertEquals(200, patched.statusCode(), patched.body());
    assertEquals("\"2\"", etag(patched));
    JsonNode item = json(patched);
    assertEquals("L", item.get("size").asText());
    assertTrue(item.get("color").isNull());
    assertEquals("T-shirt", item.get("name").asText());
  }

  /** PATCH with a stale ETag: 412 with the current item, as for PUT. */
  @Test
  void stalePatchIs412WithTheCurrentItem() {
    String path = http.create(SHIRT);
    http.patch(path, "{\"size\":\"L\"}", "If-Match", "\"1\"");

    http.assertPreconditionFailedWithCurrent(path, http.patch(path, "{\"size\":\"S\"}", "If-Match", "\"1\""));
  }

  /** DELETE with the current ETag: 204, and the item is gone. */
  @Test
  void deleteWithTheCurrentETagIs204AndTheItemIsGone() {
    String path = http.create(SHIRT);

    HttpResponse<String> deleted = http.delete(path, "If-Match", "\"1\"");

    assertEquals(204, deleted.statusCode());
    assertEquals(404, http.get(path).statusCode());
  }

  /** DELETE with a stale ETag: 412 with the current item; the item stays. */
  @Test
  void staleDeleteIs412WithTheCurrentItem() {
    String path = http.create(SHIRT);
    http.patch(path, "{\"size\":\"L\"}", "If-Match", "\"1\"");

    http.assertPreconditionFailedWithCurrent(path, http.delete(path, "If-Match", "\"1\""));
  }

  /** A PUT or PATCH that changes nothing is 200 with the same ETag; the version does not move. */
  @Test
  void aWriteThatChangesNothingKeepsTheETag() {
    String path = http.create(SHIRT);

    HttpResponse<String> put = http.put(path,
        "{\"name\":\"T-shirt\",\"color\":\"red\",\"size\":\"M\",\"price\":12.5}", "If-Match", "\"1\"");
    HttpResponse<String> patch = http.patch(path, "{\"size\":\"M\"}", "If-Match", "\"1\"");

    assertEquals(200, put.statusCode(), put.body());
    assertEquals("\"1\"", etag(put));
    assertEquals(200, patch.statusCode(), patch.body());
    assertEquals("\"1\"", etag(patch));
    assertEquals("\"1\"", etag(http.get(path)));
  }

  /** RFC 9110 13.1.1 uses strong comparison: a weak tag, or a tag that is not a version, never matches. */
  @Test
  void ifMatchWithAWeakOrForeignTagIs412WithTheCurrentItem() {
    String path = http.create(SHIRT);
    String listHash = etag(http.get("items"));

    http.assertPreconditionFailedWithCurrent(path, http.put(path, SHIRT, "If-Match", "W/\"1\""));
    http.assertPreconditionFailedWithCurrent(path, http.put(path, SHIRT, "If-Match", listHash));
    assertEquals("\"1\"", etag(http.get(path)));
  }

  /** If-Match lists several tags: the write proceeds when one of them is the current one. */
  @Test
  void ifMatchListingTheCurrentTagAmongOthersMatches() {
    String path = http.create(SHIRT);

    HttpResponse<String> put = http.put(path, "{\"name\":\"Polo\",\"price\":20}", "If-Match", "\"7\", \"1\"");

    assertEquals(200, put.statusCode(), put.body());
    assertEquals("\"2\"", etag(put));
  }

  /** If-Match: * is the explicit "overwrite anyway": it applies to whatever version is stored. */
  @Test
  void ifMatchStarOverwritesWhateverIsStored() {
    String path = http.create(SHIRT);
    http.patch(path, "{\"size\":\"L\"}", "If-Match", "\"1\"");

    HttpResponse<String> forced = http.put(path, "{\"name\":\"Forced\",\"price\":1}", "If-Match", "*");

    assertEquals(200, forced.statusCode(), forced.body());
    assertEquals("\"3\"", etag(forced));
  }

  /** An ETag never repeats for a URI: a re-created item continues after the deleted one's versions. */
  @Test
  void aRecreatedItemNeverGetsAnETagItHadBefore() {
    String path = "items/recreated-" + ItemIds.generate();
    Set<String> seen = new HashSet<>();
    for (int cycle = 0; cycle < 3; cycle++) {
      HttpResponse<String> created = http.put(path, SHIRT, "If-None-Match", "*");
      assertEquals(201, created.statusCode(), created.body());
      assertTrue(seen.add(etag(created)), "repeated " + etag(created));
      assertEquals(204, http.delete(path, "If-Match", etag(created)).statusCode());
    }
  }

  /** id and version in a body are the server's: ignored on create and on replace. */
  @Test
  void serverManagedFieldsInABodyAreIgnored() {
    HttpResponse<String> created =
        http.post("items", "{\"id\":\"mine\",\"version\":99,\"name\":\"T-shirt\",\"price\":1}");
    assertEquals(201, created.statusCode(), created.body());
    String id = json(created).get("id").asText();
    assertNotEquals("mine", id);
    assertEquals(1, json(created).get("version").asLong());

    HttpResponse<String> put = http.put("items/" + id,
        "{\"id\":\"other\",\"version\":42,\"name\":\"Polo\",\"price\":1}", "If-Match", "\"1\"");

    assertEquals(200, put.statusCode(), put.body());
    assertEquals(id, json(put).get("id").asText());
    assertEquals(2, json(put).get("version").asLong());
  }

  /**
   * The atomic path: writers that all send the same current ETag, held between their read and
   * their compare-and-set so they overlap, get exactly one 200; every other gets 412 with the
   * winner's item.
   */
  @Test
  void concurrentPutsWithTheSameETagHaveExactlyOneWinner() throws Exception {
    String path = http.create(SHIRT);
    int writers = 6;
    ExecutorService pool = Executors.newFixedThreadPool(writers);
    try {
      List<CompletableFuture<HttpResponse<String>>> futures = new ArrayList<>();
      for (int writer = 0; writer < writers; writer++) {
        String body = "{\"name\":\"writer " + writer + "\",\"price\":1}";
        futures.add(CompletableFuture.supplyAsync(
            () -> http.put(path, body, "If-Match", "\"1\"", "X-Test-Delay-Millis", "300"), pool));
      }
      List<HttpResponse<String>> responses = new ArrayList<>();
      for (CompletableFuture<HttpResponse<String>> future : futures) {
        responses.add(future.get());
      }

      List<HttpResponse<String>> winners = responses.stream().filter(r -> r.statusCode() == 200).toList();
      assertEquals(1, winners.size(), "winners: " + winners);
      HttpResponse<String> current = http.get(path);
      assertEquals(winners.get(0).body(), current.body());
      for (HttpResponse<String> response : responses) {
        if (response != winners.get(0)) {
          assertEquals(412, response.statusCode());
          assertEquals(current.body(), response.body());
          assertEquals("\"2\"", etag(response));
        }
      }
    } finally {
      pool.shutdownNow();
    }
  }

  /** The start page is served at / (a placeholder until the edit page lands). */
  @Test
  void theStartPageIsServedAtTheRoot() {
    HttpResponse<String> page = http.get("");

    assertEquals(200, page.statusCode());
    assertTrue(page.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
    assertFalse(page.body().isBlank());
  }
}
