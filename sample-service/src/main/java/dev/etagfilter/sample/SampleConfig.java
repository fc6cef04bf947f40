package dev.etagfilter.sample;

import dev.etagfilter.sample.store.Database;

/**
 * How to start the sample service.
 *
 * <pre>{@code
 * SampleConfig config = SampleConfig.defaults().withPort(0).withJdbcUrl("jdbc:h2:mem:items");
 * try (SampleServer server = SampleServer.start(config)) { ... server.baseUri() ... }
 * }</pre>
 *
 * @param host the address to bind, default {@code 127.0.0.1} (loopback only)
 * @param port the port, default 8080; 0 picks a free one
 * @param jdbcUrl a {@code jdbc:h2:} or {@code jdbc:postgresql:} URL; null means the default H2 file
 *     {@code data/items.mv.db} under the working directory (see {@link Database#defaultUrl()})
 * @param testDelays for tests only: honour the {@code X-Test-Delay-Millis} request header, which
 *     pauses a write between reading the current version and its compare-and-set; default false
 */
public record SampleConfig(String host, int port, String jdbcUrl, boolean testDelays) {

  /** The default bind address. */
  public static final String DEFAULT_HOST = "127.0.0.1";

  /** The default port. */
  public static final int DEFAULT_PORT = 8080;

  /** The command-line options, for {@code --help} and errors. */
  public static final String USAGE =
      "usage: java -jar sample-service.jar [--port N] [--host ADDRESS] [--db-url JDBC_URL] [--test-delays]\n"
          + "  --port N           port to listen on (default 8080; 0 picks a free port)\n"
          + "  --host ADDRESS     address to bind (default 127.0.0.1)\n"
          + "  --db-url JDBC_URL  jdbc:postgresql://host/db?user=u&password=p, or a jdbc:h2: URL\n"
          + "                     (default: an H2 file in ./data)\n"
          + "  --test-delays      honour the X-Test-Delay-Millis header (tests only)";

  /**
   * Checks every value.
   *
   * @throws IllegalArgumentException for a blank host, a port outside 0 to 65535 or an unsupported URL
   */
  public SampleConfig {
    if (host == null || host.isBlank()) {
      throw new IllegalArgumentException("host must not be blank");
    }
    if (port < 0 || port > 65535) {
      throw new IllegalArgumentException("port must be from 0 to 65535, got " + port);
    }
    if (jdbcUrl != null && !Database.isSupported(jdbcUrl)) {
      throw new IllegalArgumentException(
          "--db-url must start with jdbc:postgresql: or jdbc:h2:, got " + Database.redact(jdbcUrl));
    }
  }

  /** 127.0.0.1:8080, the default H2 file, no test delays. */
  public static SampleConfig defaults() {
    return new SampleConfig(DEFAULT_HOST, DEFAULT_PORT, null, false);
  }

  /** This configuration bound to {@code newHost}. */
  public SampleConfig withHost(String newHost) {
    return new SampleConfig(newHost, port, jdbcUrl, testDelays);
  }

  /** This configuration on {@code newPort} (0: a free port). */
  public SampleConfig withPort(int newPort) {
    return new SampleConfig(host, newPort, jdbcUrl, testDelays);
  }

  /** This configuration on the database at {@code newJdbcUrl} (null: the default H2 file). */
  public SampleConfig withJdbcUrl(String newJdbcUrl) {
    return new SampleConfig(host, port, newJdbcUrl, testDelays);
  }

  /** This configuration with test delays on or off. */
  public SampleConfig withTestDelays(boolean enabled) {
    return new SampleConfig(host, port, jdbcUrl, enabled);
  }

  /** The URL actually used: {@link #jdbcUrl()} or the default H2 file. */
  public String effectiveJdbcUrl() {
    return jdbcUrl != null ? jdbcUrl : Database.defaultUrl();
  }

  /**
   * Reads command-line options ({@link #USAGE}); {@code --opt value} and {@code --opt=value} both work.
   *
   * @throws IllegalArgumentException naming the option that is unknown, lacks a value or is invalid
   */
  public static SampleConfig parse(String[] args) {
    SampleConfig config = defaults();
    for (int i = 0; i < args.length; i++) {
      String arg = args[i];
      String name = arg;
      String value = null;
      int equals = arg.indexOf('=');
      if (arg.startsWith("--") && equals > 0) {
        name = arg.substring(0, equals);
        value = arg.substring(equals + 1);
      }
      switch (name) {
        case "--port" -> {
          value = value != null ? value : valueAfter(args, ++i, name);
          config = config.withPort(port(value));
        }
        case "--host" -> config = config.withHost(value != null ? value : valueAfter(args, ++i, name));
        case "--db-url" -> config = config.withJdbcUrl(value != null ? value : valueAfter(args, ++i, name));
        case "--test-delays" -> config = config.withTestDelays(value == null || Boolean.parseBoolean(value));
        default -> throw new IllegalArgumentException("unknown option: " + arg);
      }
    }
    return config;
  }

  private static String valueAfter(String[] args, int index, String option) {
    if (index >= args.length || args[index].startsWith("--")) {
      throw new IllegalArgumentException(option + " needs a value");
    }
    return args[index];
  }

  private static int port(String value) {
    try {
      return Integer.parseInt(value.trim());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("--port must be a number from 0 to 65535, got " + value);
    }
  }
}
