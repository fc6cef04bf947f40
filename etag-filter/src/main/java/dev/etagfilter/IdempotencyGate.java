package dev.etagfilter;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Providers;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Recognises a retried write by its {@code Idempotency-Key} (IETF httpapi draft "The Idempotency-Key
 * HTTP Header Field"): before the preconditions, a key already answered for the same request gets
 * that answer again, one in progress gets 409, one used for another request 422; after the method,
 * the first successful answer is kept (or the key given up when there was none). A write without
 * the header never meets this class's work.
 */
final class IdempotencyGate {

  /** The request header (draft section 2). */
  static final String HEADER = "Idempotency-Key";

  /** The request property holding this request's claim. */
  private static final String CLAIM_PROPERTY = "dev.etagfilter.idempotency";

  /** The request property marking a replayed answer, which the response filter leaves alone. */
  static final String REPLAYED_PROPERTY = "dev.etagfilter.replayed";

  /** The largest body fingerprinted: it is held in memory while the request runs. */
  static final int MAX_BODY_BYTES = 1024 * 1024;

  private static final int MAX_KEY_LENGTH = 255;

  /** Headers of an answer that belong to one transmission, not to the answer: never replayed. */
  private static final Set<String> NOT_KEPT = Set.of("date", "content-length", "transfer-encoding", "connection",
      "keep-alive", "set-cookie");

  /** A key claimed by this request. */
  private record Claimed(String key, String fingerprint) {}

  private final IdempotencyStore store;

  IdempotencyGate(IdempotencyStore store) {
    this.store = store;
  }

  /**
   * Claims the request's key; answers the request itself (and returns true) when the key is
   * malformed, in progress, already answered or used for another request.
   */
  boolean answeredBeforeTheMethod(ContainerRequestContext request) throws IOException {
    String header = request.getHeaderString(HEADER);
    if (header == null) {
      return false;
    }
    String key = keyOf(header);
    if (key == null) {
      request.abortWith(ProblemResponses.malformedIdempotencyKey());
      return true;
    }
    byte[] body = bufferedBody(request);
    if (body == null) {
      request.abortWith(ProblemResponses.idempotentBodyTooLarge(MAX_BODY_BYTES));
      return true;
    }
    String fingerprint = fingerprint(request.getMethod(), request.getUriInfo().getRequestUri(), body);
    IdempotencyStore.Claim claim = store.claim(key, fingerprint);
    switch (claim.state()) {
      case FIRST -> {
        request.setProperty(CLAIM_PROPERTY, new Claimed(key, fingerprint));
        return false;
      }
      case ANSWERED -> {
        request.setProperty(REPLAYED_PROPERTY, Boolean.TRUE);
        request.abortWith(replay(claim.answer()));
      }
      case IN_PROGRESS -> request.abortWith(ProblemResponses.idempotencyKeyInProgress());
      case OTHER_REQUEST -> request.abortWith(ProblemResponses.idempotencyKeyReused());
      default -> throw new IllegalStateException("unknown claim " + claim);
    }
    return true;
  }

  /** After the method: keeps a successful answer for the claimed key, else gives the key up. */
  void afterTheMethod(ContainerRequestContext request, ContainerResponseContext response, Providers providers)
      throws IOException {
    if (!(request.getProperty(CLAIM_PROPERTY) instanceof Claimed claimed)) {
      return;
    }
    request.removeProperty(CLAIM_PROPERTY);
    StoredAnswer answer = response.getStatusInfo().getFamily() == Response.Status.Family.SUCCESSFUL
        ? answerOf(response, providers)
        : null;
    if (answer == null) {
      store.release(claimed.key(), claimed.fingerprint());
    } else {
      store.complete(claimed.key(), claimed.fingerprint(), answer);
    }
  }

  /**
   * The answer as it will be sent: the body written once by the application's writer, those bytes
   * then sent in place of the entity; null when it cannot be written here (a stream).
   */
  private static StoredAnswer answerOf(ContainerResponseContext response, Providers providers) throws IOException {
    byte[] body = new byte[0];
    if (response.hasEntity()) {
      body = RepresentationTagger.bytesOf(new RepresentationTagger.Representation(response.getEntity(),
          response.getEntityType(), response.getEntityAnnotations(), response.getMediaType(),
          response.getHeaders()), providers);
      if (body == null) {
        return null;
      }
      if (!(response.getEntity() instanceof byte[])) {
        response.setEntity(body, response.getEntityAnnotations(), response.getMediaType());
      }
    }
    List<Map.Entry<String, String>> headers = new ArrayList<>();
    response.getStringHeaders().forEach((name, values) -> {
      if (!NOT_KEPT.contains(name.toLowerCase(java.util.Locale.ROOT))) {
        values.forEach(value -> headers.add(Map.entry(name, value)));
      }
    });
    if (response.getMediaType() != null && response.getHeaderString(HttpHeaders.CONTENT_TYPE) == null) {
      headers.add(Map.entry(HttpHeaders.CONTENT_TYPE, response.getMediaType().toString()));
    }
    return new StoredAnswer(response.getStatus(), headers, body);
  }

  private static Response replay(StoredAnswer answer) {
    Response.ResponseBuilder replay = Response.status(answer.status());
    MediaType type = null;
    for (Map.Entry<String, String> header : answer.headers()) {
      if (header.getKey().equalsIgnoreCase(HttpHeaders.CONTENT_TYPE)) {
        type = MediaType.valueOf(header.getValue());
      } else {
        replay.header(header.getKey(), header.getValue());
      }
    }
    if (answer.body().length > 0) {
      replay.entity(answer.body()).type(type);
    }
    return replay.build();
  }

  /**
   * The key: an sf-string (draft section 2, RFC 8941 3.3.3), or, leniently, a bare token of visible
   * ASCII as many clients send it; null when it is neither or longer than 255 characters.
   */
  static String keyOf(String header) {
    String value = header.trim();
    if (value.length() >= 2 && value.charAt(0) == '"' && value.charAt(value.length() - 1) == '"') {
      value = value.substring(1, value.length() - 1);
      if (value.indexOf('"') >= 0 || value.indexOf('\\') >= 0) {
        return null;
      }
    }
    if (value.isEmpty() || value.length() > MAX_KEY_LENGTH) {
      return null;
    }
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c < 0x20 || c > 0x7E || c == '"') {
        return null;
      }
    }
    return value;
  }

  /** The request body, read once and put back for the method; null when over the limit. */
  private static byte[] bufferedBody(ContainerRequestContext request) throws IOException {
    if (!request.hasEntity()) {
      return new byte[0];
    }
    InputStream in = request.getEntityStream();
    byte[] body = in.readNBytes(MAX_BODY_BYTES + 1);
    if (body.length > MAX_BODY_BYTES) {
      return null;
    }
    request.setEntityStream(new ByteArrayInputStream(body));
    return body;
  }

  /** SHA-256 of the method, the target (path and query) and the body: "the same request". */
  static String fingerprint(String method, URI target, byte[] body) {
    try {
      MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
      String path = target.getRawPath() + (target.getRawQuery() == null ? "" : "?" + target.getRawQuery());
      sha256.update((method + " " + path + "\n").getBytes(StandardCharsets.UTF_8));
      sha256.update(body);
      return Base64.getUrlEncoder().withoutPadding().encodeToString(sha256.digest());
    } catch (NoSuchAlgorithmException e) {
      // Every Java platform must implement SHA-256 (java.security.MessageDigest).
      throw new IllegalStateException(e);
    }
  }
}
