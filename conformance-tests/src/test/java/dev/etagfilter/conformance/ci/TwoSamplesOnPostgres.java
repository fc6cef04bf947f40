package dev.etagfilter.conformance.ci;

import dev.etagfilter.conformance.support.ServiceLauncher;
import dev.etagfilter.conformance.support.Settings;
import dev.etagfilter.testsupport.JarProcess;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Two sample processes, started from the runnable jar with {@code java -jar}, sharing one embedded
 * PostgreSQL ({@code launch=two-samples-postgres}). They share nothing else: separate JVMs,
 * connection pools and caches, like two instances behind a load balancer.
 */
public final class TwoSamplesOnPostgres implements ServiceLauncher {

  /** The system property with the path of {@code sample-service.jar}, set by this module's pom. */
  static final String SAMPLE_JAR = "etagfilter.sample.jar";

  @Override
  public String name() {
    return "two-samples-postgres";
  }

  @Override
  public Launched launch(Settings settings) throws Exception {
    Path jar = JarProcess.jar(SAMPLE_JAR);
    Postgres postgres = Postgres.start();
    List<AutoCloseable> started = new ArrayList<>();
    started.add(postgres);
    try {
      List<URI> nodes = new ArrayList<>();
      // One after the other: the first creates the schema, the second finds it.
      for (String name : List.of("sample-a", "sample-b")) {
        JarProcess process = JarProcess.startSample(jar, name, postgres.jdbcUrl());
        started.add(0, process);
        nodes.add(process.baseUri());
      }
      return new Launched(nodes, () -> closeAll(started));
    } catch (Exception | Error e) {
      closeAll(started);
      throw e;
    }
  }

  private static void closeAll(List<AutoCloseable> resources) throws Exception {
    Exception first = null;
    for (AutoCloseable resource : resources) {
      try {
        resource.close();
      } catch (Exception e) {
        first = first == null ? e : first;
      }
    }
    if (first != null) {
      throw first;
    }
  }
}
