package dev.etagfilter.sample.http;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.HttpHeaders;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * RFC 9110 6.6.1: "An origin server with a clock ... MUST generate a Date header field" in every
 * response, as an IMF-fixdate (RFC 9110 5.6.7), e.g. {@code Sun, 06 Nov 1994 08:49:37 GMT}.
 */
public final class DateHeaderFilter implements ContainerResponseFilter {

  /** IMF-fixdate: always two-digit days and GMT, which {@code RFC_1123_DATE_TIME} does not promise. */
  static final DateTimeFormatter IMF_FIXDATE =
      DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss 'GMT'", Locale.US).withZone(ZoneOffset.UTC);

  /** The current time as an HTTP date. */
  public static String now() {
    return IMF_FIXDATE.format(Clock.systemUTC().instant());
  }

  @Override
  public void filter(ContainerRequestContext request, ContainerResponseContext response) {
    if (!response.getHeaders().containsKey(HttpHeaders.DATE)) {
      response.getHeaders().putSingle(HttpHeaders.DATE, now());
    }
  }
}
