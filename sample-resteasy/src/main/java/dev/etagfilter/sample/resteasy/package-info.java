/**
 * The sample on RESTEasy and Undertow: {@link dev.etagfilter.sample.resteasy.SampleServer} opens the
 * database and deploys sample-core's plain Jakarta REST {@link
 * dev.etagfilter.sample.http.SampleApplication} with RESTEasy's {@code UndertowJaxrsServer}; {@link
 * dev.etagfilter.sample.resteasy.Main} is the command line.
 */
package dev.etagfilter.sample.resteasy;
