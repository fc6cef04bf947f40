package dev.etagfilter;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every combination of method x {@code If-Match} / {@code If-None-Match} value x resource state, with
 * the outcome written out by hand from RFC 9110 13.1 and 13.2.2 and RFC 6585 3 (the shape of Go's
 * {@code TestServeContent} table). The current representation, when it exists, has tag {@code "5"}.
 *
 * <p>Header values: {@code absent}; {@code matching} = {@code "5"}; {@code stale} = {@code "4"};
 * {@code weak} = {@code W/"5"}; {@code star} = {@code *}; {@code malformed} = {@code 5} (unquoted).
 * PUT, PATCH and DELETE require a precondition; GET, HEAD and POST do not. On them only If-Match or
 * If-None-Match: * satisfies the requirement: If-None-Match with tags names no state the write
 * expects, so it gets 428 like no header at all.
 */
class PreconditionEvaluatorTableTest {

  private static final EntityTag CURRENT = EntityTag.strong("5");

  private static final Map<String, String> VALUES =
      Map.of("matching", "\"5\"", "stale", "\"4\"", "weak", "W/\"5\"", "star", "*", "malformed", "5");

  @ParameterizedTest(name = "{0} If-Match={1} If-None-Match={2} exists={3} -> {4}")
  @CsvSource({
    // ---- If-Match alone (13.1.1: strong comparison; "*" false when nothing exists) ----
    "GET,    absent,    absent, true,  PROCEED",
    "GET,    absent,    absent, false, PROCEED",
    "GET,    matching,  absent, true,  PROCEED",
    "GET,    matching,  absent, false, PRECONDITION_FAILED",
    "GET,    stale,     absent, true,  PRECONDITION_FAILED",
    "GET,    stale,     absent, false, PRECONDITION_FAILED",
    "GET,    weak,      absent, true,  PRECONDITION_FAILED",
    "GET,    weak,      absent, false, PRECONDITION_FAILED",
    "GET,    star,      absent, true,  PROCEED",
    "GET,    star,      absent, false, PRECONDITION_FAILED",
    "GET,    malformed, absent, true,  BAD_REQUEST",
    "GET,    malformed, absent, false, BAD_REQUEST",
    "HEAD,   absent,    absent, true,  PROCEED",
    "HEAD,   matching,  absent, true,  PROCEED",
    "HEAD,   stale,     absent, true,  PRECONDITION_FAILED",
    "HEAD,   weak,      absent, true,  PRECONDITION_FAILED",
    "HEAD,   star,      absent, false, PRECONDITION_FAILED",
    "HEAD,   malformed, absent, true,  BAD_REQUEST",
    "POST,   absent,    absent, true,  PROCEED",
    "POST,   absent,    absent, false, PROCEED",
    "POST,   matching,  absent, true,  PROCEED",
    "POST,   stale,     absent, true,  PRECONDITION_FAILED",
    "POST,   weak,      absent, true,  PRECONDITION_FAILED",
    "POST,   star,      absent, false, PRECONDITION_FAILED",
    "POST,   malformed, absent, true,  BAD_REQUEST",
    "PUT,    absent,    absent, true,  PRECONDITION_REQUIRED",
    "PUT,    absent,    absent, false, PRECONDITION_REQUIRED",
    "PUT,    matching,  absent, true,  PROCEED",
    "PUT,    matching,  absent, false, PRECONDITION_FAILED",
    "PUT,    stale,     absent, true,  PRECONDITION_FAILED",
    "PUT,    stale,     absent, false, PRECONDITION_FAILED",
    "PUT,    weak,      absent, true,  PRECONDITION_FAILED",
    "PUT,    weak,      absent, false, PRECONDITION_FAILED",
    "PUT,    star,      absent, true,  PROCEED",
    "PUT,    star,      absent, false, PRECONDITION_FAILED",
    "PUT,    malformed, absent, true,  BAD_REQUEST",
    "PUT,    malformed, absent, false, BAD_REQUEST",
    "PATCH,  absent,    absent, true,  PRECONDITION_REQUIRED",
    "PATCH,  matching,  absent, true,  PROCEED",
    "PATCH,  stale,     absent, true,  PRECONDITION_FAILED",
    "PATCH,  weak,      absent, true,  PRECONDITION_FAILED",
    "PATCH,  star,      absent, true,  PROCEED",
    "PATCH,  star,      absent, false, PRECONDITION_FAILED",
    "PATCH,  malformed, absent, true,  BAD_REQUEST",
    "DELETE, absent,    absent, true,  PRECONDITION_REQUIRED",
    "DELETE, absent,    absent, false, PRECONDITION_REQUIRED",
    "DELETE, matching,  absent, true,  PROCEED",
    "DELETE, stale,     absent, true,  PRECONDITION_FAILED",
    "DELETE, weak,      absent, true,  PRECONDITION_FAILED",
    "DELETE, star,      absent, true,  PROCEED",
    "DELETE, star,      absent, false, PRECONDITION_FAILED",
    "DELETE, malformed, absent, true,  BAD_REQUEST",
    // ---- If-None-Match alone (13.1.2: weak comparison; 304 for GET/HEAD, else 412) ----
    "GET,    absent, matching,  true,  NOT_MODIFIED",
    "GET,    absent, matching,  false, PROCEED",
    "GET,    absent, stale,     true,  PROCEED",
    "GET,    absent, stale,     false, PROCEED",
    "GET,    absent, weak,      true,  NOT_MODIFIED",
    "GET,    absent, weak,      false, PROCEED",
    "GET,    absent, star,      true,  NOT_MODIFIED",
    "GET,    absent, star,      false, PROCEED",
    "GET,    absent, malformed, true,  BAD_REQUEST",
    "HEAD,   absent, matching,  true,  NOT_MODIFIED",
    "HEAD,   absent, weak,      true,  NOT_MODIFIED",
    "HEAD,   absent, star,      true,  NOT_MODIFIED",
    "HEAD,   absent, stale,     true,  PROCEED",
    "HEAD,   absent, malformed, false, BAD_REQUEST",
    "POST,   absent, matching,  true,  PRECONDITION_FAILED",
    "POST,   absent, weak,      true,  PRECONDITION_FAILED",
    "POST,   absent, star,      true,  PRECONDITION_FAILED",
    "POST,   absent, star,      false, PROCEED",
    "POST,   absent, stale,     true,  PROCEED",
    "PUT,    absent, matching,  true,  PRECONDITION_REQUIRED",
    "PUT,    absent, matching,  false, PRECONDITION_REQUIRED",
    "PUT,    absent, stale,     true,  PRECONDITION_REQUIRED",
    "PUT,    absent, stale,     false, PRECONDITION_REQUIRED",
    "PUT,    absent, weak,      true,  PRECONDITION_REQUIRED",
    "PUT,    absent, weak,      false, PRECONDITION_REQUIRED",
    "PUT,    absent, star,      true,  PRECONDITION_FAILED",
    "PUT,    absent, star,      false, PROCEED",
    "PUT,    absent, malformed, true,  BAD_REQUEST",
    "PATCH,  absent, matching,  true,  PRECONDITION_REQUIRED",
    "PATCH,  absent, weak,      true,  PRECONDITION_REQUIRED",
    "PATCH,  absent, stale,     true,  PRECONDITION_REQUIRED",
    "PATCH,  absent, star,      false, PROCEED",
    "DELETE, absent, matching,  true,  PRECONDITION_REQUIRED",
    "DELETE, absent, weak,      true,  PRECONDITION_REQUIRED",
    "DELETE, absent, stale,     true,  PRECONDITION_REQUIRED",
    "DELETE, absent, star,      true,  PRECONDITION_FAILED",
    // ---- both headers (13.2.2: If-Match first, then If-None-Match) ----
    "GET,    matching,  matching,  true,  NOT_MODIFIED",
    "GET,    stale,     matching,  true,  PRECONDITION_FAILED",
    "GET,    matching,  stale,     true,  PROCEED",
    "PUT,    matching,  matching,  true,  PRECONDITION_FAILED",
    "PUT,    matching,  stale,     true,  PROCEED",
    "PUT,    stale,     stale,     true,  PRECONDITION_FAILED",
    "PUT,    star,      star,      true,  PRECONDITION_FAILED",
    "PUT,    star,      star,      false, PRECONDITION_FAILED",
    "PUT,    malformed, matching,  true,  BAD_REQUEST",
    "PUT,    matching,  malformed, true,  BAD_REQUEST",
    "DELETE, weak,      stale,     true,  PRECONDITION_FAILED",
  })
  void outcomeFollowsRfc9110Table(String method, String ifMatch, String ifNoneMatch, boolean exists, Outcome expected) {
    ConditionalHeaders headers = new ConditionalHeaders(VALUES.get(ifMatch), VALUES.get(ifNoneMatch), null, null);
    ResourceState state = exists ? ResourceState.of(CURRENT) : ResourceState.absent();
    boolean required = PreconditionEvaluator.DEFAULT_REQUIRING_METHODS.contains(method);
    assertEquals(expected, PreconditionEvaluatorTest.decide(method, headers, state, required));
    Decision checked = PreconditionEvaluator.checkRequest(headers, required, HeaderLimits.DEFAULT);
    assertEquals(expected == Outcome.BAD_REQUEST, checked.malformed() != null);
  }
}
