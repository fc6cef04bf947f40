/**
 * The sample on Apache CXF and Jetty: {@link dev.etagfilter.sample.cxf.SampleServer} opens the
 * database and makes sample-core's plain Jakarta REST {@link
 * dev.etagfilter.sample.http.SampleApplication} an endpoint through CXF's {@code RuntimeDelegate},
 * on CXF's Jetty transport; {@link dev.etagfilter.sample.cxf.Main} is the command line.
 */
package dev.etagfilter.sample.cxf;
