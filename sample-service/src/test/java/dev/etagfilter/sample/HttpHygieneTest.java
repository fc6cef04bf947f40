package dev.etagfilter.sample;

import static dev.etagfilter.sample.TestClient.SHIRT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.etagfilter.sample.jersey.SampleServer;
import dev.etagfilter.testsupport.RawConnection;
import java.net.URI;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Header fields every response owes its client, whatever the client sent. */
class HttpHygieneTest {

  /** IMF-fixdate (RFC 9110 5.6.7), e.g. {@code Sun, 06 Nov 1994 08:49:37 GMT}. */
  private static final Pattern IMF_FIXDATE =
      Pattern.compile("(Mon|Tue|Wed|Thu|Fri|Sat|Sun), \\d{2} [A-Z][a-z]{2} \\d{4} \\d{2}:\\d{2}:\\d{2} GMT");

  private static SampleConfig config(String name) {
    return SampleConfig.defaults().withPort(0).withJdbcUrl("jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1")
        .withReadTimeout(Duration.ofSeconds(1));
  }

  /**
   * RFC 9110 6.6.1: "An origin server with a clock ... MUST generate a Date header field" in
   * 2xx, 3xx and 4xx responses alike, including the ones answered before Jersey (400 for a bad
   * request target, 408 for a request that never arrived).
   */
  @Test
  void everyResponseCarriesADate() throws Exception {
    try (SampleServer server = SampleServer.start(config("date"))) {
      TestClient http = new TestClient(server.baseUri());
      HttpResponse<String> created = http.post("items", SHIRT);
      String path = URI.create(created.headers().firstValue("Location").orElseThrow()).getPath().substring(1);

      assertDate(created);                                                   // 201
      assertDate(http.get(path));                                            // 200
      assertDate(http.get(path, "If-None-Match", "\"1\""));                  // 304
      assertDate(http.put(path, SHIRT));                                     // 428
      assertDate(http.put(path, SHIRT, "If-Match", "\"9\""));                // 412
      assertDate(http.get("items/none"));                                    // 404
      assertDate(http.post("items", "{"));                                   // 400 from the body reader
      assertDate(raw(server, "GET /items/%ZZ HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n"));  // 400 before Jersey
      assertDate(raw(server, "GET /items HTTP/1.1\r\nHo"));                  // 408, head never complete
    }
  }

  /** RFC 9110 10.2.2: Location is built from the configured public base URI, not from the request. */
  @Test
  void locationComesFromThePublicBaseUri() {
    URI publicBase = URI.create("https://shop.example/api/");
    try (SampleServer server = SampleServer.start(config("public-base").withPublicBaseUri(publicBase))) {
      HttpResponse<String> created = new TestClient(server.baseUri()).post("items", SHIRT);

      String location = created.headers().firstValue("Location").orElseThrow();
      assertTrue(location.startsWith("https://shop.example/api/items/"), location);
    }
  }

  /** Without a public base URI, Location names the listen address, whatever Host the client sent. */
  @Test
  void locationIgnoresTheClientsHost() throws Exception {
    try (SampleServer server = SampleServer.start(config("host"))) {
      String response = raw(server, "POST /items HTTP/1.1\r\nHost: evil.example\r\nConnection: close\r\n"
          + "Content-Type: application/json\r\nContent-Length: " + SHIRT.length() + "\r\n\r\n" + SHIRT);

      Matcher location = Pattern.compile("(?i)\r\nLocation: (\\S+)").matcher(response);
      assertTrue(location.find(), response);
      assertTrue(location.group(1).startsWith(server.baseUri() + "items/"), location.group(1));
    }
  }

  private static void assertDate(HttpResponse<String> response) {
    assertDate(response.statusCode(), response.headers().firstValue("Date").orElse(null));
  }

  private static void assertDate(String rawResponse) {
    Matcher date = Pattern.compile("(?i)\r\nDate: ([^\r]+)\r\n").matcher(rawResponse);
    assertTrue(date.find(), "no Date in " + rawResponse);
    assertDate(Integer.parseInt(rawResponse.substring(9, 12)), date.group(1));
  }

  private static void assertDate(int status, String date) {
    assertTrue(date != null && IMF_FIXDATE.matcher(date).matches(), status + " has Date " + date);
    Instant sent = ZonedDateTime.parse(date, DateTimeFormatter.RFC_1123_DATE_TIME.withLocale(Locale.US)).toInstant();
    assertTrue(Duration.between(sent, Instant.now()).abs().getSeconds() < 60, status + " has Date " + date);
  }

  private static String raw(SampleServer server, String request) throws Exception {
    try (RawConnection connection = new RawConnection(server.baseUri())) {
      return connection.send(request).readUntilClosed(10_000);
    }
  }
}
