package dev.etagfilter.benchmarks.loopback;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;

/**
 * Checks, before any load, that a variant answers as its scenarios expect (200 with an ETag, or
 * without one where the variant tags nothing; 304 for it; 200 for a PUT with it), and returns the
 * current entity tag of a read item for the 304 scenarios. A benchmark of wrong answers would
 * measure nothing.
 */
final class VariantCheck {

  private final HttpClient client =
      HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();

  /** The ETag of {@code itemId}, after checking its 200 and (when tagged) its 304. */
  String currentTag(Variant variant, URI base, String itemId) {
    HttpResponse<String> ok = send(HttpRequest.newBuilder(item(base, itemId)).GET().build());
    expect(variant, ok, 200);
    String tag = ok.headers().firstValue("ETag").orElse(null);
    if (!variant.tagged()) {
      if (tag != null) {
        throw new IllegalStateException(variant + " tagged " + itemId + " with " + tag);
      }
      return null;
    }
    if (tag == null) {
      throw new IllegalStateException(variant + " sent no ETag for " + itemId);
    }
    expect(variant, send(HttpRequest.newBuilder(item(base, itemId)).header("If-None-Match", tag).GET().build()), 304);
    return tag;
  }

  /** Checks that a PUT with the current If-Match succeeds. */
  void checkWrite(Variant variant, URI base, String itemId, Path body) {
    String tag = send(HttpRequest.newBuilder(item(base, itemId)).GET().build()).headers().firstValue("ETag")
        .orElse("\"untagged\"");
    try {
      HttpRequest put = HttpRequest.newBuilder(item(base, itemId))
          .header("If-Match", tag)
          .header("Content-Type", "application/json")
          .PUT(HttpRequest.BodyPublishers.ofFile(body))
          .build();
      expect(variant, send(put), 200);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private static URI item(URI base, String itemId) {
    return URI.create(base + "/items/" + itemId);
  }

  private static void expect(Variant variant, HttpResponse<String> response, int status) {
    if (response.statusCode() != status) {
      throw new IllegalStateException(variant + ": " + response.request().method() + " " + response.uri()
          + " answered " + response.statusCode() + " instead of " + status + ": " + response.body());
    }
  }

  private HttpResponse<String> send(HttpRequest request) {
    try {
      return client.send(request, HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
