package dev.etagfilter.conformance.ci;

/** The sample on Jersey 3.1 + Grizzly ({@code sample-jersey31.jar}) on H2: {@code launch=jersey31-h2}. */
public final class Jersey31OnH2 extends SampleJarOnH2 {

  /** The system property with the path of {@code sample-jersey31.jar}, set by this module's pom. */
  static final String JAR = "etagfilter.sample.jersey31.jar";

  public Jersey31OnH2() {
    super("jersey31-h2", JAR);
  }
}
