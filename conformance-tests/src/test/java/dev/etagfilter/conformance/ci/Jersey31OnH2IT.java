package dev.etagfilter.conformance.ci;

import org.junit.platform.suite.api.ConfigurationParameter;
import org.junit.platform.suite.api.IncludeTags;
import org.junit.platform.suite.api.SelectPackages;
import org.junit.platform.suite.api.Suite;
import org.junit.platform.suite.api.SuiteDisplayName;

/** Every check against the sample on Jersey 3.1 + Grizzly, on H2 ({@link Jersey31OnH2}). */
@Suite
@SuiteDisplayName("conformance: the sample on Jersey 3.1 + Grizzly")
@SelectPackages("dev.etagfilter.conformance")
@IncludeTags("conformance")
@ConfigurationParameter(key = "etagfilter.conformance.launch", value = "jersey31-h2")
class Jersey31OnH2IT {}
