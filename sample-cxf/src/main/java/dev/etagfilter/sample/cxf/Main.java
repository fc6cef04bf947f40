package dev.etagfilter.sample.cxf;

import dev.etagfilter.sample.SampleConfig;
import dev.etagfilter.sample.SampleMain;

/**
 * Starts the sample service on Apache CXF and Jetty from the command line ({@link
 * SampleConfig#USAGE}) and runs it until Ctrl-C or SIGTERM ({@link SampleMain}).
 */
public final class Main {

  private Main() {}

  /** Parses {@code args}, starts the server, prints where it is, and waits. */
  public static void main(String[] args) throws InterruptedException {
    SampleMain.run(args, SampleServer::start);
  }
}
