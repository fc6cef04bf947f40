package dev.etagfilter.sample.jersey;

import java.io.IOException;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.time.Duration;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.glassfish.grizzly.Connection;
import org.glassfish.grizzly.EmptyCompletionHandler;
import org.glassfish.grizzly.WriteResult;
import org.glassfish.grizzly.Writer;
import org.glassfish.grizzly.asyncqueue.WritableMessage;
import org.glassfish.grizzly.filterchain.BaseFilter;
import org.glassfish.grizzly.filterchain.FilterChainBuilder;
import org.glassfish.grizzly.filterchain.FilterChainContext;
import org.glassfish.grizzly.filterchain.NextAction;
import org.glassfish.grizzly.attributes.Attribute;
import org.glassfish.grizzly.Grizzly;
import org.glassfish.grizzly.http.HttpContent;
import org.glassfish.grizzly.http.HttpHeader;
import org.glassfish.grizzly.http.server.AddOn;
import org.glassfish.grizzly.http.server.NetworkListener;
import org.glassfish.grizzly.memory.Buffers;

/**
 * The deadline for reading a whole request, head and body, counted from its first byte. Two
 * filters around Grizzly's HTTP codec follow each request on a connection: the one below sees raw
 * bytes, and the first bytes on an idle connection start the request's clock; the one above sees
 * what the codec parsed, the head complete and the body's last chunk, after which the connection
 * is idle again. If the head (request line and header fields) is still incomplete when the
 * deadline passes, the connection gets a 408 problem and is closed (RFC 9110 15.5.9), without a
 * worker thread ever having waited for it. {@link RequestGate} applies what is left of the same
 * deadline to the body.
 */
final class RequestDeadline implements AddOn {

  private static final Logger LOG = System.getLogger(RequestDeadline.class.getName());

  /** The request now arriving on a connection; null while the connection is idle. */
  private static final Attribute<AtomicReference<Arrival>> ARRIVAL =
      Grizzly.DEFAULT_ATTRIBUTE_BUILDER.createAttribute(RequestDeadline.class.getName(), () -> new AtomicReference<>());

  private enum Stage { HEAD, BODY, EXPIRED }

  /** One request's clock: its deadline, how far it has arrived, and its head once parsed. */
  private static final class Arrival {
    private final long deadlineNanos;
    private final AtomicReference<Stage> stage;
    private volatile HttpHeader head;
    private volatile ScheduledFuture<?> headTimer;

    private Arrival(long deadlineNanos, Stage stage) {
      this.deadlineNanos = deadlineNanos;
      this.stage = new AtomicReference<>(stage);
    }
  }

  private final long timeoutNanos;
  private final ScheduledExecutorService timer;

  /** Requests must arrive within {@code timeout}; {@code timer} runs the checks. */
  RequestDeadline(Duration timeout, ScheduledExecutorService timer) {
    this.timeoutNanos = timeout.toNanos();
    this.timer = timer;
  }

  /** One filter right below the HTTP codec (raw bytes), one right above it (parsed requests). */
  @Override
  public void setup(NetworkListener listener, FilterChainBuilder builder) {
    int codec = builder.indexOfType(org.glassfish.grizzly.http.HttpServerFilter.class);
    builder.add(codec + 1, new ParsedSide());
    builder.add(codec, new RawSide());
  }

  /**
   * Milliseconds left for the request now arriving on {@code connection} (at least 0); the whole
   * timeout when it is not being timed.
   */
  long remainingMillis(Connection<?> connection) {
    Arrival arrival = ARRIVAL.get(connection).get();
    long deadline = arrival != null ? arrival.deadlineNanos : System.nanoTime() + timeoutNanos;
    return Math.max(0, TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime()));
  }

  /** Below the codec: the first bytes on an idle connection start a request's clock. */
  private final class RawSide extends BaseFilter {
    @Override
    public NextAction handleRead(FilterChainContext ctx) throws IOException {
      Connection<?> connection = ctx.getConnection();
      AtomicReference<Arrival> current = ARRIVAL.get(connection);
      if (current.get() == null) {
        Arrival arrival = new Arrival(System.nanoTime() + timeoutNanos, Stage.HEAD);
        if (current.compareAndSet(null, arrival)) {
          arrival.headTimer = timer.schedule(() -> expireHead(connection, arrival), timeoutNanos, TimeUnit.NANOSECONDS);
        }
      }
      return ctx.getInvokeAction();
    }
  }

  /** Above the codec: a parsed head stops the head's timer; the body's last chunk ends the request. */
  private final class ParsedSide extends BaseFilter {
    @Override
    public NextAction handleRead(FilterChainContext ctx) throws IOException {
      if (ctx.getMessage() instanceof HttpContent content) {
        AtomicReference<Arrival> current = ARRIVAL.get(ctx.getConnection());
        Arrival arrival = current.get();
        if (arrival == null || arrival.head != null && arrival.head != content.getHttpHeader()) {
          // A head parsed from bytes that came with the previous request's end: time it from now.
          arrival = new Arrival(System.nanoTime() + timeoutNanos, Stage.BODY);
          current.set(arrival);
        }
        if (arrival.head == null) {
          arrival.head = content.getHttpHeader();
          if (!arrival.stage.compareAndSet(Stage.HEAD, Stage.BODY) && arrival.stage.get() == Stage.EXPIRED) {
            return ctx.getStopAction();
          }
          if (arrival.headTimer != null) {
            arrival.headTimer.cancel(false);
          }
        }
        if (content.isLast()) {
          current.compareAndSet(arrival, null);
        }
      }
      return ctx.getInvokeAction();
    }
  }

  private void expireHead(Connection<?> connection, Arrival arrival) {
    if (!arrival.stage.compareAndSet(Stage.HEAD, Stage.EXPIRED)) {
      return;
    }
    LOG.log(Level.INFO, "408 and closing " + connection.getPeerAddress() + ": the request head did not arrive in time");
    byte[] response = GrizzlyProblems.rawClosing(408, "Request Timeout",
        "The request did not arrive in time: send the request line, header fields and body without pauses.");
    @SuppressWarnings("unchecked")
    Connection<Object> raw = (Connection<Object>) connection;
    @SuppressWarnings("unchecked")
    Writer<Object> writer = raw.getTransport().getWriter(raw);
    // Written below the codec, straight to the socket; closed once written, or failed (client gone).
    writer.write(raw, Buffers.wrap(raw.getMemoryManager(), response),
        new EmptyCompletionHandler<WriteResult<WritableMessage, Object>>() {
          @Override
          public void completed(WriteResult<WritableMessage, Object> result) {
            raw.closeSilently();
          }

          @Override
          public void failed(Throwable error) {
            raw.closeSilently();
          }
        });
  }
}
