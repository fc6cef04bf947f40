package dev.etagfilter.sample;

import dev.etagfilter.sample.http.ItemPreconditions;
import dev.etagfilter.sample.http.VersionConditions;
import dev.etagfilter.sample.jersey.SampleServer;
import dev.etagfilter.sample.store.VersionCondition;
import jakarta.annotation.Priority;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;

/**
 * A test hook that exists only in test code: a write carrying {@code X-Test-Delay-Millis: N} (0 to
 * 5000) waits N milliseconds after the store has read the current version and before its
 * compare-and-set, so concurrent writers with the same {@code If-Match} reliably overlap and a test
 * sees the compare-and-set, not timing, decide the winner. Start a server with it through {@link
 * #start(SampleConfig)}: a filter arms the pause for its request's thread (Grizzly runs a request's
 * filters and method on one thread), and the store's condition waits when armed.
 */
public final class TestDelays {

  /** The request header naming the pause. */
  public static final String HEADER = "X-Test-Delay-Millis";

  private static final long MAX_MILLIS = 5000;

  private static final ThreadLocal<Long> ARMED = new ThreadLocal<>();

  private TestDelays() {}

  /** The sample service with this hook installed around its usual write conditions. */
  public static SampleServer start(SampleConfig config) {
    return SampleServer.start(config, around(ItemPreconditions::versionCondition), new Arming());
  }

  /** {@code conditions}, pausing first when the request armed a pause. */
  public static VersionConditions around(VersionConditions conditions) {
    return writeCondition -> {
      VersionCondition condition = conditions.of(writeCondition);
      Long millis = ARMED.get();
      if (millis == null) {
        return condition;
      }
      return version -> {
        pause(millis);
        return condition.permits(version);
      };
    };
  }

  /** Arms the pause a request asks for, for its thread, and disarms it when the response leaves. */
  @Priority(1)
  private static final class Arming implements ContainerRequestFilter, ContainerResponseFilter {
    @Override
    public void filter(ContainerRequestContext request) {
      String value = request.getHeaderString(HEADER);
      if (value == null) {
        ARMED.remove();
      } else {
        ARMED.set(Math.min(MAX_MILLIS, Math.max(0, Long.parseLong(value.trim()))));
      }
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
      ARMED.remove();
    }
  }

  private static void pause(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
