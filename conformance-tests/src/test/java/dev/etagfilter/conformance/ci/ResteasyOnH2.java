package dev.etagfilter.conformance.ci;

/** The sample on RESTEasy 7 + Undertow ({@code sample-resteasy.jar}) on H2: {@code launch=resteasy-h2}. */
public final class ResteasyOnH2 extends SampleJarOnH2 {

  /** The system property with the path of {@code sample-resteasy.jar}, set by this module's pom. */
  static final String JAR = "etagfilter.sample.resteasy.jar";

  public ResteasyOnH2() {
    super("resteasy-h2", JAR);
  }
}
