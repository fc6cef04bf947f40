package dev.etagfilter.conformance.ci;

/**
 * A Quarkus variant of the sample as its own process, started from its fast-jar ({@code java -jar
 * target/quarkus-app/quarkus-run.jar --port 0 --db-url URL}) on H2 in a fresh temporary directory;
 * its output goes to {@code target/NAME.log}. The jar's path comes from a system property that this
 * module's pom sets.
 */
abstract class QuarkusSampleOnH2 extends SampleJarOnH2 {

  /**
   * The checks Quarkus' HTTP server (Vert.x on Netty) answers itself, before the application: a
   * header value with a control character is refused as an invalid request.
   */
  static final String VERTX_ANSWERS = "MalformedHeaderTest#malformedHeaderOnAWriteGets400Problem[control character]="
      + "Vert.x refuses a header value with a control character itself (400, no body, connection closed)"
      + " before the application sees the request";

  QuarkusSampleOnH2(String name, String jarProperty) {
    super(name, jarProperty);
  }

  /** The sample on Quarkus with quarkus-rest (RESTEasy Reactive): {@code launch=quarkus-rest-h2}. */
  public static final class Rest extends QuarkusSampleOnH2 {
    public Rest() {
      super("quarkus-rest-h2", "etagfilter.sample.quarkus-rest.jar");
    }
  }

  /** The sample on Quarkus with quarkus-resteasy (RESTEasy classic): {@code launch=quarkus-resteasy-h2}. */
  public static final class Resteasy extends QuarkusSampleOnH2 {
    public Resteasy() {
      super("quarkus-resteasy-h2", "etagfilter.sample.quarkus-resteasy.jar");
    }
  }
}
