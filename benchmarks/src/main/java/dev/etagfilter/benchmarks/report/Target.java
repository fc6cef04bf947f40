package dev.etagfilter.benchmarks.report;

import java.util.Locale;

/**
 * One target of the benchmark issue, judged on a 95 % interval: met only when the whole interval
 * is on the right side of the limit, missed only when the whole interval is on the wrong side, and
 * no verdict at all when the interval is wider than the precision the target needs.
 *
 * @param name what is compared
 * @param measured the interval over rounds
 * @param rule how the interval is judged against the limit
 * @param limit the bound
 * @param requiredHalfWidth the widest half-width that allows a verdict (0.01: ±1 %); 0 for none
 */
public record Target(String name, Interval measured, Rule rule, double limit, double requiredHalfWidth) {

  /** How an interval is judged against a limit. */
  public enum Rule {
    /** The measure must be at most the limit. */
    AT_MOST,
    /** The measure must be at least the limit. */
    AT_LEAST,
    /** The measure must lie within ±limit. */
    WITHIN,
    /** The interval must hold the limit: a control, whose true value is known. */
    HOLDS
  }

  /** The verdict. */
  public enum Verdict {
    MET, MISSED, UNDECIDED, NOT_PRECISE, NOT_MEASURED;
  }

  /** The verdict on the interval. */
  public Verdict verdict() {
    if (!measured.present()) {
      return Verdict.NOT_MEASURED;
    }
    if (requiredHalfWidth > 0 && !(measured.halfWidth() <= requiredHalfWidth)) {
      return Verdict.NOT_PRECISE;
    }
    double low = measured.low();
    double high = measured.high();
    return switch (rule) {
      case AT_MOST -> high <= limit ? Verdict.MET : low > limit ? Verdict.MISSED : Verdict.UNDECIDED;
      case AT_LEAST -> low >= limit ? Verdict.MET : high < limit ? Verdict.MISSED : Verdict.UNDECIDED;
      case WITHIN -> low >= -limit && high <= limit ? Verdict.MET
          : high < -limit || low > limit ? Verdict.MISSED : Verdict.UNDECIDED;
      case HOLDS -> low <= limit && limit <= high ? Verdict.MET : Verdict.MISSED;
    };
  }

  /** Whether the interval is precise enough for a verdict. */
  public boolean precise() {
    Verdict v = verdict();
    return v != Verdict.NOT_PRECISE && v != Verdict.NOT_MEASURED;
  }

  /** A row of the targets table: name, estimate [interval], half-width, limit, verdict. */
  public String markdownRow() {
    boolean percent = rule == Rule.WITHIN;
    String value = percent ? percent(measured) : measured.format(limit >= 4.5 ? 2 : 3);
    String width = measured.present()
        ? (percent ? String.format(Locale.ROOT, "±%.2f pt", measured.halfWidth() * 100) : measured.formatHalfWidth())
        : "n/a";
    String limitText = switch (rule) {
      case AT_MOST -> String.format(Locale.ROOT, "≤ %.2f", limit);
      case AT_LEAST -> String.format(Locale.ROOT, "≥ %.1f", limit);
      case WITHIN -> String.format(Locale.ROOT, "within ±%.0f %%", limit * 100);
      case HOLDS -> String.format(Locale.ROOT, "holds %.2f", limit);
    };
    return "| " + name + " | " + value + " | " + width + " | " + limitText + " | " + verdictText() + " |";
  }

  private String verdictText() {
    return switch (verdict()) {
      case MET -> rule == Rule.HOLDS ? "holds" : "met";
      case MISSED -> rule == Rule.HOLDS ? "**fails: the measure is biased**" : "**missed**";
      case UNDECIDED -> "**undecided** (the interval holds the limit)";
      case NOT_PRECISE -> String.format(Locale.ROOT, "**no verdict**: interval wider than ±%.0f %%",
          requiredHalfWidth * 100);
      case NOT_MEASURED -> "not measured";
    };
  }

  private static String percent(Interval i) {
    if (!i.present()) {
      return "n/a";
    }
    return String.format(Locale.ROOT, "%+.2f %% [%+.2f – %+.2f]", i.estimate() * 100, i.low() * 100, i.high() * 100);
  }
}
