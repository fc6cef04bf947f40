/**
 * The item API: {@link dev.etagfilter.sample.item.ItemResource} at {@code /items}, the item
 * representation {@link dev.etagfilter.sample.item.Item}, and the rules for what a client may send
 * ({@link dev.etagfilter.sample.item.ItemRules}, {@link dev.etagfilter.sample.item.ItemBodies}).
 */
package dev.etagfilter.sample.item;
