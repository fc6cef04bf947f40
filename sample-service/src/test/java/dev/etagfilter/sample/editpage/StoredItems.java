package dev.etagfilter.sample.editpage;

import static dev.etagfilter.sample.TestClient.SHIRT;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import dev.etagfilter.sample.TestClient;
import java.net.http.HttpResponse;

/**
 * What the service really stores, read over HTTP and from its conflict counts, so the browser tests
 * check the outcome and not only what the page shows.
 */
final class StoredItems {

  private static final String PUT = "PUT /items/{id}";

  private final EditPageSession session;

  StoredItems(EditPageSession session) {
    this.session = session;
  }

  /** Creates the shirt of {@link TestClient#SHIRT} (red, M, 12.50) and returns its id. */
  String createShirt() {
    return session.http().create(SHIRT).substring("items/".length());
  }

  /** The item as a GET returns it now. */
  JsonNode get(String id) {
    HttpResponse<String> response = session.http().get("items/" + id);
    assertEquals(200, response.statusCode(), response.body());
    return TestClient.json(response);
  }

  /** Asserts the stored color, size and version of an item. */
  void assertStored(String id, String color, String size, long version) {
    JsonNode item = get(id);
    assertEquals(color, item.get("color").asText(), "color of " + item);
    assertEquals(size, item.get("size").asText(), "size of " + item);
    assertEquals(version, item.get("version").asLong(), "version of " + item);
  }

  /** Writes a new color from outside the page (as another client would), based on {@code etag}. */
  void changeColorElsewhere(String id, String color, String etag) {
    HttpResponse<String> response = session.http().patch("items/" + id, "{\"color\":\"" + color + "\"}", "If-Match", etag);
    assertEquals(200, response.statusCode(), response.body());
  }

  /** Merge-patches the item from outside the page, as {@code author} (sent as {@code From}), based on {@code etag}. */
  void patchElsewhere(String id, String json, String etag, String author) {
    HttpResponse<String> response = session.http().patch("items/" + id, json, "If-Match", etag, "From", author);
    assertEquals(200, response.statusCode(), response.body());
  }

  /** Who saved version {@code version} of the item, as its history says. */
  String savedBy(String id, long version) {
    HttpResponse<String> response = session.http().get("items/" + id + "/versions/" + version);
    assertEquals(200, response.statusCode(), response.body());
    return TestClient.json(response).get("savedBy").asText();
  }

  /** Deletes the item from outside the page. */
  void deleteElsewhere(String id, String etag) {
    HttpResponse<String> response = session.http().delete("items/" + id, "If-Match", etag);
    assertEquals(204, response.statusCode(), response.body());
  }

  /** All PUTs with {@code If-Match: *} so far, as {@code GET /admin/conflicts} counts them. */
  long forcedOverridesOnPut() {
    JsonNode put = TestClient.json(session.http().get("admin/conflicts")).get(PUT);
    return put == null ? 0 : put.get("forcedOverride").asLong();
  }
}
