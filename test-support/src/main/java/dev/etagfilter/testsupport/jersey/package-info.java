/**
 * A real Jersey + Grizzly server for tests. Jersey is an optional dependency of this module: a module
 * that uses this package brings Jersey on its own test class path.
 */
package dev.etagfilter.testsupport.jersey;
