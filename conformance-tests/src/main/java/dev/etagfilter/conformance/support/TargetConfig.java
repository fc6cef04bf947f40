package dev.etagfilter.conformance.support;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.concurrent.ThreadLocalRandom;

/**
 * What the suite knows about the service under test, read once from {@link Settings} and checked
 * for consistency, so a wrong configuration fails with one clear message instead of odd results.
 *
 * @param collectionPath where new resources are POSTed
 * @param createBody the JSON object that creates one
 * @param updateBody a full replacement that changes it
 * @param patchSupported whether PATCH is checked
 * @param patchBody the PATCH body that changes it
 * @param patchMediaType the media type of {@code patchBody}
 * @param putCreate whether PUT with {@code If-None-Match: *} creates at a new URI
 * @param putCreatePath the template of such a URI
 * @param collectionETag whether the collection's GET carries an ETag
 * @param idempotencyKeys whether retries with an {@code Idempotency-Key} are checked
 * @param counterField a numeric field that the concurrency checks increment
 * @param raceClients clients in the same-If-Match race
 * @param counterClients clients in the read-modify-write counter
 * @param counterIncrements increments per counter client
 */
public record TargetConfig(
    String collectionPath,
    ObjectNode createBody,
    ObjectNode updateBody,
    boolean patchSupported,
    String patchBody,
    String patchMediaType,
    boolean putCreate,
    String putCreatePath,
    boolean collectionETag,
    boolean idempotencyKeys,
    String counterField,
    int raceClients,
    int counterClients,
    int counterIncrements) {

  /** Reads and checks every setting. */
  public static TargetConfig from(Settings settings) {
    TargetConfig config = new TargetConfig(
        normalizePath(settings.get(Setting.COLLECTION_PATH)),
        Json.object(Setting.CREATE_BODY, settings.get(Setting.CREATE_BODY)),
        Json.object(Setting.UPDATE_BODY, settings.get(Setting.UPDATE_BODY)),
        settings.flag(Setting.PATCH),
        settings.get(Setting.PATCH_BODY),
        settings.get(Setting.PATCH_MEDIA_TYPE),
        settings.flag(Setting.PUT_CREATE),
        settings.get(Setting.PUT_CREATE_PATH),
        settings.flag(Setting.COLLECTION_ETAG),
        settings.flag(Setting.IDEMPOTENCY_KEYS),
        settings.get(Setting.COUNTER_FIELD),
        settings.positive(Setting.RACE_CLIENTS),
        settings.positive(Setting.COUNTER_CLIENTS),
        settings.positive(Setting.COUNTER_INCREMENTS));
    config.check();
    return config;
  }

  private void check() {
    if (createBody.equals(updateBody)) {
      throw new IllegalArgumentException(
          Setting.UPDATE_BODY.key() + " must change the resource, but equals " + Setting.CREATE_BODY.key());
    }
    if (!createBody.path(counterField).isNumber()) {
      throw new IllegalArgumentException(Setting.COUNTER_FIELD.key() + " '" + counterField
          + "' must be a numeric top-level field of " + Setting.CREATE_BODY.key() + ": " + createBody);
    }
  }

  /** The update body with the counter field set to {@code value}: a full replacement. */
  public ObjectNode updateWithCounter(BigDecimal value) {
    ObjectNode body = updateBody.deepCopy();
    body.put(counterField, value);
    return body;
  }

  /** A merge patch that sets only the counter field to {@code value}. */
  public ObjectNode patchWithCounter(BigDecimal value) {
    ObjectNode body = Json.MAPPER.createObjectNode();
    body.put(counterField, value);
    return body;
  }

  /** A URI where nothing exists yet, for PUT-create. */
  public String freshPath() {
    long random = ThreadLocalRandom.current().nextLong(1_000_000_000L, Long.MAX_VALUE);
    return putCreatePath.replace("{collection}", collectionPath).replace("{random}", Long.toString(random));
  }

  private static String normalizePath(String path) {
    String trimmed = path.trim();
    return trimmed.startsWith("/") ? trimmed : "/" + trimmed;
  }
}
