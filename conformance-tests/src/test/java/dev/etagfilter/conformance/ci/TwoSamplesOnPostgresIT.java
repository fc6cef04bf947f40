package dev.etagfilter.conformance.ci;

import org.junit.platform.suite.api.ConfigurationParameter;
import org.junit.platform.suite.api.IncludeTags;
import org.junit.platform.suite.api.SelectPackages;
import org.junit.platform.suite.api.Suite;
import org.junit.platform.suite.api.SuiteDisplayName;

/**
 * Every check against two sample processes sharing one PostgreSQL, requests alternating between
 * them ({@link TwoSamplesOnPostgres}); the cluster checks run here.
 */
@Suite
@SuiteDisplayName("conformance: two sample processes on one PostgreSQL")
@SelectPackages("dev.etagfilter.conformance")
@IncludeTags("conformance")
@ConfigurationParameter(key = "etagfilter.conformance.launch", value = "two-samples-postgres")
class TwoSamplesOnPostgresIT {}
