/**
 * What the checks stand on: the target's configuration, HTTP exchanges over rest-assured, the
 * shared assertions that state the protocol once, and the launcher hook for starting a service.
 */
package dev.etagfilter.conformance.support;
