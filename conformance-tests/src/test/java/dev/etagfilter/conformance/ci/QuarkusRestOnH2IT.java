package dev.etagfilter.conformance.ci;

import org.junit.platform.suite.api.ConfigurationParameter;
import org.junit.platform.suite.api.IncludeTags;
import org.junit.platform.suite.api.SelectPackages;
import org.junit.platform.suite.api.Suite;
import org.junit.platform.suite.api.SuiteDisplayName;

/** Every check against the sample on Quarkus with quarkus-rest, on H2 ({@link QuarkusSampleOnH2.Rest}). */
@Suite
@SuiteDisplayName("conformance: the sample on Quarkus (quarkus-rest)")
@SelectPackages("dev.etagfilter.conformance")
@IncludeTags("conformance")
@ConfigurationParameter(key = "etagfilter.conformance.launch", value = "quarkus-rest-h2")
@ConfigurationParameter(key = "etagfilter.conformance.skip-checks", value = QuarkusSampleOnH2.VERTX_ANSWERS)
class QuarkusRestOnH2IT {}
