package dev.etagfilter.sample;

import dev.etagfilter.sample.store.Database;
import java.net.URI;

/** The lines printed at start: where the service is, which database it uses, and a curl to try. */
public final class StartBanner {

  private StartBanner() {}

  /** The banner for a service listening on {@code base} with the database at {@code jdbcUrl}. */
  public static String of(URI base, String jdbcUrl) {
    return "etag-filter sample service listening on " + base + "  (database: " + Database.redact(jdbcUrl) + ")\n"
        + "Try: curl -i -X POST -H 'Content-Type: application/json'"
        + " -d '{\"name\":\"T-shirt\",\"color\":\"red\",\"size\":\"M\",\"price\":12.50}' " + base + "items\n"
        + "Stop with Ctrl-C.";
  }
}
