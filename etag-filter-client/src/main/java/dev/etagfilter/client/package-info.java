/**
 * The client half of optimistic locking, for the Jakarta REST Client API: never write blind, and
 * turn a lost race into a decision instead of a lost update.
 *
 * <ul>
 *   <li>{@link dev.etagfilter.client.ETagClientFeature}, registered on a {@code Client} or {@code
 *       WebTarget}, remembers each resource's {@code ETag}, sends it back as {@code If-Match} and
 *       gives every write an {@code Idempotency-Key};
 *   <li>{@link dev.etagfilter.client.ETagResponses#readEntity(jakarta.ws.rs.core.Response, Class)}
 *       reads a response's entity, or throws {@link dev.etagfilter.client.EditConflictException} for
 *       {@code 412} (with the current representation) and {@link
 *       dev.etagfilter.client.PreconditionRequiredException} for {@code 428};
 *   <li>{@link dev.etagfilter.client.RetryOnConflict} re-runs an edit on the current state until it
 *       is written, refused by the edit, or out of attempts.
 * </ul>
 *
 * <p>Only the Jakarta REST API is used, so all of it runs on any client implementation.
 */
package dev.etagfilter.client;
