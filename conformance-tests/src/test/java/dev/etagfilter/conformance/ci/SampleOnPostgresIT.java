package dev.etagfilter.conformance.ci;

import org.junit.platform.suite.api.ConfigurationParameter;
import org.junit.platform.suite.api.IncludeTags;
import org.junit.platform.suite.api.SelectPackages;
import org.junit.platform.suite.api.Suite;
import org.junit.platform.suite.api.SuiteDisplayName;

/** Every check against the sample service on embedded PostgreSQL ({@link SampleOnPostgres}). */
@Suite
@SuiteDisplayName("conformance: the sample on PostgreSQL")
@SelectPackages("dev.etagfilter.conformance")
@IncludeTags("conformance")
@ConfigurationParameter(key = "etagfilter.conformance.launch", value = "sample-postgres")
class SampleOnPostgresIT {}
