package dev.etagfilter.conformance.ci;

/** The sample on Apache CXF 4 + Jetty ({@code sample-cxf.jar}) on H2: {@code launch=cxf-h2}. */
public final class CxfOnH2 extends SampleJarOnH2 {

  /** The system property with the path of {@code sample-cxf.jar}, set by this module's pom. */
  static final String JAR = "etagfilter.sample.cxf.jar";

  public CxfOnH2() {
    super("cxf-h2", JAR);
  }
}
