package dev.etagfilter.sample;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Command-line options of the sample service. */
class SampleConfigTest {

  /** No options: 127.0.0.1:8080, the default H2 file under ./data, no test delays. */
  @Test
  void noOptionsMeansLoopback8080AndTheDefaultH2File() {
    SampleConfig config = SampleConfig.parse(new String[0]);

    assertEquals("127.0.0.1", config.host());
    assertEquals(8080, config.port());
    assertNull(config.jdbcUrl());
    assertFalse(config.testDelays());
    assertTrue(config.effectiveJdbcUrl().startsWith("jdbc:h2:file:"));
    assertTrue(config.effectiveJdbcUrl().contains("data"));
  }

  /** Every option, in both spellings. */
  @Test
  void everyOptionIsRead() {
    SampleConfig config = SampleConfig.parse(new String[] {
        "--port", "0", "--db-url=jdbc:postgresql://localhost/items?user=u", "--host", "0.0.0.0", "--test-delays"});

    assertEquals(0, config.port());
    assertEquals("jdbc:postgresql://localhost/items?user=u", config.jdbcUrl());
    assertEquals("0.0.0.0", config.host());
    assertTrue(config.testDelays());
  }

  /** Mistakes are reported by name, never ignored. */
  @Test
  void invalidOptionsAreRejectedWithTheirName() {
    assertThrows(IllegalArgumentException.class, () -> SampleConfig.parse(new String[] {"--port"}));
    assertThrows(IllegalArgumentException.class, () -> SampleConfig.parse(new String[] {"--port", "x"}));
    assertThrows(IllegalArgumentException.class, () -> SampleConfig.parse(new String[] {"--port", "70000"}));
    assertThrows(IllegalArgumentException.class, () -> SampleConfig.parse(new String[] {"--db-url", "jdbc:mysql://x"}));
    IllegalArgumentException unknown =
        assertThrows(IllegalArgumentException.class, () -> SampleConfig.parse(new String[] {"--verbose"}));
    assertTrue(unknown.getMessage().contains("--verbose"));
  }
}
