/**
 * Test helpers that several modules of this build share, none of which needs Jersey: a JDK HTTP client
 * for one base URI, HTTP written byte for byte over a socket, and a runnable jar started as a process.
 * The Jersey + Grizzly server lives apart, in {@link dev.etagfilter.testsupport.jersey}.
 */
package dev.etagfilter.testsupport;
