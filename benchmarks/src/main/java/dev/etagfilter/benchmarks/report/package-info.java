/** Turns the raw results files into the summary tables and the throughput chart of RESULTS.md. */
package dev.etagfilter.benchmarks.report;
