package dev.etagfilter.sample.item;

/**
 * One broken rule of an item field, worded for the person who sent it.
 *
 * @param field the field, e.g. {@code price}
 * @param message what is wrong and what to send instead, e.g. "must be 0 or more, got -1"
 */
public record Violation(String field, String message) {}
