package dev.etagfilter.conformance.ci;

import org.junit.platform.suite.api.IncludeTags;
import org.junit.platform.suite.api.SelectPackages;
import org.junit.platform.suite.api.Suite;
import org.junit.platform.suite.api.SuiteDisplayName;

/**
 * Every check against the configured target; with none configured, against the sample service
 * started in-process on H2 ({@link SampleOnH2}).
 */
@Suite
@SuiteDisplayName("conformance: configured target, else the sample on H2")
@SelectPackages("dev.etagfilter.conformance")
@IncludeTags("conformance")
class ConformanceIT {}
