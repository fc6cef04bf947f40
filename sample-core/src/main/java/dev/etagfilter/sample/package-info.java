/**
 * The etag-filter sample item service, in layers: {@code item} (the domain), {@code store} (JDBC,
 * depends on item), {@code http} (plain Jakarta REST, depends on both) and one bootstrap package per
 * runtime, in the runtime's own module ({@code jersey} in sample-service, {@code resteasy}, {@code
 * cxf}). {@link dev.etagfilter.sample.SampleConfig} says how to start it, on any runtime; {@link
 * dev.etagfilter.sample.SampleMain} is every runtime's command line, and a bootstrap's server is a
 * {@link dev.etagfilter.sample.RunningSample}.
 */
package dev.etagfilter.sample;
