/**
 * A Micrometer binding for etag-filter: {@link dev.etagfilter.micrometer.PreconditionMetrics}, a
 * {@link dev.etagfilter.PreconditionListener} that counts each precondition outcome as {@code
 * http.server.preconditions}, tagged by outcome, HTTP method and path template.
 */
package dev.etagfilter.micrometer;
