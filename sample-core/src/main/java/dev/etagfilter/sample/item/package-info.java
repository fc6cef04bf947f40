/**
 * The domain: what an item is ({@link dev.etagfilter.sample.item.Item}, {@link
 * dev.etagfilter.sample.item.ItemFields}), what a valid one is ({@link
 * dev.etagfilter.sample.item.ItemRules}, {@link dev.etagfilter.sample.item.ItemIds}). It knows no
 * HTTP, JSON or JDBC type, so the store and the HTTP layer both depend on it and it on neither.
 */
package dev.etagfilter.sample.item;
