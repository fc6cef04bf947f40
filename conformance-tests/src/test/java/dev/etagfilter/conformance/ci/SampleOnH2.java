package dev.etagfilter.conformance.ci;

import dev.etagfilter.conformance.support.ServiceLauncher;
import dev.etagfilter.conformance.support.Settings;
import dev.etagfilter.sample.SampleConfig;
import dev.etagfilter.sample.jersey.SampleServer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The default target when no base URL is configured: the sample service in this JVM on a free
 * port, with its H2 database in a fresh temporary directory.
 */
public final class SampleOnH2 implements ServiceLauncher {

  @Override
  public String name() {
    return "default";
  }

  @Override
  public Launched launch(Settings settings) throws Exception {
    Path directory = Files.createTempDirectory("conformance-h2-");
    String jdbcUrl = "jdbc:h2:file:" + directory.resolve("items") + ";DB_CLOSE_ON_EXIT=FALSE";
    SampleServer server = SampleServer.start(SampleConfig.parse(new String[] {"--port", "0", "--db-url", jdbcUrl}));
    return new Launched(List.of(server.baseUri()), () -> {
      server.close();
      TemporaryFiles.deleteTree(directory);
    });
  }
}
