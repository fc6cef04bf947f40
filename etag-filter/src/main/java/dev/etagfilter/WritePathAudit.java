package dev.etagfilter;

import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The start-up audit of an application's write paths: every resource method with an unsafe HTTP
 * method, with its path template, ETag kind and protection, collected as the runtime binds each
 * method, and logged as one entry once binding has been quiet for a moment (Jakarta REST has no
 * "deployment finished" event). With the strict option, a PUT, PATCH or DELETE opted out without a
 * reason fails the deployment there and then.
 */
final class WritePathAudit {

  private static final Logger LOG = System.getLogger("dev.etagfilter.audit");

  /** How long binding must be quiet before the audit is logged. */
  private static final long QUIET_MILLIS = 300;

  private final FeatureOptions options;
  private final Map<Method, EndpointPolicy> writePaths = new ConcurrentHashMap<>();
  private final AtomicLong generation = new AtomicLong();
  private final Executor later = CompletableFuture.delayedExecutor(QUIET_MILLIS, TimeUnit.MILLISECONDS);

  WritePathAudit(FeatureOptions options) {
    this.options = options;
  }

  /**
   * Records a bound method; a write path is checked and, when binding then stays quiet, logged.
   *
   * @throws IllegalStateException under the strict option, for a PUT, PATCH or DELETE opted out
   *     without a reason: the deployment fails
   */
  void record(Method method, EndpointPolicy policy) {
    if (!policy.isWrite() || writePaths.putIfAbsent(method, policy) != null) {
      return;
    }
    if (options.strictAudit() && isUnexplainedOptOut(policy)) {
      throw new IllegalStateException("etag-filter strict audit: " + policy.httpMethod() + " "
          + policy.pathTemplate() + " (" + method + ") opts out of preconditions without a reason, so its"
          + " writes can silently overwrite each other. Say why with @RequirePrecondition(value = false,"
          + " reason = \"...\"), or remove the opt-out.");
    }
    long mine = generation.incrementAndGet();
    later.execute(() -> {
      if (generation.get() == mine) {
        log();
      }
    });
  }

  /** The write paths bound so far, by path template then method. */
  List<EndpointPolicy> writePaths() {
    List<EndpointPolicy> sorted = new ArrayList<>(writePaths.values());
    sorted.sort(Comparator.comparing(EndpointPolicy::pathTemplate).thenComparing(EndpointPolicy::httpMethod));
    return List.copyOf(sorted);
  }

  /** The whole audit as one log entry: a header line and one row per write path. */
  String render() {
    List<EndpointPolicy> rows = writePaths();
    StringBuilder text = new StringBuilder("etag-filter write-path audit: ").append(rows.size())
        .append(rows.size() == 1 ? " write path" : " write paths");
    for (EndpointPolicy row : rows) {
      text.append(System.lineSeparator()).append("  ").append(row);
      if (isUnexplainedOptOut(row)) {
        text.append("  <- opted out without a reason");
      }
    }
    return text.toString();
  }

  private void log() {
    Level level = writePaths.values().stream().anyMatch(WritePathAudit::isUnexplainedOptOut) ? Level.WARNING : Level.INFO;
    LOG.log(level, render());
  }

  private static boolean isUnexplainedOptOut(EndpointPolicy policy) {
    return policy.protection() == EndpointPolicy.Protection.OPTED_OUT
        && policy.reason().isBlank()
        && !"POST".equals(policy.httpMethod());
  }
}
