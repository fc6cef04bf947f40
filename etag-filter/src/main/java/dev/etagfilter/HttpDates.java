package dev.etagfilter;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoField;
import java.util.Locale;

/**
 * Parses and formats HTTP-date (RFC 9110 section 5.6.7). A recipient must accept all three formats:
 * IMF-fixdate ({@code Sun, 06 Nov 1994 08:49:37 GMT}), the obsolete RFC 850 form ({@code
 * Sunday, 06-Nov-94 08:49:37 GMT}) and asctime ({@code Sun Nov  6 08:49:37 1994}).
 */
final class HttpDates {

  private static final DateTimeFormatter IMF_FIXDATE =
      DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss 'GMT'", Locale.US).withZone(ZoneOffset.UTC);

  // RFC 9110 5.6.7: two-digit years that appear more than 50 years in the future are in the past.
  private static final DateTimeFormatter RFC_850 =
      new DateTimeFormatterBuilder()
          .appendPattern("EEEE, dd-MMM-")
          .appendValueReduced(ChronoField.YEAR, 2, 2, 1970)
          .appendPattern(" HH:mm:ss 'GMT'")
          .toFormatter(Locale.US);

  private static final DateTimeFormatter ASCTIME =
      DateTimeFormatter.ofPattern("EEE MMM ppd HH:mm:ss yyyy", Locale.US);

  private HttpDates() {}

  /**
   * The instant named by an HTTP-date, or null when the text is absent or not a valid HTTP-date (RFC
   * 9110 13.1.3 and 13.1.4: an invalid date makes the recipient ignore the header, never fail).
   */
  static Instant parse(String text) {
    if (text == null) {
      return null;
    }
    String trimmed = text.trim();
    if (trimmed.length() > 64) {
      return null;
    }
    for (DateTimeFormatter format : new DateTimeFormatter[] {RFC_850, ASCTIME}) {
      try {
        return LocalDateTime.parse(trimmed, format).toInstant(ZoneOffset.UTC);
      } catch (DateTimeParseException ignored) {
        // try the next format
      }
    }
    try {
      return Instant.from(IMF_FIXDATE.parse(trimmed));
    } catch (DateTimeException e) {
      return null;
    }
  }

  /** The IMF-fixdate form of {@code instant}, truncated to seconds. */
  static String format(Instant instant) {
    return IMF_FIXDATE.format(instant);
  }
}
