package dev.etagfilter.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.jakarta.rs.json.JacksonJsonProvider;
import com.google.common.hash.Hashing;
import com.google.common.io.BaseEncoding;
import dev.etagfilter.ETagFeature;
import dev.etagfilter.testsupport.jersey.TestServer;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.json.bind.config.PropertyNamingStrategy;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.MessageBodyWriter;
import java.io.OutputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Supplier;
import org.glassfish.jersey.CommonProperties;
import org.glassfish.jersey.jsonb.JsonBindingFeature;
import org.glassfish.jersey.server.ResourceConfig;
import org.glassfish.jersey.server.ServerProperties;
import org.junit.jupiter.api.Test;

/**
 * A hash ETag is computed over exactly the bytes the application's own writer produces, whatever it
 * is, and those bytes are what is sent: adding the feature never changes a response body.
 */
class AnyRepresentationIT {

  /** A representation with no version, so its tag is a hash of what is written. */
  public static final class Report {
    private final String reportName;
    private final List<String> lines;

    public Report(String reportName, List<String> lines) {
      this.reportName = reportName;
      this.lines = lines;
    }

    public String getReportName() {
      return reportName;
    }

    public List<String> getLines() {
      return lines;
    }
  }

  @Path("reports")
  public static final class ReportResource {
    private static final Report REPORT = new Report("Monthly sales \u00e9t\u00e9", List.of("shirts: 12", "lamps: 3"));

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public Report json() {
      return REPORT;
    }

    @GET
    @Path("csv")
    @Produces("text/csv")
    public Report csv() {
      return REPORT;
    }
  }

  /** The application's own CSV writer: a media type the library knows nothing about. */
  public static final class CsvWriter implements MessageBodyWriter<Report> {
    @Override
    public boolean isWriteable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
      return type == Report.class && mediaType.getSubtype().equals("csv");
    }

    @Override
    public void writeTo(Report report, Class<?> type, Type genericType, Annotation[] annotations,
        MediaType mediaType, MultivaluedMap<String, Object> headers, OutputStream out) throws java.io.IOException {
      StringBuilder csv = new StringBuilder("report;" + report.getReportName() + "\r\n");
      report.getLines().forEach(line -> csv.append(line.replace(": ", ";")).append("\r\n"));
      out.write(csv.toString().getBytes(StandardCharsets.UTF_8));
    }
  }

  /** The JSON-B configuration the application chose: not the default, so the library's own would differ. */
  public static final class JsonbResolver implements ContextResolver<Jsonb> {
    private final Jsonb jsonb = JsonbBuilder.create(new JsonbConfig()
        .withPropertyNamingStrategy(PropertyNamingStrategy.LOWER_CASE_WITH_UNDERSCORES)
        .withFormatting(true));

    @Override
    public Jsonb getContext(Class<?> type) {
      return jsonb;
    }
  }

  private static ResourceConfig app(boolean withFeature, Object... providers) {
    ResourceConfig config = new ResourceConfig()
        .property(ServerProperties.WADL_FEATURE_DISABLE, true)
        // Only the JSON provider each test names: no provider found on the class path by itself.
        .property(CommonProperties.FEATURE_AUTO_DISCOVERY_DISABLE, true)
        .property(CommonProperties.METAINF_SERVICES_LOOKUP_DISABLE, true)
        .register(ReportResource.class)
        .register(CsvWriter.class);
    for (Object provider : providers) {
      if (provider instanceof Class<?> type) {
        config.register(type);
      } else {
        config.register(provider);
      }
    }
    if (withFeature) {
      config.register(ETagFeature.builder().withoutLogging().build());
    }
    return config;
  }

  private static String expectedTag(byte[] body) {
    byte[] sha256 = Hashing.sha256().hashBytes(body).asBytes();
    return "\"" + BaseEncoding.base64Url().omitPadding().encode(sha256, 0, 16) + "\"";
  }

  /**
   * Fetches {@code path} from the app with and without the feature: the bodies must be byte for
   * byte the same, and the ETag the hash of exactly those bytes.
   */
  private static void assertSameBytesTaggedByTheirHash(Supplier<ResourceConfig> withoutFeature,
      Supplier<ResourceConfig> withFeature, String path, String bodyFragment) {
    byte[] plain;
    try (TestServer server = new TestServer(withoutFeature.get())) {
      HttpResponse<byte[]> response =
          server.send(server.request(path).build(), HttpResponse.BodyHandlers.ofByteArray());
      assertEquals(200, response.statusCode());
      assertTrue(response.headers().firstValue("ETag").isEmpty());
      plain = response.body();
    }
    try (TestServer server = new TestServer(withFeature.get())) {
      HttpResponse<byte[]> response =
          server.send(server.request(path).build(), HttpResponse.BodyHandlers.ofByteArray());
      assertEquals(200, response.statusCode());
      assertEquals(new String(plain, StandardCharsets.UTF_8), new String(response.body(), StandardCharsets.UTF_8));
      assertEquals(List.of(expectedTag(plain)), response.headers().allValues("ETag"));
      assertTrue(new String(plain, StandardCharsets.UTF_8).contains(bodyFragment), () -> new String(plain));
      assertEquals(304, server.get(path, "If-None-Match", expectedTag(plain)).statusCode());
    }
  }

  /** JSON-B (Yasson), the default of Jakarta EE servers, configured by the application's own resolver. */
  @Test
  void jsonBindingBodyIsUnchangedAndTaggedByItsBytes() {
    assertSameBytesTaggedByTheirHash(
        () -> app(false, JsonBindingFeature.class, JsonbResolver.class),
        () -> app(true, JsonBindingFeature.class, JsonbResolver.class),
        "reports", "\"report_name\"");
  }

  /** A Jackson provider built around the application's own mapper (the Dropwizard way), no resolver. */
  @Test
  void jacksonProviderWithItsOwnMapperBodyIsUnchangedAndTaggedByItsBytes() {
    Supplier<Object> provider = () -> new JacksonJsonProvider(new ObjectMapper()
        .setPropertyNamingStrategy(PropertyNamingStrategies.KEBAB_CASE)
        .enable(SerializationFeature.INDENT_OUTPUT));
    // JSON-B registers itself on Jersey whatever the configuration says; this application opts out.
    assertSameBytesTaggedByTheirHash(
        () -> app(false, provider.get()).property(CommonProperties.JSON_BINDING_FEATURE_DISABLE, true),
        () -> app(true, provider.get()).property(CommonProperties.JSON_BINDING_FEATURE_DISABLE, true),
        "reports", "\"report-name\"");
  }

  /** Any media type: the application's own CSV writer. */
  @Test
  void customMediaTypeBodyIsUnchangedAndTaggedByItsBytes() {
    assertSameBytesTaggedByTheirHash(
        () -> app(false), () -> app(true), "reports/csv", "report;Monthly sales");
  }
}
