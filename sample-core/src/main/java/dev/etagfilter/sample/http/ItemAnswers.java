package dev.etagfilter.sample.http;

import dev.etagfilter.sample.item.Item;
import dev.etagfilter.sample.item.ItemIds;
import dev.etagfilter.sample.store.WriteResult;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.function.Supplier;

/**
 * What both item collections ({@code /items} and {@code /mergeable-items}) answer alike: their
 * URIs under the public base URI, the 400 for a bad id, the 404 for an unknown one, the 201 of a
 * create, and a store's {@link WriteResult} as the item or the library's 412.
 */
final class ItemAnswers {

  private final String path;
  private final URI collection;

  /** Answers for the collection at {@code path} (e.g. {@code items}) under {@code publicBaseUri}. */
  ItemAnswers(URI publicBaseUri, String path) {
    this.path = path;
    this.collection = publicBaseUri.resolve(path + "/");
  }

  /** The absolute URI of the item with {@code id}, or of something under it ({@code id/versions}). */
  URI uriOf(String relative) {
    return collection.resolve(relative);
  }

  /** 201 with the item, its {@code Location} under the public base URI (RFC 9110 10.2.2). */
  Response created(Item item) {
    return Response.created(uriOf(item.id())).entity(ItemRepresentation.of(item)).build();
  }

  /** {@code id} if valid, else a 400 saying which characters are allowed. */
  static String requireValid(String id) {
    if (!ItemIds.isValid(id)) {
      throw ProblemException.badRequest(
          "The item id in the path is not valid: ids are 1 to 64 characters of A-Z, a-z, 0-9, '_' and '-'"
              + " (for example 'blue-shirt_2'). Use the id from the item's Location header or its \"id\" field.");
    }
    return id;
  }

  /** 404 naming the id and where the items are listed. */
  ProblemException notFound(String id) {
    return ProblemException.notFound("No item has the id '" + id + "'. GET /" + path + " lists the items there are.");
  }

  /**
   * The item a write left stored; a conflict becomes the library's 412 with the current item, an
   * absent item {@code whenAbsent}.
   */
  static ItemRepresentation written(WriteResult result, Supplier<RuntimeException> whenAbsent) {
    if (result instanceof WriteResult.Changed changed) {
      return ItemRepresentation.of(changed.item());
    }
    if (result instanceof WriteResult.Merged merged) {
      return ItemRepresentation.of(merged.item());
    }
    if (result instanceof WriteResult.Unchanged unchanged) {
      return ItemRepresentation.of(unchanged.item());
    }
    if (result instanceof WriteResult.Conflict conflict) {
      throw ItemPreconditions.failed(conflict.current());
    }
    if (result instanceof WriteResult.Absent) {
      throw whenAbsent.get();
    }
    throw new IllegalStateException("unexpected write result " + result);
  }
}
