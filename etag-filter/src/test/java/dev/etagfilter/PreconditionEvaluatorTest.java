package dev.etagfilter;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The evaluator's rules one by one, each named after the RFC sentence it implements. */
class PreconditionEvaluatorTest {

  private static final EntityTag TAG = EntityTag.strong("5");
  private static final Instant MODIFIED = Instant.parse("2026-01-10T12:00:00Z");
  private static final String BEFORE = HttpDates.format(MODIFIED.minusSeconds(60));
  private static final String AT = HttpDates.format(MODIFIED);
  private static final String AFTER = HttpDates.format(MODIFIED.plusSeconds(60));

  private static Outcome evaluate(String method, ConditionalHeaders headers) {
    return decide(method, headers, ResourceState.of(TAG, MODIFIED), false);
  }

  /** What the filters do in turn: check the request (400, 428), then evaluate RFC 9110 13.2.2. */
  static Outcome decide(String method, ConditionalHeaders headers, ResourceState state, boolean required) {
    Decision checked = PreconditionEvaluator.checkRequest(headers, required, HeaderLimits.DEFAULT);
    if (checked.outcome() != Outcome.PROCEED) {
      return checked.outcome();
    }
    return PreconditionEvaluator.evaluate(method, checked.preconditions(), state);
  }

  private static ConditionalHeaders ifMatch(String value) {
    return new ConditionalHeaders(value, null, null, null);
  }

  private static ConditionalHeaders dates(String ifModifiedSince, String ifUnmodifiedSince) {
    return new ConditionalHeaders(null, null, ifModifiedSince, ifUnmodifiedSince);
  }

  /** 13.1.1: "An origin server MUST use the strong comparison function when comparing entity-tags for If-Match." */
  @Test
  void ifMatchUsesStrongComparison() {
    assertEquals(Outcome.PRECONDITION_FAILED, evaluate("PUT", ifMatch("W/\"5\"")));
    assertEquals(Outcome.PROCEED, evaluate("PUT", ifMatch("\"5\"")));
  }

  /** 13.1.1: a list matches when any member matches. */
  @Test
  void ifMatchListPassesWhenOneTagMatches() {
    assertEquals(Outcome.PROCEED, evaluate("PUT", ifMatch("\"3\", \"4\", \"5\"")));
  }

  /** 13.1.1: "*" is false if the origin server does not have a current representation. */
  @Test
  void ifMatchStarFailsWhenResourceAbsent() {
    assertEquals(Outcome.PRECONDITION_FAILED, decide("PUT", ifMatch("*"), ResourceState.absent(), true));
  }

  /** 13.1.1: a resource that exists but has no entity tag matches only "*". */
  @Test
  void ifMatchListFailsWhenResourceHasNoTag() {
    RequestConditions pre = RequestConditions.parse(ifMatch("\"5\""), HeaderLimits.DEFAULT);
    assertEquals(Condition.FALSE, PreconditionEvaluator.checkIfMatch(pre, ResourceState.of(null)));
    assertEquals(Condition.TRUE,
        PreconditionEvaluator.checkIfMatch(RequestConditions.parse(ifMatch("*"), HeaderLimits.DEFAULT), ResourceState.of(null)));
  }

  /** 13.1.2: "A recipient MUST use the weak comparison function when comparing entity-tags for If-None-Match." */
  @Test
  void ifNoneMatchUsesWeakComparisonForPut() {
    ConditionalHeaders weak = new ConditionalHeaders(null, "W/\"5\"", null, null);
    assertEquals(Outcome.PRECONDITION_FAILED, evaluate("PUT", weak));
    assertEquals(Outcome.NOT_MODIFIED, evaluate("GET", weak));
  }

  /** 13.2.2 step 2: If-Unmodified-Since is evaluated only when If-Match is absent. */
  @Test
  void ifMatchTakesPrecedenceOverIfUnmodifiedSince() {
    ConditionalHeaders both = new ConditionalHeaders("\"5\"", null, null, BEFORE);
    assertEquals(Outcome.PROCEED, evaluate("PUT", both));
    assertEquals(Outcome.PRECONDITION_FAILED, evaluate("PUT", dates(null, BEFORE)));
  }

