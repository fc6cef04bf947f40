/**
 * Benchmarks of the etag-filter library: JMH micro-benchmarks of header parsing and precondition
 * evaluation, the shared test data, and (in subpackages) the loopback HTTP comparison and the
 * results report.
 */
package dev.etagfilter.benchmarks;
