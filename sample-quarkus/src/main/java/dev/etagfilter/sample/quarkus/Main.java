package dev.etagfilter.sample.quarkus;

import dev.etagfilter.sample.SampleConfig;
import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.annotations.QuarkusMain;
import java.util.Arrays;
import java.util.List;

/**
 * Starts the sample service from the command line ({@link SampleConfig#USAGE}): the options become
 * Quarkus' own settings ({@link QuarkusSettings}), then Quarkus runs {@link SampleService} until
 * Ctrl-C or SIGTERM.
 */
@QuarkusMain
public final class Main {

  private Main() {}

  /** Checks {@code args}, applies them to Quarkus and runs it. */
  public static void main(String... args) {
    List<String> options = Arrays.asList(args);
    if (options.contains("--help") || options.contains("-h")) {
      System.out.println(SampleConfig.USAGE);
      return;
    }
    SampleConfig config;
    try {
      config = SampleConfig.parse(args);
    } catch (IllegalArgumentException e) {
      System.err.println(e.getMessage());
      System.err.println(SampleConfig.USAGE);
      System.exit(2);
      return;
    }
    QuarkusSettings.apply(config);
    Quarkus.run(SampleService.class, args);
  }
}
