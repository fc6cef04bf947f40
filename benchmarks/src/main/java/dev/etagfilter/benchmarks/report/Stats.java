package dev.etagfilter.benchmarks.report;

import java.util.Arrays;
import java.util.Collection;
import java.util.Locale;

/**
 * Median, minimum and maximum of a few samples (one per round), the honest summary of a noisy
 * machine: the spread is shown, never averaged away.
 *
 * @param median the middle sample (the mean of the two middle ones for an even count)
 * @param min the smallest sample
 * @param max the largest sample
 * @param count how many samples
 */
public record Stats(double median, double min, double max, int count) {

  /** The statistics of {@code samples}; all NaN when there are none. */
  public static Stats of(Collection<Double> samples) {
    double[] sorted = samples.stream().mapToDouble(Double::doubleValue).sorted().toArray();
    if (sorted.length == 0) {
      return new Stats(Double.NaN, Double.NaN, Double.NaN, 0);
    }
    int mid = sorted.length / 2;
    double median = sorted.length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
    return new Stats(median, sorted[0], sorted[sorted.length - 1], sorted.length);
  }

  /** {@link #of(Collection)} for an array. */
  public static Stats of(double... samples) {
    return of(Arrays.stream(samples).boxed().toList());
  }

  /** Whether there were samples. */
  public boolean present() {
    return count > 0;
  }

  /** {@code median [min–max]} with the given decimals, or {@code n/a}. */
  public String format(int decimals) {
    if (!present()) {
      return "n/a";
    }
    String f = "%." + decimals + "f";
    return String.format(Locale.ROOT, f + " [" + f + "–" + f + "]", median, min, max);
  }
}
