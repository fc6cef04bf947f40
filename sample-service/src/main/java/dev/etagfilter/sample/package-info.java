/**
 * The etag-filter sample item service: start it with {@link dev.etagfilter.sample.Main} from the
 * command line, or in-process with {@link dev.etagfilter.sample.SampleServer#start(SampleConfig)}.
 */
package dev.etagfilter.sample;
