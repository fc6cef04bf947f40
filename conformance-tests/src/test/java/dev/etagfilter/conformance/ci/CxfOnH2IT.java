package dev.etagfilter.conformance.ci;

import org.junit.platform.suite.api.ConfigurationParameter;
import org.junit.platform.suite.api.IncludeTags;
import org.junit.platform.suite.api.SelectPackages;
import org.junit.platform.suite.api.Suite;
import org.junit.platform.suite.api.SuiteDisplayName;

/**
 * Every check against the sample on Apache CXF 4 + Jetty, on H2 ({@link CxfOnH2}). Jetty answers a
 * header with a control character itself (400, no body) before CXF or the application see the
 * request, so those two runs of the malformed-header check (If-Match, If-None-Match) are skipped.
 */
@Suite
@SuiteDisplayName("conformance: the sample on Apache CXF 4 + Jetty")
@SelectPackages("dev.etagfilter.conformance")
@IncludeTags("conformance")
@ConfigurationParameter(key = "etagfilter.conformance.launch", value = "cxf-h2")
@ConfigurationParameter(key = "etagfilter.conformance.skip-checks",
    value = "MalformedHeaderTest#malformedHeaderOnAWriteGets400Problem[control character]="
        + "Jetty refuses a header value with a control character itself (400 without a body) before CXF and the"
        + " application see the request")
class CxfOnH2IT {}
