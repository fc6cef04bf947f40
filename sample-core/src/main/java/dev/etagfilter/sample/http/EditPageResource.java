package dev.etagfilter.sample.http;

import io.swagger.v3.oas.annotations.Hidden;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;

/**
 * {@code GET /}: the edit page that shows how a browser client handles a conflict (412) without
 * losing anyone's edits, and {@code GET /page/{file}}: its stylesheet and scripts. Plain files, no
 * build step; see the module README for what the page does. Not part of the API's OpenAPI document.
 */
@Hidden
@Path("")
public final class EditPageResource {

  /**
   * Everything the page loads comes from this origin; it embeds nothing and may not be framed
   * (which also rules out clickjacking the "Overwrite anyway" button).
   */
  private static final String CONTENT_SECURITY_POLICY =
      "default-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'";

  private final EditPageFiles files = new EditPageFiles();

  /** The page. */
  @GET
  public Response index() {
    return send(files.index()).header("Content-Security-Policy", CONTENT_SECURITY_POLICY).build();
  }

  /** A stylesheet or script of the page; any other name is a 404 problem. */
  @GET
  @Path("page/{file}")
  public Response asset(@PathParam("file") String file) {
    return send(files.asset(file).orElseThrow(() -> ProblemException.notFound(
        "The edit page has no file '" + file + "'. Open / to get the page.")))
        .build();
  }

  /**
   * The file with its media type. {@code no-cache} (RFC 9111 5.2.2.4): the browser may keep it but
   * revalidates it (with the ETag the library adds) on each load, so a new version of the page is
   * never mixed with an old script.
   */
  private static Response.ResponseBuilder send(EditPageFiles.PageFile file) {
    return Response.ok(file.bytes(), file.mediaType())
        .header("Cache-Control", "no-cache")
        .header("X-Content-Type-Options", "nosniff");
  }
}
