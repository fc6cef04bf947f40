package dev.etagfilter.sample.jersey;

import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.glassfish.grizzly.Connection;
import org.glassfish.grizzly.ReadHandler;
import org.glassfish.grizzly.http.io.NIOInputStream;
import org.glassfish.grizzly.http.server.HttpHandler;
import org.glassfish.grizzly.http.server.Request;
import org.glassfish.grizzly.http.server.Response;
import org.glassfish.grizzly.http.util.Header;

/**
 * Sits in front of Jersey's Grizzly handler, so that Jersey only ever sees a request that has fully
 * arrived and can be answered:
 *
 * <ol>
 *   <li>A request target that is not a valid URI reference (RFC 3986: {@code /items/%ZZ}, a raw
 *       {@code |}) is a 400 problem; Jersey would fail to build the request URI and Grizzly answer
 *       500 with an HTML page.
 *   <li>The body is collected without blocking a thread (Grizzly's non-blocking input): a client
 *       that sends its body slowly, or stops, holds no worker, so it cannot stall anyone else.
 *       A body over the size limit is handed on at once, for Jersey's reader to answer 413. Such a
 *       request's connection is closed after the answer.
 *   <li>If the body is not complete by the request's deadline ({@link RequestDeadline}), the
 *       answer is a 408 problem and the connection is closed (RFC 9110 15.5.9). A client that breaks
 *       off is logged in one line; nothing is written, and nobody gets a 5xx.
 * </ol>
 */
final class RequestGate extends HttpHandler {

  private static final Logger LOG = System.getLogger(RequestGate.class.getName());

  private final HttpHandler jersey;
  private final RequestDeadline deadline;
  private final ScheduledExecutorService timer;
  private final int maxBodyBytes;

  /** Guards {@code jersey}; bodies over {@code maxBodyBytes} go straight on to be refused there. */
  RequestGate(HttpHandler jersey, RequestDeadline deadline, ScheduledExecutorService timer, int maxBodyBytes) {
    this.jersey = jersey;
    this.deadline = deadline;
    this.timer = timer;
    this.maxBodyBytes = maxBodyBytes;
  }

  @Override
  public void service(Request request, Response response) throws Exception {
    if (!isValidTarget(request.getRequestURI(), request.getQueryString())) {
      GrizzlyProblems.send(response, 400,
          "The request target is not a valid URI (RFC 3986): a '%' must be followed by two hex digits, and"
              + " characters such as space, '|', '{' or '}' must be percent-encoded.", false);
      return;
    }
    NIOInputStream body = request.getNIOInputStream();
    if (body.isFinished()) {
      jersey.service(request, response);
      return;
    }
    response.suspend();
    BodyWait wait = new BodyWait(request, response, body);
    long remaining = deadline.remainingMillis(request.getContext().getConnection());
    wait.timeout = timer.schedule(wait::expire, remaining, TimeUnit.MILLISECONDS);
    body.notifyAvailable(wait);
  }

  @Override
  public void start() {
    jersey.start();
  }

  @Override
  public void destroy() {
    jersey.destroy();
  }

  /** Whether the raw path and query form a URI that Jersey can build. */
  static boolean isValidTarget(String rawPath, String rawQuery) {
    try {
      new URI("http://localhost" + rawPath + (rawQuery == null ? "" : "?" + rawQuery));
      return true;
    } catch (URISyntaxException e) {
      return false;
    }
  }

  /** Waits, without a thread, for one request's body; exactly one of dispatch, expire or fail happens. */
  private final class BodyWait implements ReadHandler {
    private final Request request;
    private final Response response;
    private final NIOInputStream body;
    private final AtomicBoolean decided = new AtomicBoolean();
    private volatile ScheduledFuture<?> timeout;

    BodyWait(Request request, Response response, NIOInputStream body) {
      this.request = request;
      this.response = response;
      this.body = body;
    }

    @Override
    public void onDataAvailable() {
      if (decided.get()) {
        return;
      }
      if (body.readyData() > maxBodyBytes) {
        dispatch();
      } else {
        // Leave the bytes buffered; wake up when more have come.
        body.notifyAvailable(this, body.readyData() + 1);
      }
    }

    @Override
    public void onAllDataRead() {
      dispatch();
    }

    @Override
    public void onError(Throwable error) {
      if (decide()) {
        LOG.log(Level.INFO, "request body broke off (" + error + "): " + request.getMethod() + " "
            + request.getRequestURI() + " from " + request.getRemoteAddr());
        finish(400, "The request body broke off before it was complete. Send the whole body.");
      }
    }

    /** The deadline passed with the body incomplete: 408, and the connection is closed. */
    void expire() {
      if (decide()) {
        LOG.log(Level.INFO, "408: the body of " + request.getMethod() + " " + request.getRequestURI() + " from "
            + request.getRemoteAddr() + " did not arrive in time");
        finish(408, "The request body did not arrive in time: send the whole body without pauses.");
      }
    }

    private void dispatch() {
      if (!decide()) {
        return;
      }
      // The connection carries no further request (RFC 9112 9.6): Grizzly would take the next
      // request's bytes, sent as soon as this answer is out, for this suspended request's body.
      response.setHeader(Header.Connection, "close");
      request.getContext().getConnection().getTransport().getWorkerThreadPool().execute(() -> {
        try {
          jersey.service(request, response);
        } catch (Exception e) {
          LOG.log(Level.ERROR, "Jersey failed on " + request.getMethod() + " " + request.getRequestURI(), e);
        } finally {
          // Jersey resumes the response when it commits; this only covers a failure before that.
          if (response.isSuspended()) {
            response.resume();
          }
        }
      });
    }

    /** Answers {@code status} and closes the connection: the rest of the body is never read. */
    private void finish(int status, String detail) {
      Connection<?> connection = request.getContext().getConnection();
      try {
        GrizzlyProblems.send(response, status, detail, true);
      } catch (Exception e) {
        // The client is gone: nothing to tell it.
      } finally {
        response.resume();
        // Grizzly would wait for the rest of the body; a graceful close sends the answer first.
        connection.closeSilently();
      }
    }

    private boolean decide() {
      if (!decided.compareAndSet(false, true)) {
        return false;
      }
      if (timeout != null) {
        timeout.cancel(false);
      }
      return true;
    }
  }
}
