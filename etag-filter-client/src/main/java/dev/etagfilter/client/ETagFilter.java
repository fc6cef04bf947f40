package dev.etagfilter.client;

import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.client.ClientRequestContext;
import jakarta.ws.rs.client.ClientRequestFilter;
import jakarta.ws.rs.client.ClientResponseContext;
import jakarta.ws.rs.client.ClientResponseFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MultivaluedMap;
import java.net.URI;
import java.util.Locale;
import java.util.Set;

/**
 * The work of {@link ETagClientFeature}: remembers tags from answers, adds {@code If-Match} and
 * {@code Idempotency-Key} to writes. It never throws for a status and never sends a request itself.
 */
final class ETagFilter implements ClientRequestFilter, ClientResponseFilter {

  /** After the application's own filters (default {@link Priorities#USER}), so a header they set wins. */
  static final int PRIORITY = Priorities.USER + 1000;

  /** Where a request keeps what this filter added to it, for its answer and for a re-invocation. */
  private static final String ADDED = "dev.etagfilter.client.added";

  /** The methods whose successful answer tags the target (RFC 9110 8.8.3). */
  private static final Set<String> REMEMBERING = Set.of("GET", "HEAD", "POST", "PUT", "PATCH");

  /** The methods that replace or remove the state read before: they get {@code If-Match}. */
  private static final Set<String> CONDITIONAL = Set.of("PUT", "PATCH", "DELETE");

  /** The methods that change state: they get an {@code Idempotency-Key}. */
  private static final Set<String> WRITES = Set.of("POST", "PUT", "PATCH", "DELETE");

  /** What the filter added to one request: the values it put in, and the slot of its key. */
  private record Added(String ifMatch, String key, String slot) {}

  private final ETagMemory memory;
  private final ResendKeys resendKeys;

  ETagFilter(ETagMemory memory, ResendKeys resendKeys) {
    this.memory = memory;
    this.resendKeys = resendKeys;
  }

  @Override
  public void filter(ClientRequestContext request) {
    String method = request.getMethod().toUpperCase(Locale.ROOT);
    if (!WRITES.contains(method)) {
      return;
    }
    MultivaluedMap<String, Object> headers = request.getHeaders();
    // Some implementations keep a re-invoked Invocation's headers: decide again as if they were new.
    removeWhatWasAdded(request, headers);
    String ifMatch = null;
    if (CONDITIONAL.contains(method)
        && request.getHeaderString(HttpHeaders.IF_MATCH) == null
        && request.getHeaderString(HttpHeaders.IF_NONE_MATCH) == null) {
      // The caller's own precondition always wins; with nothing remembered the server's 428 says "read first".
      ifMatch = memory.get(request.getUri());
      if (ifMatch != null) {
        headers.putSingle(HttpHeaders.IF_MATCH, ifMatch);
      }
    }
    String key = null;
    String slot = null;
    if (request.getHeaderString(ETagClientFeature.IDEMPOTENCY_KEY) == null) {
      slot = ResendKeys.slotOf(
          method, ETagMemory.keyOf(request.getUri()), request.getHeaderString(HttpHeaders.IF_MATCH));
      key = resendKeys.keyFor(slot, request.getEntity());
      headers.putSingle(ETagClientFeature.IDEMPOTENCY_KEY, key);
    }
    if (ifMatch != null || key != null) {
      request.setProperty(ADDED, new Added(ifMatch, key, slot));
    }
  }

  @Override
  public void filter(ClientRequestContext request, ClientResponseContext response) {
    if (request.getProperty(ADDED) instanceof Added added && added.slot() != null) {
      resendKeys.answered(added.slot(), added.key());
    }
    String method = request.getMethod().toUpperCase(Locale.ROOT);
    URI uri = request.getUri();
    int status = response.getStatus();
    // The resource is gone: a tag for it could only make a later write fail or, after re-creation, match wrongly.
    if (status == 404 || status == 410) {
      memory.forget(uri);
      return;
    }
    // A 304 confirms the tag the caller holds; an ETag it carries is the current one (RFC 9110 15.4.5).
    if (status == 304) {
      String etag = response.getHeaderString(HttpHeaders.ETAG);
      if (etag != null && REMEMBERING.contains(method)) {
        rememberOrForget(uri, etag);
      }
      return;
    }
    // 412, 428 and every other failure leave the memory alone: a 412's ETag is someone else's write.
    if (status < 200 || status > 299) {
      return;
    }
    if ("DELETE".equals(method)) {
      memory.forget(uri);
      return;
    }
    if (!REMEMBERING.contains(method)) {
      return;
    }
    // RFC 9110 15.3.2: a 201's ETag belongs to the resource it created, named by Location.
    URI tagged = status == 201 && response.getLocation() != null ? uri.resolve(response.getLocation()) : uri;
    rememberOrForget(tagged, response.getHeaderString(HttpHeaders.ETAG));
  }

  /**
   * Keeps a strong tag; forgets the URI for none or a weak one, which can never satisfy {@code
   * If-Match} (RFC 9110 13.1.1 compares strongly): the next write then gets the server's 428.
   */
  private void rememberOrForget(URI uri, String etag) {
    if (etag == null || etag.isBlank() || etag.startsWith("W/")) {
      memory.forget(uri);
    } else {
      memory.remember(uri, etag.strip());
    }
  }

  private static void removeWhatWasAdded(ClientRequestContext request, MultivaluedMap<String, Object> headers) {
    if (!(request.getProperty(ADDED) instanceof Added added)) {
      return;
    }
    if (added.ifMatch() != null && added.ifMatch().equals(request.getHeaderString(HttpHeaders.IF_MATCH))) {
      headers.remove(HttpHeaders.IF_MATCH);
    }
    if (added.key() != null && added.key().equals(request.getHeaderString(ETagClientFeature.IDEMPOTENCY_KEY))) {
      headers.remove(ETagClientFeature.IDEMPOTENCY_KEY);
    }
    request.removeProperty(ADDED);
  }
}
