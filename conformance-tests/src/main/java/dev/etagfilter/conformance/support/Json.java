package dev.etagfilter.conformance.support;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.Optional;

/** JSON reading and comparison for the checks: bodies are compared as trees, not as bytes. */
public final class Json {

  /** The suite's one mapper; numbers are read as {@link BigDecimal} so prices compare exactly. */
  static final ObjectMapper MAPPER = new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

  private Json() {}

  /** The parsed body, or empty when it is not JSON. */
  public static Optional<JsonNode> parse(String body) {
    if (body == null || body.isBlank()) {
      return Optional.empty();
    }
    try {
      return Optional.of(MAPPER.readTree(body));
    } catch (JsonProcessingException e) {
      return Optional.empty();
    }
  }

  /** Whether two bodies hold the same JSON value (or, when either is not JSON, the same text). */
  public static boolean same(String a, String b) {
    Optional<JsonNode> left = parse(a);
    Optional<JsonNode> right = parse(b);
    if (left.isPresent() && right.isPresent()) {
      return numericallyEqual(left.get(), right.get());
    }
    return String.valueOf(a).equals(String.valueOf(b));
  }

  /** The numeric top-level field {@code name} of a JSON object body. */
  public static BigDecimal number(String body, String name) {
    JsonNode field = parse(body).map(node -> node.path(name)).orElseThrow(
        () -> new AssertionError("Expected a JSON object with a numeric '" + name + "', got: " + body));
    if (!field.isNumber()) {
      throw new AssertionError("Expected a numeric '" + name + "' in: " + body);
    }
    return field.decimalValue();
  }

  /** Writes a node as compact JSON text. */
  public static String text(JsonNode node) {
    return node.toString();
  }

  /** Parses a configured body that must be a JSON object. */
  static ObjectNode object(Setting setting, String body) {
    return parse(body).filter(JsonNode::isObject).map(ObjectNode.class::cast).orElseThrow(
        () -> new IllegalArgumentException(setting.key() + " must be a JSON object: " + body));
  }

  /** Equality where 100 and 100.0 are the same number. */
  private static boolean numericallyEqual(JsonNode a, JsonNode b) {
    return a.equals((x, y) -> x.isNumber() && y.isNumber()
        ? x.decimalValue().compareTo(y.decimalValue())
        : (x.equals(y) ? 0 : 1), b);
  }
}
