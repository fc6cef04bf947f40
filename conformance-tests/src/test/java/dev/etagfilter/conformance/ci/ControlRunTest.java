package dev.etagfilter.conformance.ci;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectMethod;

import dev.etagfilter.conformance.support.Setting;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.discovery.MethodSelector;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Events;

/**
 * Proves that the concurrency checks can fail: run against a last-write-wins endpoint with no
 * precondition check ({@link LastWriteWinsServer}), each must fail, and say why.
 */
class ControlRunTest {

  private static LastWriteWinsServer lastWriteWins;

  @BeforeAll
  static void start() throws Exception {
    lastWriteWins = LastWriteWinsServer.start();
  }

  @AfterAll
  static void stop() {
    lastWriteWins.close();
  }

  /** The read-modify-write counter detects the increments that last-write-wins loses. */
  @Test
  void counterCheckDetectsLostUpdates() {
    Events events = runAgainstControl(selectMethod("dev.etagfilter.conformance.ConcurrencyTest#readModifyWriteCounterLosesNoIncrement"));
    assertFailedWith(events, "Lost updates");
  }

  /** The same-If-Match race detects more than one winner. */
  @Test
  void raceCheckDetectsSeveralWinners() {
    Events events = runAgainstControl(selectMethod(
        "dev.etagfilter.conformance.ConcurrencyTest#sameIfMatchRaceHasExactlyOneWinner(dev.etagfilter.conformance.support.Write)"));
    assertFailedWith(events, "expected exactly one 2xx");
  }

  private static Events runAgainstControl(MethodSelector check) {
    return EngineTestKit.engine("junit-jupiter")
        .configurationParameter(Setting.BASE_URL.key(), lastWriteWins.baseUri().toString())
        .configurationParameter(Setting.PATCH.key(), "false")
        .selectors(check)
        .execute()
        .testEvents();
  }

  private static void assertFailedWith(Events events, String reason) {
    List<Throwable> failures = events.failed().stream()
        .map(event -> event.getRequiredPayload(TestExecutionResult.class).getThrowable().orElseThrow())
        .toList();
    assertTrue(failures.size() == 1 && failures.get(0).getMessage().contains(reason),
        () -> "Expected the check to fail once with '" + reason + "'; failures: " + failures);
  }
}
