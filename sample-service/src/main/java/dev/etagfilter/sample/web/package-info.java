/**
 * HTTP plumbing of the sample: RFC 9457 problem responses for every error, the bounded JSON body
 * reader, the shared {@code ObjectMapper}, and the non-item resources: the browser edit page ({@code
 * GET /}) and {@code GET /admin/conflicts}.
 */
package dev.etagfilter.sample.web;
