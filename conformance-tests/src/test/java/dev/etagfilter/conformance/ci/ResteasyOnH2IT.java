package dev.etagfilter.conformance.ci;

import org.junit.platform.suite.api.ConfigurationParameter;
import org.junit.platform.suite.api.IncludeTags;
import org.junit.platform.suite.api.SelectPackages;
import org.junit.platform.suite.api.Suite;
import org.junit.platform.suite.api.SuiteDisplayName;

/** Every check against the sample on RESTEasy 7 + Undertow, on H2 ({@link ResteasyOnH2}). */
@Suite
@SuiteDisplayName("conformance: the sample on RESTEasy 7 + Undertow")
@SelectPackages("dev.etagfilter.conformance")
@IncludeTags("conformance")
@ConfigurationParameter(key = "etagfilter.conformance.launch", value = "resteasy-h2")
class ResteasyOnH2IT {}
