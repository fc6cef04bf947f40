package dev.etagfilter.client.it.server;

import jakarta.annotation.Priority;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The server half of a write's {@code Idempotency-Key}, as issue 14 specifies it (a stand-in until
 * the library has it): the first successful answer to a keyed write is kept with a fingerprint of
 * the request; the same key and fingerprint again get that answer with nothing written, the same
 * key with another request is 422, and a key still in progress is 409. Pre-matching, so a resend
 * is recognised before its (now stale) {@code If-Match} is evaluated.
 */
@PreMatching
@Priority(100)
final class IdempotencyKeys implements ContainerRequestFilter, ContainerResponseFilter {

  private static final String HEADER = "Idempotency-Key";
  private static final String CLAIMED = IdempotencyKeys.class.getName() + ".claimed";

  /** A key's request and, once it succeeded, its answer. */
  private record Entry(String fingerprint, Answer answer) {}

  private record Answer(int status, Object entity, MediaType type, String etag, String location) {}

  private final Map<String, Entry> entries = new ConcurrentHashMap<>();

  @Override
  public void filter(ContainerRequestContext request) throws IOException {
    String key = request.getHeaderString(HEADER);
    if (key == null) {
      return;
    }
    byte[] body = request.hasEntity() ? request.getEntityStream().readAllBytes() : new byte[0];
    request.setEntityStream(new ByteArrayInputStream(body));
    String fingerprint = fingerprint(request, body);
    Entry claimed = new Entry(fingerprint, null);
    Entry existing = entries.putIfAbsent(key, claimed);
    if (existing == null) {
      request.setProperty(CLAIMED, key);
    } else if (!existing.fingerprint().equals(fingerprint)) {
      request.abortWith(Response.status(422).build());
    } else if (existing.answer() == null) {
      request.abortWith(Response.status(409).build());
    } else {
      Answer a = existing.answer();
      request.abortWith(Response.status(a.status()).entity(a.entity()).type(a.type())
          .header(HttpHeaders.ETAG, a.etag()).header(HttpHeaders.LOCATION, a.location()).build());
    }
  }

  @Override
  public void filter(ContainerRequestContext request, ContainerResponseContext response) {
    if (!(request.getProperty(CLAIMED) instanceof String key)) {
      return;
    }
    if (response.getStatusInfo().getFamily() == Response.Status.Family.SUCCESSFUL) {
      entries.computeIfPresent(key, (k, claimed) -> new Entry(claimed.fingerprint(), new Answer(
          response.getStatus(), response.getEntity(), response.getMediaType(),
          response.getHeaderString(HttpHeaders.ETAG), response.getHeaderString(HttpHeaders.LOCATION))));
    } else {
      // Only a success is kept: a refused write may be sent again with its key.
      entries.remove(key);
    }
  }

  private static String fingerprint(ContainerRequestContext request, byte[] body) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      sha.update((request.getMethod() + ' ' + request.getUriInfo().getRequestUri().getPath() + '\n')
          .getBytes(java.nio.charset.StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(sha.digest(body));
    } catch (NoSuchAlgorithmException e) {
      throw new UncheckedIOException(new IOException(e));
    }
  }
}
