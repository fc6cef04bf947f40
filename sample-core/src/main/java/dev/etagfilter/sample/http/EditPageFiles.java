package dev.etagfilter.sample.http;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Optional;

/**
 * The files of the browser edit page, read once from classpath {@code web/}. Only the names listed
 * here are served, each with its own media type, so no request path ever reaches the class loader.
 */
final class EditPageFiles {

  /** One file of the page: its bytes and the {@code Content-Type} to send them with. */
  record PageFile(byte[] bytes, String mediaType) {}

  private static final String HTML = "text/html;charset=utf-8";
  private static final String CSS = "text/css;charset=utf-8";
  private static final String JAVASCRIPT = "text/javascript;charset=utf-8";

  private final Map<String, PageFile> files = Map.ofEntries(
      Map.entry("index.html", load("index.html", HTML)),
      Map.entry("edit-page.css", load("edit-page.css", CSS)),
      Map.entry("edit-page.js", load("edit-page.js", JAVASCRIPT)),
      Map.entry("conflict-view.js", load("conflict-view.js", JAVASCRIPT)),
      Map.entry("navigation.js", load("navigation.js", JAVASCRIPT)),
      Map.entry("write-reply.js", load("write-reply.js", JAVASCRIPT)),
      Map.entry("items-api.js", load("items-api.js", JAVASCRIPT)),
      Map.entry("drafts.js", load("drafts.js", JAVASCRIPT)),
      Map.entry("item-fields.js", load("item-fields.js", JAVASCRIPT)),
      Map.entry("item-form.js", load("item-form.js", JAVASCRIPT)),
      Map.entry("item-list.js", load("item-list.js", JAVASCRIPT)),
      Map.entry("messages.js", load("messages.js", JAVASCRIPT)),
      Map.entry("history.js", load("history.js", JAVASCRIPT)),
      Map.entry("history-panel.js", load("history-panel.js", JAVASCRIPT)),
      Map.entry("write-keys.js", load("write-keys.js", JAVASCRIPT)));

  /** The page itself. */
  PageFile index() {
    return files.get("index.html");
  }

  /** A stylesheet or script of the page by file name; empty for any other name. */
  Optional<PageFile> asset(String name) {
    return "index.html".equals(name) ? Optional.empty() : Optional.ofNullable(files.get(name));
  }

  private static PageFile load(String name, String mediaType) {
    String path = "web/" + name;
    try (InputStream in = EditPageFiles.class.getClassLoader().getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalStateException("missing classpath resource " + path);
      }
      return new PageFile(in.readAllBytes(), mediaType);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
