package dev.etagfilter.sample.http;

import dev.etagfilter.WriteCondition;
import dev.etagfilter.sample.item.ItemVersion;
import dev.etagfilter.sample.store.ItemStore;
import dev.etagfilter.sample.store.VersionPage;
import dev.etagfilter.sample.store.WriteResult;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;

/**
 * The history endpoints of an item collection, the same for {@code /items} and {@code
 * /mergeable-items}: the kept versions newest first and paged, one version with its own entity
 * tag, and the restore of a version as a new write.
 *
 * <ul>
 *   <li>{@code GET {id}/versions?before=V&limit=N}: up to N (1 to 100, default 20) versions older
 *       than V (default: all), newest first; {@code next} in the body and a {@code Link: <...>;
 *       rel="next"} (RFC 8288) name the following page. A deleted item keeps its history.
 *   <li>{@code GET {id}/versions/{v}}: that version, {@code ETag: "v"}.
 *   <li>{@code POST {id}/versions/{v}/restore}: under {@code If-Match} of the current version, a
 *       new version with v's content (200 with the item; the version number never repeats), or the
 *       current version itself when it already has that content. With {@code If-None-Match: *} on a
 *       deleted item it re-creates the item with v's content (201). The version that records a
 *       deletion cannot be restored (409).
 * </ul>
 */
final class ItemHistory {

  static final int DEFAULT_LIMIT = 20;
  static final int MAX_LIMIT = 100;

  private final ItemStore store;
  private final ItemAnswers answers;
  private final VersionConditions conditions;

  ItemHistory(ItemStore store, ItemAnswers answers, VersionConditions conditions) {
    this.store = store;
    this.answers = answers;
    this.conditions = conditions;
  }

  /** A page of the history; 404 when no item ever had the id. */
  Response page(String id, String before, String limit) {
    ItemAnswers.requireValid(id);
    long olderThan = before == null ? Long.MAX_VALUE : positive("before", before, Long.MAX_VALUE);
    int size = limit == null ? DEFAULT_LIMIT : (int) positive("limit", limit, MAX_LIMIT);
    VersionPage page = store.history(id, olderThan, size).orElseThrow(() -> answers.notFound(id));
    List<ItemVersionRepresentation> versions = page.versions().stream().map(ItemVersionRepresentation::of).toList();
    URI next = page.more()
        ? answers.uriOf(id + "/versions?before=" + versions.get(versions.size() - 1).version() + "&limit=" + size)
        : null;
    Response.ResponseBuilder answer =
        Response.ok(new HistoryPageRepresentation(id, versions, next == null ? null : next.toString()));
    if (next != null) {
      answer.header(HttpHeaders.LINK, "<" + next + ">; rel=\"next\"");
    }
    return answer.build();
  }

  /** One kept version; 404 when the item never had it or the retention dropped it. */
  ItemVersionRepresentation version(String id, String version) {
    return ItemVersionRepresentation.of(kept(ItemAnswers.requireValid(id), version));
  }

  /** Restores a kept version as a new write under the request's precondition. */
  Response restore(String id, String version, WriteCondition condition, String from) {
    ItemAnswers.requireValid(id);
    String author = FromHeader.author(from);
    ItemVersion old = kept(id, version);
    if (old.deleted()) {
      throw ProblemException.conflict("Version " + old.version() + " of item '" + id + "' records its deletion,"
          + " which has no content to restore. Restore one of the versions before it (GET " + answers.uriOf(id
          + "/versions") + ").");
    }
    if (ItemPreconditions.isCreateOnly(condition)) {
      // RFC 9110 13.1.2: If-None-Match: * brings back a deleted item, never replaces a live one.
      WriteResult result = store.createIfAbsent(id, old.fields(), author);
      if (result instanceof WriteResult.Created done) {
        return answers.created(done.item());
      }
      ItemAnswers.written(result, ItemPreconditions::failedAbsent);
      throw new IllegalStateException("unexpected create result " + result);
    }
    WriteResult result = store.replace(id, conditions.of(condition), current -> old.fields(), author);
    // RFC 9110 13.1.1: If-Match is false when there is no current representation (a deleted item).
    ItemRepresentation restored = ItemAnswers.written(result, ItemPreconditions::failedAbsent);
    // RFC 9110 8.7: the content is a representation of the item itself, not of the restore action.
    return Response.ok(restored).header(HttpHeaders.CONTENT_LOCATION, answers.uriOf(id)).build();
  }

  private ItemVersion kept(String id, String version) {
    long number = positive("version", version, Long.MAX_VALUE);
    return store.version(id, number).orElseThrow(() -> ProblemException.notFound("Item '" + id + "' has no version "
        + number + ": it never had it, or the history no longer keeps it. GET " + answers.uriOf(id + "/versions")
        + " lists the kept versions."));
  }

  /** A whole number from 1 to {@code max}, else a 400 naming the parameter. */
  private static long positive(String name, String value, long max) {
    try {
      long number = Long.parseLong(value.trim());
      if (number >= 1 && number <= max) {
        return number;
      }
    } catch (NumberFormatException e) {
      // answered below
    }
    throw ProblemException.badRequest("The " + name + " must be a whole number from 1"
        + (max == Long.MAX_VALUE ? "" : " to " + max) + ", got '" + shorten(value) + "'.");
  }

  private static String shorten(String value) {
    return value.length() <= 40 ? value : value.substring(0, 40) + "...";
  }
}
