package dev.etagfilter.sample.http;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A request body that was read by {@link JsonObjectBodyReader}: at most its size limit, valid JSON,
 * and a JSON object. What the members mean is for the resource to check.
 *
 * @param members the object
 */
public record JsonObjectBody(ObjectNode members) {}
