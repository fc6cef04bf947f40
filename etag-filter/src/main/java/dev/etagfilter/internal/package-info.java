/**
 * Implementation of the feature: the filters, exception mappers and helpers it registers. Not an
 * API: anything here may change without notice.
 */
package dev.etagfilter.internal;
