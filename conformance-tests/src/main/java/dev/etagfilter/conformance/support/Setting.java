package dev.etagfilter.conformance.support;

import java.util.Locale;

/**
 * Every configuration key of the suite, with its default in one place. Each is read as a JUnit
 * configuration parameter (so also as a JVM system property, or {@code --config key=value} on the
 * console launcher), else as an environment variable named by {@link #environmentVariable()}.
 */
public enum Setting {

  /** Base URL of the service; a comma-separated list sends successive requests to each in turn. */
  BASE_URL("base-url", null),
  /** Path that creates a resource on POST, answering 201 with a {@code Location}. */
  COLLECTION_PATH("collection-path", "/items"),
  /** JSON body that creates one resource when POSTed to the collection. */
  CREATE_BODY("create-body",
      "{\"name\":\"Conformance chair\",\"color\":\"blue\",\"size\":\"M\",\"price\":100}"),
  /** A full JSON replacement (PUT) that changes the resource created by {@link #CREATE_BODY}. */
  UPDATE_BODY("update-body",
      "{\"name\":\"Conformance chair\",\"color\":\"red\",\"size\":\"L\",\"price\":120}"),
  /** Whether the resources accept PATCH; {@code false} skips the PATCH checks. */
  PATCH("patch", "true"),
  /** A PATCH body that changes the resource created by {@link #CREATE_BODY}. */
  PATCH_BODY("patch-body", "{\"color\":\"green\"}"),
  /** The media type of {@link #PATCH_BODY}. */
  PATCH_MEDIA_TYPE("patch-media-type", "application/merge-patch+json"),
  /**
   * Whether {@code PUT} with {@code If-None-Match: *} creates a resource at a new URI; {@code false}
   * skips the create-only checks that need it.
   */
  PUT_CREATE("put-create", "true"),
  /**
   * Where to PUT-create: {@code {collection}} is replaced by the collection path and {@code
   * {random}} by a fresh random number.
   */
  PUT_CREATE_PATH("put-create-path", "{collection}/{random}"),
  /** Whether GET on the collection carries an ETag and answers 304; {@code false} skips that check. */
  COLLECTION_ETAG("collection-etag", "true"),
  /**
   * Whether writes carrying an {@code Idempotency-Key} are recognised when retried; {@code false}
   * skips those checks.
   */
  IDEMPOTENCY_KEYS("idempotency-keys", "true"),
  /**
   * Checks to skip, each with the reason the report shows: {@code Class#method=reason}, separated by
   * {@code ;} (a {@code Class} alone skips the whole class, {@code Class#method[case]} only the cases
   * of a parameterized check whose name contains {@code case}). Only for what the target's container
   * answers before the application can (say, a 304's framing), never to hide a broken rule.
   */
  SKIP_CHECKS("skip-checks", ""),
  /** A numeric top-level field of the resource that the concurrency checks increment. */
  COUNTER_FIELD("counter-field", "price"),
  /** How many clients send the same If-Match write at once. */
  RACE_CLIENTS("race-clients", "16"),
  /** How many clients increment the counter concurrently. */
  COUNTER_CLIENTS("counter-clients", "8"),
  /** How many increments each counter client makes. */
  COUNTER_INCREMENTS("counter-increments", "15"),
  /**
   * Which registered {@link ServiceLauncher} starts the target when {@link #BASE_URL} is not set;
   * when set explicitly it wins over {@link #BASE_URL}. For this project's own build.
   */
  LAUNCH("launch", "default");

  /** The prefix of every key. */
  public static final String PREFIX = "etagfilter.conformance.";

  private final String key;
  private final String defaultValue;

  Setting(String suffix, String defaultValue) {
    this.key = PREFIX + suffix;
    this.defaultValue = defaultValue;
  }

  /** The configuration key, e.g. {@code etagfilter.conformance.base-url}. */
  public String key() {
    return key;
  }

  /** The environment variable, e.g. {@code ETAGFILTER_CONFORMANCE_BASE_URL}. */
  public String environmentVariable() {
    return key.toUpperCase(Locale.ROOT).replace('.', '_').replace('-', '_');
  }

  /** The value used when nothing is configured, or null when there is none. */
  public String defaultValue() {
    return defaultValue;
  }
}
