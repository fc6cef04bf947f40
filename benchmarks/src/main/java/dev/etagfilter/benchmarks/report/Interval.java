package dev.etagfilter.benchmarks.report;

import java.util.Collection;
import java.util.Locale;

/**
 * An estimate with its two-sided 95 % confidence interval, from one sample per round (Student's t
 * over the rounds, which are independent repetitions). Ratios are averaged on the log scale, so the
 * estimate is their geometric mean and the interval is symmetric in log space: b/a and a/b get
 * mirror-image intervals.
 *
 * @param estimate the mean (geometric for ratios)
 * @param low the interval's lower bound
 * @param high the interval's upper bound
 * @param count how many rounds
 * @param ratio whether the samples were ratios
 */
public record Interval(double estimate, double low, double high, int count, boolean ratio) {

  /** Two-sided 95 % quantiles of Student's t for 1 to 30 degrees of freedom. */
  private static final double[] T975 = {
    12.706, 4.303, 3.182, 2.776, 2.571, 2.447, 2.365, 2.306, 2.262, 2.228,
    2.201, 2.179, 2.160, 2.145, 2.131, 2.120, 2.110, 2.101, 2.093, 2.086,
    2.080, 2.074, 2.069, 2.064, 2.060, 2.056, 2.052, 2.048, 2.045, 2.042
  };

  private static final Interval NONE = new Interval(Double.NaN, Double.NaN, Double.NaN, 0, false);

  /** The interval of the geometric mean of per-round ratios. */
  public static Interval ofRatios(Collection<Double> ratios) {
    if (ratios.size() < 2) {
      return ratios.isEmpty() ? NONE : single(ratios.iterator().next(), true);
    }
    double[] logs = ratios.stream().mapToDouble(Math::log).toArray();
    double[] meanHalf = meanAndHalfWidth(logs);
    return new Interval(Math.exp(meanHalf[0]), Math.exp(meanHalf[0] - meanHalf[1]),
        Math.exp(meanHalf[0] + meanHalf[1]), logs.length, true);
  }

  /** The interval of the mean of per-round values (such as differences). */
  public static Interval ofValues(Collection<Double> values) {
    if (values.size() < 2) {
      return values.isEmpty() ? NONE : single(values.iterator().next(), false);
    }
    double[] v = values.stream().mapToDouble(Double::doubleValue).toArray();
    double[] meanHalf = meanAndHalfWidth(v);
    return new Interval(meanHalf[0], meanHalf[0] - meanHalf[1], meanHalf[0] + meanHalf[1], v.length, false);
  }

  /**
   * The interval of mean(a) less mean(b) for two independent samples (Welch: their own variances,
   * Welch–Satterthwaite degrees of freedom), such as ratios measured in two different JVMs.
   */
  public static Interval ofDifference(Collection<Double> a, Collection<Double> b) {
    if (a.size() < 2 || b.size() < 2) {
      return NONE;
    }
    double[] x = a.stream().mapToDouble(Double::doubleValue).toArray();
    double[] y = b.stream().mapToDouble(Double::doubleValue).toArray();
    double mx = mean(x);
    double my = mean(y);
    double vx = variance(x, mx) / x.length;
    double vy = variance(y, my) / y.length;
    double se = Math.sqrt(vx + vy);
    double df = (vx + vy) * (vx + vy) / (vx * vx / (x.length - 1) + vy * vy / (y.length - 1));
    double half = t975((int) Math.max(1, Math.floor(df))) * se;
    return new Interval(mx - my, mx - my - half, mx - my + half, Math.min(x.length, y.length), false);
  }

  private static double mean(double[] v) {
    double sum = 0;
    for (double d : v) {
      sum += d;
    }
    return sum / v.length;
  }

  private static double variance(double[] v, double mean) {
    double squares = 0;
    for (double d : v) {
      squares += (d - mean) * (d - mean);
    }
    return squares / (v.length - 1);
  }

  private static Interval single(double value, boolean ratio) {
    return new Interval(value, Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY, 1, ratio);
  }

  private static double[] meanAndHalfWidth(double[] samples) {
    int n = samples.length;
    double mean = 0;
    for (double s : samples) {
      mean += s;
    }
    mean /= n;
    double squares = 0;
    for (double s : samples) {
      squares += (s - mean) * (s - mean);
    }
    double standardError = Math.sqrt(squares / (n - 1) / n);
    return new double[] {mean, t975(n - 1) * standardError};
  }

  /** The 97.5 % quantile of Student's t; beyond 30 degrees of freedom a close expansion of it. */
  static double t975(int degreesOfFreedom) {
    if (degreesOfFreedom <= T975.length) {
      return T975[degreesOfFreedom - 1];
    }
    double z = 1.959964;
    double df = degreesOfFreedom;
    return z + (z * z * z + z) / (4 * df) + (5 * Math.pow(z, 5) + 16 * z * z * z + 3 * z) / (96 * df * df);
  }

  /** Whether anything was measured. */
  public boolean present() {
    return count > 0;
  }

  /**
   * The half-width, relative to the estimate for a ratio (0.01: the interval reaches 1 % either
   * side), absolute otherwise; infinite from a single round.
   */
  public double halfWidth() {
    if (ratio) {
      return Math.max(high / estimate - 1, 1 - low / estimate);
    }
    return (high - low) / 2;
  }

  /** {@code estimate [low–high]} with the given decimals, or {@code n/a}. */
  public String format(int decimals) {
    if (!present()) {
      return "n/a";
    }
    String f = "%." + decimals + "f";
    return String.format(Locale.ROOT, f + " [" + f + "–" + f + "]", estimate, low, high);
  }

  /** The half-width as {@code ±0.62 %} (ratios) or {@code ±0.0062} (values as fractions) in percent. */
  public String formatHalfWidth() {
    if (!present()) {
      return "n/a";
    }
    return String.format(Locale.ROOT, "±%.2f %%", halfWidth() * 100);
  }
}
