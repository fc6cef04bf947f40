package dev.etagfilter.client;

import jakarta.ws.rs.core.Feature;
import jakarta.ws.rs.core.FeatureContext;

/**
 * Makes a Jakarta REST {@code Client} or {@code WebTarget} write only what it has read: it remembers
 * the {@code ETag} of each resource, sends it back as {@code If-Match}, and gives every write an
 * {@code Idempotency-Key}. It never throws and never retries; read answers with {@link
 * ETagResponses#readEntity(jakarta.ws.rs.core.Response, Class)}, retry with {@link RetryOnConflict}.
 *
 * <pre>{@code
 * Client client = ClientBuilder.newClient().register(new ETagClientFeature());
 * WebTarget item = client.target("https://api.example.com/items/42");
 * Item current = item.request(APPLICATION_JSON).get(Item.class);          // remembers ETag "7"
 * Response put = item.request().put(Entity.json(current.withColor("green")));
 * Item saved = ETagResponses.readEntity(put, Item.class);                 // sent If-Match: "7"
 * }</pre>
 *
 * <p>What it does, per request:
 *
 * <ul>
 *   <li><b>Remember.</b> The {@code ETag} of a {@code 2xx} answer to GET, HEAD, POST, PUT or PATCH
 *       (and of a {@code 304}) is kept for the request's URI, or for the {@code Location} of a
 *       {@code 201}. A {@code 2xx} without an {@code ETag} forgets the URI, as do {@code 404},
 *       {@code 410} and a successful DELETE. A {@code 412} changes nothing: its {@code ETag} is
 *       the state someone else wrote, and adopting it would let a blind retry overwrite that write.
 *       At most {@code maxUris} URIs are kept, the least recently used going first.
 *   <li><b>Send it back.</b> PUT, PATCH and DELETE get {@code If-Match} with the remembered tag
 *       unless the caller set {@code If-Match} or {@code If-None-Match}; with nothing remembered
 *       nothing is sent, so the server's {@code 428} says "read it first".
 *   <li><b>Mark each write.</b> POST, PUT, PATCH and DELETE get an {@link #IDEMPOTENCY_KEY} unless
 *       the caller set one (IETF httpapi draft "The Idempotency-Key HTTP Header Field": a quoted
 *       random UUID), so a server that keeps first answers recognises a resend. A request sent again
 *       unchanged (the same entity object, method, URI and {@code If-Match}) while its earlier send
 *       got no answer (a timeout, a dropped connection) carries the same key; once an answer has
 *       arrived, the next send is a new request with a new key.
 * </ul>
 *
 * <p>One instance keeps one memory, shared by every client and target it is registered on, and is
 * safe for concurrent use. It uses only the Jakarta REST API, so it runs on any client
 * implementation.
 */
public final class ETagClientFeature implements Feature {

  /** The request header that identifies one write across resends: {@value}. */
  public static final String IDEMPOTENCY_KEY = "Idempotency-Key";

  /** How many URIs the no-argument constructor remembers. */
  static final int DEFAULT_MAX_URIS = 10_000;

  private final ETagFilter filter;

  /** A feature that remembers the tags of up to 10,000 URIs. */
  public ETagClientFeature() {
    this(DEFAULT_MAX_URIS);
  }

  private ETagClientFeature(int maxUris) {
    this.filter = new ETagFilter(new ETagMemory(maxUris), new ResendKeys(ResendKeys.DEFAULT_CAPACITY));
  }

  /**
   * A feature that remembers the tags of up to {@code maxUris} URIs.
   *
   * @param maxUris how many URIs to remember, the least recently used forgotten first
   * @return the feature
   * @throws IllegalArgumentException if {@code maxUris} is not positive
   */
  public static ETagClientFeature remembering(int maxUris) {
    if (maxUris <= 0) {
      throw new IllegalArgumentException("maxUris must be positive: " + maxUris);
    }
    return new ETagClientFeature(maxUris);
  }

  /** Registers the filter that does the work; a second registration of the same instance does nothing. */
  @Override
  public boolean configure(FeatureContext context) {
    if (context.getConfiguration().isRegistered(filter)) {
      return false;
    }
    context.register(filter, ETagFilter.PRIORITY);
    return true;
  }
}
