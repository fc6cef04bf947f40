package dev.etagfilter.sample;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Command-line options of the sample service. */
class SampleConfigTest {

  /** No options: 127.0.0.1:8080, the default H2 file under ./data, Location from there, 10 s to send a request. */
  @Test
  void noOptionsMeansLoopback8080AndTheDefaultH2File() {
    SampleConfig config = SampleConfig.parse(new String[0]);

    assertEquals("127.0.0.1", config.host());
    assertEquals(8080, config.port());
    assertNull(config.jdbcUrl());
    assertNull(config.publicBaseUri());
    assertEquals(Duration.ofSeconds(10), config.readTimeout());
    assertTrue(config.effectiveJdbcUrl().startsWith("jdbc:h2:file:"));
    assertTrue(config.effectiveJdbcUrl().contains("data"));
  }

  /** Every option, in both spellings. */
  @Test
  void everyOptionIsRead() {
    SampleConfig config = SampleConfig.parse(new String[] {
        "--port", "0", "--db-url=jdbc:postgresql://localhost/items?user=u", "--host", "0.0.0.0",
        "--public-base-uri", "https://shop.example/api/", "--read-timeout=3"});

    assertEquals(0, config.port());
    assertEquals("jdbc:postgresql://localhost/items?user=u", config.jdbcUrl());
    assertEquals("0.0.0.0", config.host());
    assertEquals(URI.create("https://shop.example/api/"), config.publicBaseUri());
    assertEquals(Duration.ofSeconds(3), config.readTimeout());
  }

  /** The store's options: versions kept per item and how long idempotency keys are kept. */
  @Test
  void historyAndIdempotencyRetentionAreOptions() {
    SampleConfig defaults = SampleConfig.defaults();
    SampleConfig config = SampleConfig.parse(new String[] {"--history-versions", "5", "--idempotency-retention=2"});

    assertEquals(100, defaults.store().historyVersions());
    assertEquals(Duration.ofHours(24), defaults.store().idempotencyRetention());
    assertEquals(5, config.store().historyVersions());
    assertEquals(Duration.ofHours(2), config.store().idempotencyRetention());
    assertThrows(IllegalArgumentException.class, () -> SampleConfig.parse(new String[] {"--history-versions", "0"}));
    assertThrows(IllegalArgumentException.class, () -> SampleConfig.parse(new String[] {"--idempotency-retention", "0"}));
  }

  /** Mistakes are reported by name, never ignored. */
  @Test
  void invalidOptionsAreRejectedWithTheirName() {
    assertThrows(IllegalArgumentException.class, () -> SampleConfig.parse(new String[] {"--port"}));
    assertThrows(IllegalArgumentException.class, () -> SampleConfig.parse(new String[] {"--port", "x"}));
    assertThrows(IllegalArgumentException.class, () -> SampleConfig.parse(new String[] {"--port", "70000"}));
    assertThrows(IllegalArgumentException.class, () -> SampleConfig.parse(new String[] {"--db-url", "jdbc:mysql://x"}));
    assertThrows(IllegalArgumentException.class, () -> SampleConfig.parse(new String[] {"--public-base-uri", "/api/"}));
    assertThrows(IllegalArgumentException.class,
        () -> SampleConfig.parse(new String[] {"--public-base-uri", "https://shop.example/api"}));
    assertThrows(IllegalArgumentException.class, () -> SampleConfig.parse(new String[] {"--read-timeout", "0"}));
    assertThrows(IllegalArgumentException.class, () -> SampleConfig.parse(new String[] {"--test-delays", "true"}));
    IllegalArgumentException unknown =
        assertThrows(IllegalArgumentException.class, () -> SampleConfig.parse(new String[] {"--verbose"}));
    assertTrue(unknown.getMessage().contains("--verbose"));
  }
}
