package dev.etagfilter.sample.http;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyReader;
import java.io.IOException;
import java.io.InputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;

/**
 * Reads a {@link JsonObjectBody} from {@code application/json} or {@code
 * application/merge-patch+json}, and answers every way a body can be wrong with a problem:
 * 413 over the size limit (from {@code Content-Length} before reading, or while reading a chunked
 * body), 400 for an empty body, broken JSON (with line and column), duplicate members, or a JSON
 * value that is not an object, or a body that breaks off. Never lets a parser or I/O exception
 * become a 5xx.
 */
// Listed one by one: a Jakarta REST media range cannot say "any +json type".
@Consumes({MediaType.APPLICATION_JSON, JsonObjectBodyReader.MERGE_PATCH_JSON})
public final class JsonObjectBodyReader implements MessageBodyReader<JsonObjectBody> {

  /** RFC 7396 JSON merge patch. */
  public static final String MERGE_PATCH_JSON = "application/merge-patch+json";

  /** 64 KiB: an item is a few hundred bytes. */
  public static final int DEFAULT_MAX_BYTES = 64 * 1024;

  private static final String EXAMPLE = "{\"name\": \"T-shirt\", \"color\": \"red\", \"size\": \"M\", \"price\": 12.50}";

  private final ObjectReader reader;
  private final int maxBytes;

  /**
   * Reads with the sample's strict reader ({@link JsonMapperResolver#strictTreeReader()}), up to
   * {@link #DEFAULT_MAX_BYTES}: for runtimes that create providers from their class (RESTEasy classic
   * takes only a public no-argument constructor).
   */
  public JsonObjectBodyReader() {
    this(new JsonMapperResolver().strictTreeReader(), DEFAULT_MAX_BYTES);
  }

  /** Reads with {@code reader} (see {@link JsonMapperResolver#strictTreeReader()}), up to {@code maxBytes}. */
  public JsonObjectBodyReader(ObjectReader reader, int maxBytes) {
    this.reader = reader;
    this.maxBytes = maxBytes;
  }

  @Override
  public boolean isReadable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
    return type == JsonObjectBody.class;
  }

  @Override
  public JsonObjectBody readFrom(
      Class<JsonObjectBody> type,
      Type genericType,
      Annotation[] annotations,
      MediaType mediaType,
      MultivaluedMap<String, String> httpHeaders,
      InputStream entityStream)
      throws IOException {
    // RFC 9110 15.5.14: refuse what is too large before reading it, when the length is declared.
    if (declaredLength(httpHeaders) > maxBytes) {
      throw ProblemException.contentTooLarge(maxBytes);
    }
    byte[] bytes = readAtMost(entityStream, maxBytes + 1);
    if (bytes.length > maxBytes) {
      throw ProblemException.contentTooLarge(maxBytes);
    }
    if (isBlank(bytes)) {
      throw ProblemException.badRequest("The request body is empty. Send a JSON object, e.g. " + EXAMPLE + ".");
    }
    JsonNode node = parse(bytes);
    if (!(node instanceof ObjectNode object)) {
      throw ProblemException.badRequest("The request body is a JSON " + node.getNodeType().name().toLowerCase()
          + ", but it must be a JSON object, e.g. " + EXAMPLE + ".");
    }
    return new JsonObjectBody(object);
  }

  /**
   * The first {@code limit} bytes of the body. A body that breaks off (the client went away, or the
   * server's read deadline passed) is the client's failure: a 400 problem, never a 5xx.
   */
  private static byte[] readAtMost(InputStream body, int limit) {
    try {
      return body.readNBytes(limit);
    } catch (IOException e) {
      throw ProblemException.badRequest("The request body could not be read completely: the connection broke off"
          + " or the body arrived too slowly. Send the whole body at once.");
    }
  }

  private JsonNode parse(byte[] bytes) {
    try {
      return reader.readTree(bytes);
    } catch (JsonProcessingException e) {
      throw ProblemException.badRequest("The request body is not valid JSON: " + e.getOriginalMessage()
          + where(e.getLocation()) + ". Send a JSON object, e.g. " + EXAMPLE + ".");
    } catch (IOException | RuntimeException e) {
      // Numbers beyond what a parser can represent end here, for instance 1e99999999999.
      throw ProblemException.badRequest("The request body could not be read as JSON (" + e.getClass().getSimpleName()
          + "). Send a JSON object, e.g. " + EXAMPLE + ".");
    }
  }

  private static String where(JsonLocation location) {
    if (location == null || location.getLineNr() < 0) {
      return "";
    }
    return " (line " + location.getLineNr() + ", column " + location.getColumnNr() + ")";
  }

  private static long declaredLength(MultivaluedMap<String, String> headers) {
    String value = headers.getFirst(HttpHeaders.CONTENT_LENGTH);
    if (value == null) {
      return -1;
    }
    try {
      return Long.parseLong(value.trim());
    } catch (NumberFormatException e) {
      return -1;
    }
  }

  private static boolean isBlank(byte[] bytes) {
    for (byte b : bytes) {
      if (b != ' ' && b != '\t' && b != '\r' && b != '\n') {
        return false;
      }
    }
    return true;
  }
}
