package dev.etagfilter;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MultivaluedMap;
import java.util.ArrayList;
import java.util.List;

/** Adds {@code ETag} to {@code Access-Control-Expose-Headers}, keeping the names already there. */
final class CorsExposure {

  static final String EXPOSE_HEADERS = "Access-Control-Expose-Headers";

  private CorsExposure() {}

  static void exposeETag(MultivaluedMap<String, Object> headers) {
    List<Object> existing = headers.get(EXPOSE_HEADERS);
    List<String> names = new ArrayList<>();
    if (existing != null) {
      for (Object value : existing) {
        for (String name : String.valueOf(value).split(",")) {
          String trimmed = name.trim();
          // "*" already exposes every header (except credentialed requests, where ETag is listed too).
          if (!trimmed.isEmpty()) {
            names.add(trimmed);
          }
        }
      }
    }
    if (names.stream().noneMatch(HttpHeaders.ETAG::equalsIgnoreCase)) {
      names.add(HttpHeaders.ETAG);
    }
    headers.putSingle(EXPOSE_HEADERS, String.join(", ", names));
  }
}
