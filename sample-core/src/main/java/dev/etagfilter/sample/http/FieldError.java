package dev.etagfilter.sample.http;

/**
 * One invalid field of a request body, listed in a 400 problem's {@code errors} member.
 *
 * @param field the JSON member name, e.g. {@code price}
 * @param message what is wrong and what to send instead
 */
public record FieldError(String field, String message) {}