  /** 13.1.4: true when the last modification is earlier than or equal to the date. */
  @Test
  void ifUnmodifiedSinceHoldsAtOrAfterTheModification() {
    assertEquals(Outcome.PROCEED, evaluate("PUT", dates(null, AT)));
    assertEquals(Outcome.PROCEED, evaluate("PUT", dates(null, AFTER)));
  }

  /** 13.1.4: "A recipient MUST ignore the If-Unmodified-Since header field if the received field value is not a valid HTTP-date." */
  @Test
  void invalidIfUnmodifiedSinceIsIgnored() {
    assertEquals(Outcome.PROCEED, evaluate("PUT", dates(null, "yesterday")));
  }

  /** 13.1.3: If-Modified-Since gives 304 to a GET when the representation was not modified since. */
  @Test
  void ifModifiedSinceGivesNotModifiedForGet() {
    assertEquals(Outcome.NOT_MODIFIED, evaluate("GET", dates(AT, null)));
    assertEquals(Outcome.PROCEED, evaluate("GET", dates(BEFORE, null)));
  }

  /** 13.1.3: "A recipient MUST ignore If-Modified-Since if the request contains an If-None-Match header field." */
  @Test
  void ifNoneMatchTakesPrecedenceOverIfModifiedSince() {
    assertEquals(Outcome.PROCEED, evaluate("GET", new ConditionalHeaders(null, "\"4\"", AT, null)));
  }

  /** 13.1.3: "A recipient MUST ignore the If-Modified-Since header field if ... the request method is neither GET nor HEAD." */
  @Test
  void ifModifiedSinceIsIgnoredForPut() {
    assertEquals(Outcome.PROCEED, evaluate("PUT", dates(AT, null)));
  }

  /** 13.1.3: an invalid date is ignored, not an error. */
  @Test
  void invalidIfModifiedSinceIsIgnored() {
    assertEquals(Outcome.PROCEED, evaluate("GET", dates("not a date", null)));
  }

  /** RFC 6585 3: a required precondition is satisfied by If-None-Match too (create-only writes). */
  @Test
  void ifNoneMatchSatisfiesTheRequirement() {
    Decision d = PreconditionEvaluator.checkRequest(new ConditionalHeaders(null, "*", null, null), true, HeaderLimits.DEFAULT);
    assertEquals(Outcome.PROCEED, d.outcome());
  }

  /** RFC 6585 3: If-Unmodified-Since alone does not satisfy the requirement; only entity tags can feed a compare-and-set. */
  @Test
  void ifUnmodifiedSinceAloneDoesNotSatisfyTheRequirement() {
    Decision d = PreconditionEvaluator.checkRequest(dates(null, AT), true, HeaderLimits.DEFAULT);
    assertEquals(Outcome.PRECONDITION_REQUIRED, d.outcome());
  }

  /** A malformed If-Match is a 400 even when no precondition is required: never ignored, never a 5xx. */
  @Test
  void malformedIfMatchIsBadRequestEvenWhenNotRequired() {
    Decision d = PreconditionEvaluator.checkRequest(ifMatch("\"open"), false, HeaderLimits.DEFAULT);
    assertEquals(Outcome.BAD_REQUEST, d.outcome());
    assertEquals("If-Match", d.malformed().headerName());
  }

  /** 5.6.7: all three HTTP-date formats are accepted. */
  @Test
  void allThreeHttpDateFormatsAreAccepted() {
    Instant expected = Instant.parse("1994-11-06T08:49:37Z");
    assertEquals(expected, HttpDates.parse("Sun, 06 Nov 1994 08:49:37 GMT"));
    assertEquals(expected, HttpDates.parse("Sunday, 06-Nov-94 08:49:37 GMT"));
    assertEquals(expected, HttpDates.parse("Sun Nov  6 08:49:37 1994"));
  }
}
