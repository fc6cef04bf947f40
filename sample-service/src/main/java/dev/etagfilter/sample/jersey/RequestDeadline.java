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
import org.glassfish.grizzly.http.server.AddOn;
import org.glassfish.grizzly.http.server.NetworkListener;
import org.glassfish.grizzly.memory.Buffers;

/**
 * The deadline for reading a whole request, head and body, counted from its first byte. This
 * filter sits below Grizzly's HTTP codec and sees every byte that arrives: the first bytes of a new
 * request start its clock. If the head (request line and header fields) is still incomplete when
 * the deadline passes, the connection gets a 408 problem and is closed (RFC 9110 15.5.9), without
 * a worker thread ever having waited for it. {@link RequestGate} takes over once the head is
 * complete and applies what is left of the same deadline to the body.
 */
final class RequestDeadline extends BaseFilter implements AddOn {

  private static final Logger LOG = System.getLogger(RequestDeadline.class.getName());

  /** The request now arriving on a connection, if any. */
  private static final Attribute<AtomicReference<Arrival>> ARRIVAL =
      Grizzly.DEFAULT_ATTRIBUTE_BUILDER.createAttribute(RequestDeadline.class.getName(), () -> new AtomicReference<>());

  /** One request's clock: when its first byte came, and whether its head is complete. */
  static final class Arrival {
    private final long deadlineNanos;
    private final AtomicReference<String> stage = new AtomicReference<>("head");
    private volatile ScheduledFuture<?> headTimer;

    private Arrival(long deadlineNanos) {
      this.deadlineNanos = deadlineNanos;
    }

    /** Milliseconds left until the deadline, at least 0. */
    long remainingMillis() {
      return Math.max(0, TimeUnit.NANOSECONDS.toMillis(deadlineNanos - System.nanoTime()));
    }
  }

  private final long timeoutNanos;
  private final ScheduledExecutorService timer;

  /** Requests must arrive within {@code timeout}; {@code timer} runs the checks. */
  RequestDeadline(Duration timeout, ScheduledExecutorService timer) {
    this.timeoutNanos = timeout.toNanos();
    this.timer = timer;
  }

  /** Goes right below the HTTP codec, so it sees raw bytes. */
  @Override
  public void setup(NetworkListener listener, FilterChainBuilder builder) {
    builder.add(builder.indexOfType(org.glassfish.grizzly.http.HttpServerFilter.class), this);
  }

  @Override
  public NextAction handleRead(FilterChainContext ctx) throws IOException {
    Connection<?> connection = ctx.getConnection();
    AtomicReference<Arrival> current = ARRIVAL.get(connection);
    if (current.get() == null) {
      // The first bytes of a new request: start its clock.
      Arrival arrival = new Arrival(System.nanoTime() + timeoutNanos);
      if (current.compareAndSet(null, arrival)) {
        arrival.headTimer = timer.schedule(() -> expireHead(connection, arrival), timeoutNanos, TimeUnit.NANOSECONDS);
      }
    }
    return ctx.getInvokeAction();
  }

  /**
   * Called when the head of the request on {@code connection} is complete: its clock, now counting
   * for the body; null when its head timed out meanwhile and the connection is being closed.
   */
  Arrival headComplete(Connection<?> connection) {
    AtomicReference<Arrival> current = ARRIVAL.get(connection);
    Arrival arrival = current.get();
    if (arrival != null && arrival.stage.compareAndSet("head", "body")) {
      arrival.headTimer.cancel(false);
      return arrival;
    }
    if (arrival != null && "expired".equals(arrival.stage.get())) {
      return null;
    }
    // Bytes that came while the previous request was still being answered started no clock.
    Arrival late = new Arrival(System.nanoTime() + timeoutNanos);
    late.stage.set("body");
    current.set(late);
    return late;
  }

  /** The request is answered: the next bytes on the connection start a new clock. */
  void requestDone(Connection<?> connection, Arrival arrival) {
    ARRIVAL.get(connection).compareAndSet(arrival, null);
  }

  private void expireHead(Connection<?> connection, Arrival arrival) {
    if (!arrival.stage.compareAndSet("head", "expired")) {
      return;
    }
    LOG.log(Level.INFO, "closing " + connection.getPeerAddress() + ": the request head did not arrive in time");
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
