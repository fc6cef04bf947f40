/**
 * The end-to-end comparison over loopback HTTP: the same item resource in four variants on Grizzly +
 * Jersey, loaded by wrk, with allocation and serialization counted on the server side.
 */
package dev.etagfilter.benchmarks.loopback;
