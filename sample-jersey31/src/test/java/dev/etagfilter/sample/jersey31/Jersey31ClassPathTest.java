package dev.etagfilter.sample.jersey31;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ws.rs.core.Application;
import org.glassfish.jersey.internal.Version;
import org.junit.jupiter.api.Test;

/**
 * This module's class path, which its runnable jar is made of, holds Jersey 3.1 and the Jakarta REST
 * 3.1 API: its own dependency management wins over the parent's Jersey 4 BOM.
 */
class Jersey31ClassPathTest {

  /** Jersey's build properties name its version. */
  @Test
  void jerseyIsThe31Line() {
    assertTrue(Version.getVersion().startsWith("3.1."), () -> "Jersey " + Version.getVersion());
  }

  /** The API jar's manifest names the specification it implements. */
  @Test
  void jakartaRestApiIs31() {
    assertEquals("3.1", Application.class.getPackage().getSpecificationVersion());
  }
}
