package dev.etagfilter.benchmarks.loopback;

import java.net.URI;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import org.glassfish.grizzly.http.server.HttpServer;
import org.glassfish.grizzly.http.server.NetworkListener;
import org.glassfish.grizzly.nio.transport.TCPNIOTransport;
import org.glassfish.grizzly.threadpool.ThreadPoolConfig;
import org.glassfish.jersey.grizzly2.httpserver.GrizzlyHttpServerFactory;
import org.glassfish.jersey.server.ResourceConfig;
import org.glassfish.jersey.server.ServerProperties;

/**
 * A Grizzly + Jersey server for one variant on an ephemeral loopback port, whose threads (the
 * selector and the workers) all have names starting with {@link #threadPrefix()}, so the CPU time
 * and allocation of this server alone can be read per thread.
 */
final class VariantServer implements AutoCloseable {

  private final HttpServer server;
  private final URI base;
  private final String threadPrefix;

  VariantServer(ResourceConfig application, String threadPrefix) {
    this.threadPrefix = threadPrefix;
    // No WADL (it needs JAXB, and would answer OPTIONS): the same in every variant.
    application.property(ServerProperties.WADL_FEATURE_DISABLE, true);
    server = GrizzlyHttpServerFactory.createHttpServer(URI.create("http://127.0.0.1:0/"), application, false);
    for (NetworkListener listener : server.getListeners()) {
      // Grizzly closes a connection after 256 requests by default; wrk would then measure reconnects.
      listener.getKeepAlive().setMaxRequestsCount(-1);
      TCPNIOTransport transport = listener.getTransport();
      transport.setWorkerThreadPoolConfig(named(transport.getWorkerThreadPoolConfig(), threadPrefix + "worker"));
      transport.setKernelThreadPoolConfig(named(transport.getKernelThreadPoolConfig(), threadPrefix + "kernel"));
    }
    try {
      server.start();
    } catch (java.io.IOException e) {
      throw new IllegalStateException("could not start the server", e);
    }
    base = URI.create("http://127.0.0.1:" + server.getListeners().iterator().next().getPort());
  }

  /**
   * {@code config} with threads named {@code name-N}: the threads the configured factory makes (Jersey
   * names its workers itself), renamed, so they stay what they were otherwise.
   */
  private static ThreadPoolConfig named(ThreadPoolConfig config, String name) {
    ThreadPoolConfig copy = config == null ? ThreadPoolConfig.defaultConfig() : config.copy();
    ThreadFactory factory = copy.getThreadFactory();
    AtomicInteger count = new AtomicInteger();
    return copy.setPoolName(name).setThreadFactory(task -> {
      Thread thread = factory != null ? factory.newThread(task) : new Thread(task);
      thread.setName(name + "-" + count.getAndIncrement());
      return thread;
    });
  }

  /** {@code http://127.0.0.1:PORT}, without a trailing slash. */
  URI base() {
    return base;
  }

  /** What the names of this server's threads, and of no other server's, start with. */
  String threadPrefix() {
    return threadPrefix;
  }

  @Override
  public void close() {
    server.shutdownNow();
  }
}
