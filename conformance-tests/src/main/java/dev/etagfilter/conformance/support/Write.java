package dev.etagfilter.conformance.support;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.math.BigDecimal;

/**
 * The writes that must be conditional: each builds a request that would change a resource, from
 * the target's configuration, so one check can prove a rule for all three.
 */
public enum Write {

  /** A full replacement with the configured update body. */
  PUT,
  /** A partial change with the configured patch body; skipped where PATCH is not offered. */
  PATCH,
  /** Removal. */
  DELETE;

  /** The write of {@code path}, without any precondition; skips the check if not offered. */
  public Request to(String path, TargetConfig config) {
    return switch (this) {
      case PUT -> Request.put(path, config.updateBody());
      case PATCH -> {
        assumeTrue(config.patchSupported(), () -> Setting.PATCH.key() + "=false: the target offers no PATCH");
        yield Request.of("PATCH", path).body(config.patchMediaType(), config.patchBody());
      }
      case DELETE -> Request.delete(path);
    };
  }

  /**
   * The write that sets the counter field to {@code value}: a full replacement for PUT, a merge patch
   * (RFC 7396) for PATCH, which is skipped unless the target's patch media type is merge patch.
   */
  public Request settingCounter(String path, TargetConfig config, BigDecimal value) {
    return switch (this) {
      case PUT -> Request.put(path, config.updateWithCounter(value));
      case PATCH -> {
        assumeTrue(config.patchSupported(), () -> Setting.PATCH.key() + "=false: the target offers no PATCH");
        assumeTrue(MERGE_PATCH.equals(config.patchMediaType()),
            () -> "the counter checks PATCH with " + MERGE_PATCH + " only; the target's is " + config.patchMediaType());
        yield Request.of("PATCH", path).body(MERGE_PATCH, Json.text(config.patchWithCounter(value)));
      }
      case DELETE -> throw new IllegalArgumentException("DELETE sets no counter");
    };
  }

  /** RFC 7396 JSON Merge Patch. */
  private static final String MERGE_PATCH = "application/merge-patch+json";
}
