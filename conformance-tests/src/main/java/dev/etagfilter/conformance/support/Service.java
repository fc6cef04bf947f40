package dev.etagfilter.conformance.support;

import static io.restassured.config.EncoderConfig.encoderConfig;
import static io.restassured.config.HttpClientConfig.httpClientConfig;
import static io.restassured.config.RedirectConfig.redirectConfig;

import dev.etagfilter.testsupport.RawHttp;
import io.restassured.RestAssured;
import io.restassured.config.RestAssuredConfig;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The service under test: one or more base URLs (nodes) that serve the same resources, and the
 * configuration that says how to create and change one. Requests go to the nodes in turn, so with
 * two nodes every check also proves that they agree. Also closes whatever was started for it.
 */
public final class Service implements AutoCloseable {

  /**
   * Plain HTTP as a client library would send it: no charset added to the content type, no
   * redirects followed, and timeouts so that a hung server fails a check instead of the build.
   */
  private static final RestAssuredConfig HTTP = RestAssuredConfig.config()
      .encoderConfig(encoderConfig()
          .appendDefaultContentCharsetToContentTypeIfUndefined(false)
          .defaultContentCharset(StandardCharsets.UTF_8))
      .redirect(redirectConfig().followRedirects(false))
      .httpClient(httpClientConfig()
          .setParam("http.connection.timeout", 10_000)
          .setParam("http.socket.timeout", 120_000));

  private final List<URI> nodes;
  private final TargetConfig config;
  private final AutoCloseable onClose;
  private final AtomicInteger turn = new AtomicInteger();

  /**
   * @param nodes the base URLs, at least one
   * @param config how to create and change a resource
   * @param onClose stops what was started for this target (a no-op for a remote one)
   */
  public Service(List<URI> nodes, TargetConfig config, AutoCloseable onClose) {
    if (nodes.isEmpty()) {
      throw new IllegalArgumentException("no base URL");
    }
    this.nodes = List.copyOf(nodes);
    this.config = config;
    this.onClose = onClose;
  }

  /** How to create and change a resource of this service. */
  public TargetConfig config() {
    return config;
  }

  /** The base URLs. */
  public List<URI> nodes() {
    return nodes;
  }

  /** Sends to the next node in turn. */
  public Exchange send(Request request) {
    return sendTo(Math.floorMod(turn.getAndIncrement(), nodes.size()), request);
  }

  /** Sends to node {@code index} (0-based). */
  public Exchange sendTo(int index, Request request) {
    URI node = nodes.get(index);
    if (request.isRaw()) {
      RawHttp.Response raw =
          RawHttp.send(node, request.method(), request.path(), request.headers(), request.contentType(), request.body());
      return new Exchange(node, request, raw.status(), raw.headers(), raw.body());
    }
    RequestSpecification spec = RestAssured.given().config(HTTP).baseUri(node.toString()).urlEncodingEnabled(false);
    for (Map.Entry<String, String> header : request.headers()) {
      spec.header(header.getKey(), header.getValue());
    }
    if (request.body() != null) {
      spec.contentType(request.contentType()).body(request.body().getBytes(StandardCharsets.UTF_8));
    }
    Response response = spec.request(request.method(), request.path());
    List<Map.Entry<String, String>> headers =
        response.headers().asList().stream().map(h -> Map.entry(h.getName(), h.getValue())).toList();
    return new Exchange(node, request, response.statusCode(), headers, response.asString());
  }

  /** POSTs the configured create body and returns the new resource as a GET then sees it. */
  public Snapshot create() {
    Exchange created = send(Request.post(config.collectionPath(), config.createBody()));
    if (created.status() != 201 || created.locationPath() == null) {
      throw new AssertionError("Cannot create a resource to check (expected 201 with Location): " + created);
    }
    return read(created.locationPath());
  }

  /** GETs {@code path}, which must answer 200 with an ETag. */
  public Snapshot read(String path) {
    Exchange read = send(Request.get(path));
    if (read.status() != 200 || read.etag() == null) {
      throw new AssertionError("Expected 200 with an ETag: " + read);
    }
    return new Snapshot(path, read.etag(), read.body());
  }

  /** Replaces the resource with the configured update body, as a careful client does. */
  public Snapshot change(Snapshot current) {
    Exchange changed = send(Request.put(current.path(), config.updateBody()).ifMatch(current.etag()));
    if (!changed.successful()) {
      throw new AssertionError("Cannot change a resource with its current ETag (expected 2xx): " + changed);
    }
    return read(current.path());
  }

  /** A resource that was changed once: its previous ETag is stale, the snapshot is current. */
  public Edited edited() {
    Snapshot original = create();
    return new Edited(original.etag(), change(original));
  }

  /** The path of a resource that existed and was deleted: nothing is there now. */
  public String deletedPath() {
    Snapshot gone = create();
    Exchange deleted = send(Request.delete(gone.path()).ifMatch(gone.etag()));
    if (!deleted.successful()) {
      throw new AssertionError("Cannot delete a resource with its current ETag (expected 2xx): " + deleted);
    }
    return gone.path();
  }

  /**
   * A resource after one change.
   *
   * @param staleETag its ETag before the change
   * @param current the resource now
   */
  public record Edited(String staleETag, Snapshot current) {}

  /** Stops what was started for this target. */
  @Override
  public void close() throws IOException {
    try {
      onClose.close();
    } catch (IOException | RuntimeException e) {
      throw e;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while stopping the target", e);
    } catch (Exception e) {
      throw new IOException("could not stop the target: " + e, e);
    }
  }

  @Override
  public String toString() {
    return nodes + " collection " + config.collectionPath();
  }
}
