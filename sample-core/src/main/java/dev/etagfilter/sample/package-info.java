/**
 * The etag-filter sample item service, in layers: {@code item} (the domain), {@code store} (JDBC,
 * depends on item), {@code http} (plain Jakarta REST, depends on both) and {@code jersey} (the
 * Jersey and Grizzly bootstrap: {@link dev.etagfilter.sample.jersey.Main} from the command line,
 * {@link dev.etagfilter.sample.jersey.SampleServer} in-process). {@link
 * dev.etagfilter.sample.SampleConfig} says how to start it, on any runtime.
 */
package dev.etagfilter.sample;
