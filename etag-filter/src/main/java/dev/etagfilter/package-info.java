/**
 * RFC 9110 entity tags and conditional requests for Jakarta REST: register {@link
 * dev.etagfilter.ETagFeature}, mark entity versions with {@link dev.etagfilter.ETagVersion}, and make
 * writes a compare-and-set with {@link dev.etagfilter.Preconditions} and {@link
 * dev.etagfilter.PreconditionFailedException}. The pure core ({@link dev.etagfilter.EntityTag},
 * {@link dev.etagfilter.PreconditionEvaluator}) has no Jakarta REST types in its logic.
 */
package dev.etagfilter;
