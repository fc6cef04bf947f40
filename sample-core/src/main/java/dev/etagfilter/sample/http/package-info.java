/**
 * The HTTP layer, plain Jakarta REST (plus Jackson and the library), depending on the domain and
 * the store: {@link dev.etagfilter.sample.http.SampleApplication} holds every resource and provider
 * as an instance built with its dependencies. {@link dev.etagfilter.sample.http.ItemResource},
 * {@link dev.etagfilter.sample.http.ItemPreconditions}, {@link
 * dev.etagfilter.sample.http.ItemRepresentation} and the application are the only code that knows
 * the etag-filter library. Errors are RFC 9457 problems; the edit page is served from here too.
 */
package dev.etagfilter.sample.http;
