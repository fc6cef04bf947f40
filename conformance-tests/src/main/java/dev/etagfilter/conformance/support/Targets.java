package dev.etagfilter.conformance.support;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.ServiceLoader;

/**
 * Decides which service the suite checks: a launcher named explicitly, else the configured base
 * URLs, else the default launcher; with none of them, an error that says what to configure.
 */
public final class Targets {

  private Targets() {}

  /** Opens the target that {@code settings} describe. */
  public static Service open(Settings settings) throws Exception {
    TargetConfig config = TargetConfig.from(settings);
    if (settings.configured(Setting.LAUNCH).isPresent()) {
      return launch(settings.get(Setting.LAUNCH), settings, config);
    }
    if (settings.configured(Setting.BASE_URL).isPresent()) {
      return new Service(baseUrls(settings.get(Setting.BASE_URL)), config, () -> {});
    }
    return launch(Setting.LAUNCH.defaultValue(), settings, config);
  }

  private static Service launch(String name, Settings settings, TargetConfig config) throws Exception {
    for (ServiceLauncher launcher : ServiceLoader.load(ServiceLauncher.class)) {
      if (launcher.name().equals(name)) {
        ServiceLauncher.Launched launched = launcher.launch(settings);
        return new Service(launched.nodes(), config, launched.stop());
      }
    }
    throw new IllegalStateException("No service to check: set " + Setting.BASE_URL.key()
        + " (system property or --config) or the environment variable " + Setting.BASE_URL.environmentVariable()
        + " to its base URL, e.g. http://localhost:8080" + ("default".equals(name) ? "" : " (no launcher named '" + name + "')"));
  }

  /** Parses a comma-separated list of absolute http(s) URLs. */
  static List<URI> baseUrls(String value) {
    List<URI> nodes = new ArrayList<>();
    for (String part : value.split(",")) {
      if (part.isBlank()) {
        continue;
      }
      URI uri = URI.create(part.trim());
      if (!uri.isAbsolute() || !(uri.getScheme().equals("http") || uri.getScheme().equals("https"))) {
        throw new IllegalArgumentException(Setting.BASE_URL.key() + " must be absolute http(s) URLs: " + value);
      }
      nodes.add(uri);
    }
    return nodes;
  }
}
