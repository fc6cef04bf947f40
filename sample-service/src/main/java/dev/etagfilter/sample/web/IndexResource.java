package dev.etagfilter.sample.web;

import jakarta.inject.Singleton;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * {@code GET /}: the page at classpath {@code web/index.html}. For now a placeholder that points to
 * the API; the edit page that shows the conflict flow in a browser replaces it in a later issue.
 */
@Path("")
@Singleton
public final class IndexResource {

  private static final String PAGE = "web/index.html";

  private final String html = load();

  /** The page. */
  @GET
  @Produces(MediaType.TEXT_HTML + ";charset=utf-8")
  public String index() {
    return html;
  }

  private static String load() {
    try (InputStream in = IndexResource.class.getClassLoader().getResourceAsStream(PAGE)) {
      if (in == null) {
        throw new IllegalStateException("missing classpath resource " + PAGE);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
