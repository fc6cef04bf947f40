package dev.etagfilter;

import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The raw conditional headers of one request, exactly as received (all lines of a header joined
 * with {@code ", "}); {@code null} means the header was absent. Parsing happens in {@link
 * Preconditions#parse}.
 *
 * @param ifMatch {@code If-Match} (RFC 9110 section 13.1.1)
 * @param ifNoneMatch {@code If-None-Match} (RFC 9110 section 13.1.2)
 * @param ifModifiedSince {@code If-Modified-Since} (RFC 9110 section 13.1.3)
 * @param ifUnmodifiedSince {@code If-Unmodified-Since} (RFC 9110 section 13.1.4)
 */
record ConditionalHeaders(
    String ifMatch, String ifNoneMatch, String ifModifiedSince, String ifUnmodifiedSince) {

  /** {@code If-Match}. */
  static final String IF_MATCH = "If-Match";
  /** {@code If-None-Match}. */
  static final String IF_NONE_MATCH = "If-None-Match";
  /** {@code If-Modified-Since}. */
  static final String IF_MODIFIED_SINCE = "If-Modified-Since";
  /** {@code If-Unmodified-Since}. */
  static final String IF_UNMODIFIED_SINCE = "If-Unmodified-Since";

  /** No conditional header at all. */
  static final ConditionalHeaders NONE = new ConditionalHeaders(null, null, null, null);

  /**
   * Reads the four headers through a case-insensitive lookup that returns a header's lines joined
   * by commas, or null when absent, such as {@code ContainerRequestContext::getHeaderString}
   * (RFC 9110 5.3: several lines of a list header mean the same as one line joined by commas).
   */
  static ConditionalHeaders from(Function<String, String> headerString) {
    return new ConditionalHeaders(
        headerString.apply(IF_MATCH),
        headerString.apply(IF_NONE_MATCH),
        headerString.apply(IF_MODIFIED_SINCE),
        headerString.apply(IF_UNMODIFIED_SINCE));
  }

  /**
   * Reads the four headers from a map of header lines, such as {@code
   * ContainerRequestContext.getHeaders()}, in one pass: names match case-insensitively and several
   * lines of one header are joined by commas (RFC 9110 5.3). Unlike four lookups by name, it
   * allocates nothing for the headers that are absent.
   */
  static ConditionalHeaders fromMap(Map<String, ? extends List<String>> headers) {
    String ifMatch = null;
    String ifNoneMatch = null;
    String ifModifiedSince = null;
    String ifUnmodifiedSince = null;
    // Names first, values only for the matches: some maps do work for every entry of entrySet().
    for (String name : headers.keySet()) {
      // Every conditional header starts with "If-": most names are rejected by their first letter.
      if (name == null || name.length() < 3 || (name.charAt(0) != 'I' && name.charAt(0) != 'i')) {
        continue;
      }
      if (IF_MATCH.equalsIgnoreCase(name)) {
        ifMatch = joined(headers.get(name));
      } else if (IF_NONE_MATCH.equalsIgnoreCase(name)) {
        ifNoneMatch = joined(headers.get(name));
      } else if (IF_MODIFIED_SINCE.equalsIgnoreCase(name)) {
        ifModifiedSince = joined(headers.get(name));
      } else if (IF_UNMODIFIED_SINCE.equalsIgnoreCase(name)) {
        ifUnmodifiedSince = joined(headers.get(name));
      }
    }
    if (ifMatch == null && ifNoneMatch == null && ifModifiedSince == null && ifUnmodifiedSince == null) {
      return NONE;
    }
    return new ConditionalHeaders(ifMatch, ifNoneMatch, ifModifiedSince, ifUnmodifiedSince);
  }

  /** RFC 9110 5.3: several lines of a list header mean the same as one line, joined by commas; null for none. */
  static String joined(List<String> lines) {
    if (lines == null || lines.isEmpty()) {
      return null;
    }
    return lines.size() == 1 ? lines.get(0) : String.join(",", lines);
  }

  /** True when neither {@code If-Match} nor {@code If-None-Match} was sent. */
  boolean lacksEntityTagCondition() {
    return ifMatch == null && ifNoneMatch == null;
  }
}
