package dev.etagfilter.conformance.ci;

import dev.etagfilter.conformance.support.ServiceLauncher;
import dev.etagfilter.conformance.support.Settings;
import dev.etagfilter.testsupport.JarProcess;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * One runtime's variant of the sample as its own process ({@code java -jar VARIANT.jar --port 0
 * --db-url URL}), on H2 in a fresh temporary directory: the same application on another Jakarta
 * REST runtime. Each variant is a subclass naming the launcher and the system property, set by this
 * module's pom, that holds the path of its jar; its output goes to {@code target/NAME.log}.
 */
abstract class SampleJarOnH2 implements ServiceLauncher {

  private final String name;
  private final String jarProperty;

  SampleJarOnH2(String name, String jarProperty) {
    this.name = name;
    this.jarProperty = jarProperty;
  }

  @Override
  public final String name() {
    return name;
  }

  @Override
  public final Launched launch(Settings settings) throws Exception {
    Path jar = JarProcess.jar(jarProperty);
    Path directory = Files.createTempDirectory("conformance-" + name + "-");
    try {
      String jdbcUrl = "jdbc:h2:file:" + directory.resolve("items") + ";DB_CLOSE_ON_EXIT=FALSE";
      JarProcess process = JarProcess.startSample(jar, name, jdbcUrl);
      return new Launched(List.of(process.baseUri()), () -> {
        try {
          process.close();
        } finally {
          TemporaryFiles.deleteTree(directory);
        }
      });
    } catch (Exception | Error e) {
      TemporaryFiles.deleteTree(directory);
      throw e;
    }
  }
}
