/**
 * The sample on Jersey and Grizzly: everything runtime-specific in one place. {@link
 * dev.etagfilter.sample.jersey.SampleServer} opens the database, wraps the plain Jakarta REST
 * {@link dev.etagfilter.sample.http.SampleApplication} in Jersey's {@code ResourceConfig}, sizes
 * Grizzly's worker pool, and puts {@link dev.etagfilter.sample.jersey.RequestDeadline} and {@link
 * dev.etagfilter.sample.jersey.RequestGate} in front, so that slow or broken clients get a 408 or
 * 400 and never hold a worker. {@link dev.etagfilter.sample.jersey.Main} is the command line.
 */
package dev.etagfilter.sample.jersey;
