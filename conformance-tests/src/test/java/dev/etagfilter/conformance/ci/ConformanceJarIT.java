package dev.etagfilter.conformance.ci;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.etagfilter.testsupport.JarProcess;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The jar command of the README, end to end: the sample started as its README says, then {@code
 * java -jar conformance-tests.jar execute ...} against its URL must pass and write JUnit XML.
 */
class ConformanceJarIT {

  /** The system property with the path of this module's runnable jar, set by the pom. */
  private static final String CONFORMANCE_JAR = "etagfilter.conformance.jar";
  /** A bound on the whole run, so a hang fails the build instead of stalling it. */
  private static final long RUN_MINUTES = 10;

  @Test
  void jarRunAgainstASampleProcessPasses(@TempDir Path temp) throws Exception {
    Path sampleJar = JarProcess.jar(TwoSamplesOnPostgres.SAMPLE_JAR);
    Path reports = Path.of("target", "jar-reports");
    try (JarProcess sample = JarProcess.startSample(sampleJar, "sample-for-jar", "jdbc:h2:file:" + temp.resolve("items"))) {
      int exit = runJar(List.of("execute", "--disable-banner", "--disable-ansi-colors", "--fail-if-no-tests",
          "--select-package", "dev.etagfilter.conformance",
          "--config", "etagfilter.conformance.base-url=" + sample.baseUri(),
          "--reports-dir", reports.toString()));
      assertEquals(0, exit, "the console launcher reported failures; see target/conformance-jar.log");
    }
    String xml = Files.readString(reports.resolve("TEST-junit-jupiter.xml"));
    assertTrue(xml.contains("<testcase") && !xml.contains("<failure"), "expected passing test cases in the XML report");
  }

  private static int runJar(List<String> arguments) throws Exception {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Path jar = Path.of(System.getProperty(CONFORMANCE_JAR, "target/conformance-tests.jar"));
    assertTrue(Files.isRegularFile(jar), "build the runnable jar first (mvn package): " + jar);
    List<String> command = new java.util.ArrayList<>(List.of(java, "-jar", jar.toString()));
    command.addAll(arguments);
    Process process = new ProcessBuilder(command)
        .redirectErrorStream(true)
        .redirectOutput(Path.of("target", "conformance-jar.log").toFile())
        .start();
    if (!process.waitFor(RUN_MINUTES, TimeUnit.MINUTES)) {
      process.destroyForcibly().waitFor();
      throw new AssertionError("the jar run did not finish in " + RUN_MINUTES + " minutes");
    }
    return process.exitValue();
  }
}
