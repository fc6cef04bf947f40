package dev.etagfilter.sample.http;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/**
 * One page of an item's history: {@code {"id", "versions": [...], "next"}}, newest first; {@code
 * next} is the URI of the following (older) page and is left out on the last page.
 *
 * @param id the item's id
 * @param versions the versions of this page, newest first
 * @param next the next page's URI, or null
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"id", "versions", "next"})
public record HistoryPageRepresentation(String id, List<ItemVersionRepresentation> versions, String next) {}
