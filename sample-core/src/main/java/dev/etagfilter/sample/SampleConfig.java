package dev.etagfilter.sample;

import dev.etagfilter.sample.store.Database;
import dev.etagfilter.sample.store.StoreOptions;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;

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
 * @param publicBaseUri where clients reach the service, e.g. {@code https://shop.example/api/}
 *     behind a proxy; {@code Location} headers are built from it, never from the request's {@code
 *     Host}. Null means the address it listens on
 * @param readTimeout how long a client may take to send a whole request, head and body, counted
 *     from its first byte; then it gets 408 and the connection is closed. Default 10 seconds
 * @param store how many versions of each item the history keeps (default 100) and how long the
 *     answer to a write with an {@code Idempotency-Key} is kept for its retries (default 24 hours)
 */
public record SampleConfig(
    String host, int port, String jdbcUrl, URI publicBaseUri, Duration readTimeout, StoreOptions store) {

  /** The default bind address. */
  public static final String DEFAULT_HOST = "127.0.0.1";

  /** The default port. */
  public static final int DEFAULT_PORT = 8080;

  /** The default {@link #readTimeout()}: generous for any client on a working network. */
  public static final Duration DEFAULT_READ_TIMEOUT = Duration.ofSeconds(10);

  /** The command-line options, for {@code --help} and errors. */
  public static final String USAGE =
      "usage: java -jar sample-service.jar [--port N] [--host ADDRESS] [--db-url JDBC_URL]\n"
          + "                                  [--public-base-uri URI] [--read-timeout SECONDS]\n"
          + "                                  [--history-versions N] [--idempotency-retention HOURS]\n"
          + "  --port N                 port to listen on (default 8080; 0 picks a free port)\n"
          + "  --host ADDRESS           address to bind (default 127.0.0.1)\n"
          + "  --db-url JDBC_URL        jdbc:postgresql://host/db?user=u&password=p, or a jdbc:h2: URL\n"
          + "                           (default: an H2 file in ./data)\n"
          + "  --public-base-uri URI    where clients reach the service, for Location headers\n"
          + "                           (default: the address it listens on)\n"
          + "  --read-timeout SECONDS   time a client has to send a whole request (default 10)\n"
          + "  --history-versions N     versions of each item the history keeps (default 100)\n"
          + "  --idempotency-retention HOURS\n"
          + "                           how long a write's answer is kept for retries with its\n"
          + "                           Idempotency-Key (default 24)";

  /**
   * Checks every value.
   *
   * @throws IllegalArgumentException for a blank host, a port outside 0 to 65535, an unsupported
   *     URL, a public base URI that is not an absolute http(s) URI ending in {@code /}, or a read
   *     timeout that is not positive
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
    if (publicBaseUri != null && !isBaseUri(publicBaseUri)) {
      throw new IllegalArgumentException(
          "--public-base-uri must be an absolute http or https URI ending in '/', e.g. https://shop.example/api/,"
              + " got " + publicBaseUri);
    }
    if (readTimeout == null || readTimeout.isNegative() || readTimeout.isZero()) {
      throw new IllegalArgumentException("--read-timeout must be a positive number of seconds, got " + readTimeout);
    }
    if (store == null) {
      throw new IllegalArgumentException("store options must be given");
    }
  }

  /**
   * 127.0.0.1:8080, the default H2 file, Location from the listen address, 10 s to send a request,
   * 100 versions per item, idempotency keys for 24 hours.
   */
  public static SampleConfig defaults() {
    return new SampleConfig(DEFAULT_HOST, DEFAULT_PORT, null, null, DEFAULT_READ_TIMEOUT, StoreOptions.defaults());
  }

  /** This configuration bound to {@code newHost}. */
  public SampleConfig withHost(String newHost) {
    return new SampleConfig(newHost, port, jdbcUrl, publicBaseUri, readTimeout, store);
  }

  /** This configuration on {@code newPort} (0: a free port). */
  public SampleConfig withPort(int newPort) {
    return new SampleConfig(host, newPort, jdbcUrl, publicBaseUri, readTimeout, store);
  }

  /** This configuration on the database at {@code newJdbcUrl} (null: the default H2 file). */
  public SampleConfig withJdbcUrl(String newJdbcUrl) {
    return new SampleConfig(host, port, newJdbcUrl, publicBaseUri, readTimeout, store);
  }

  /** This configuration with {@code Location} headers under {@code uri} (null: the listen address). */
  public SampleConfig withPublicBaseUri(URI uri) {
    return new SampleConfig(host, port, jdbcUrl, uri, readTimeout, store);
  }

  /** This configuration giving clients {@code timeout} to send a whole request. */
  public SampleConfig withReadTimeout(Duration timeout) {
    return new SampleConfig(host, port, jdbcUrl, publicBaseUri, timeout, store);
  }

  /** This configuration keeping {@code versions} versions of each item in the history. */
  public SampleConfig withHistoryVersions(int versions) {
    return new SampleConfig(host, port, jdbcUrl, publicBaseUri, readTimeout,
        new StoreOptions(versions, store.idempotencyRetention()));
  }

  /** This configuration keeping the answers to writes with an {@code Idempotency-Key} for {@code retention}. */
  public SampleConfig withIdempotencyRetention(Duration retention) {
    return new SampleConfig(host, port, jdbcUrl, publicBaseUri, readTimeout,
        new StoreOptions(store.historyVersions(), retention));
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
      if (!name.startsWith("--") || !USAGE.contains(name + " ")) {
        throw new IllegalArgumentException("unknown option: " + arg);
      }
      if (value == null) {
        value = valueAfter(args, ++i, name);
      }
      config = config.with(name, value);
    }
    return config;
  }

  private SampleConfig with(String option, String value) {
    return switch (option) {
      case "--port" -> withPort(number(option, value, 0, 65535));
      case "--host" -> withHost(value);
      case "--db-url" -> withJdbcUrl(value);
      case "--public-base-uri" -> withPublicBaseUri(uri(value));
      case "--read-timeout" -> withReadTimeout(Duration.ofSeconds(number(option, value, 1, 3600)));
      case "--history-versions" -> withHistoryVersions(number(option, value, 1, 100_000));
      case "--idempotency-retention" -> withIdempotencyRetention(Duration.ofHours(number(option, value, 1, 24 * 30)));
      default -> throw new IllegalArgumentException("unknown option: " + option);
    };
  }

  private static boolean isBaseUri(URI uri) {
    return uri.isAbsolute() && ("http".equals(uri.getScheme()) || "https".equals(uri.getScheme()))
        && uri.getHost() != null && uri.getRawPath() != null && uri.getRawPath().endsWith("/")
        && uri.getRawQuery() == null && uri.getRawFragment() == null;
  }

  private static URI uri(String value) {
    try {
      return new URI(value.trim());
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException("--public-base-uri is not a URI: " + e.getMessage());
    }
  }

  private static String valueAfter(String[] args, int index, String option) {
    if (index >= args.length || args[index].startsWith("--")) {
      throw new IllegalArgumentException(option + " needs a value");
    }
    return args[index];
  }

  private static int number(String option, String value, int min, int max) {
    try {
      int number = Integer.parseInt(value.trim());
      if (number >= min && number <= max) {
        return number;
      }
    } catch (NumberFormatException e) {
      // answered below
    }
    throw new IllegalArgumentException(option + " must be a number from " + min + " to " + max + ", got " + value);
  }
}
