/**
 * RFC 9110 entity tags and conditional requests for Jakarta REST: register {@link
 * dev.etagfilter.ETagFeature}, mark entity versions with {@link dev.etagfilter.ETagVersion}, receive
 * each write's {@link dev.etagfilter.WriteCondition} as a {@code @BeanParam} and make the write a
 * compare-and-set, throwing {@link dev.etagfilter.PreconditionFailedException} when it loses.
 *
 * <p>The public types of this package are the whole API. Everything else (the header parser, the RFC
 * 9110 section 13.2.2 evaluator, the filters) is package-private, so it can change without breaking
 * anyone; the pure core has no Jakarta REST types in its logic.
 */
package dev.etagfilter;
