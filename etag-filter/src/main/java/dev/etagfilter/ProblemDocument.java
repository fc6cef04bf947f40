package dev.etagfilter;

import java.nio.charset.StandardCharsets;

/**
 * One RFC 9457 problem details document ({@code application/problem+json}), written as JSON bytes by
 * the library itself, so its error bodies need no JSON provider and never depend on the
 * application's. Members are written in the order added; strings are escaped per RFC 8259 section 7.
 *
 * <pre>{@code
 * byte[] body = ProblemDocument.of(428, "Precondition Required", "Send If-Match ...")
 *     .with("header", "If-Match")
 *     .toBytes();
 * }</pre>
 */
final class ProblemDocument {

  private final StringBuilder json = new StringBuilder(512);

  private ProblemDocument() {}

  /** A problem with the members every problem of this library has (RFC 9457 section 3.1). */
  static ProblemDocument of(int status, String title, String detail) {
    ProblemDocument problem = new ProblemDocument();
    problem.json.append('{');
    problem.member("type", "about:blank");
    problem.json.append(",\"status\":").append(status);
    problem.json.append(',');
    problem.member("title", title);
    problem.json.append(',');
    problem.member("detail", detail);
    return problem;
  }

  /** Adds an extension member with a string value (RFC 9457 section 3.2). */
  ProblemDocument with(String name, String value) {
    json.append(',');
    member(name, value);
    return this;
  }

  /** The document as UTF-8 JSON. */
  byte[] toBytes() {
    return (json + "}").getBytes(StandardCharsets.UTF_8);
  }

  private void member(String name, String value) {
    string(name);
    json.append(':');
    string(value);
  }

  /** RFC 8259 section 7: quote, backslash and control characters are escaped; the rest is literal. */
  private void string(String value) {
    json.append('"');
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      switch (c) {
        case '"' -> json.append("\\\"");
        case '\\' -> json.append("\\\\");
        case '\n' -> json.append("\\n");
        case '\r' -> json.append("\\r");
        case '\t' -> json.append("\\t");
        default -> {
          if (c < 0x20) {
            json.append(String.format("\\u%04x", (int) c));
          } else {
            json.append(c);
          }
        }
      }
    }
    json.append('"');
  }
}
