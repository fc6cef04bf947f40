package dev.etagfilter.benchmarks.report;

import dev.etagfilter.benchmarks.loopback.Measurement;
import dev.etagfilter.benchmarks.loopback.Scenario;
import dev.etagfilter.benchmarks.loopback.Variant;
import java.util.Locale;

/**
 * Draws the server's CPU time per request as an SVG bar chart: one panel per concurrency level, one
 * group per scenario, one bar per variant at its median over the clean rounds, with a whisker from
 * the cheapest to the dearest round. Plain SVG text, no library.
 */
public final class CpuChart {

  private static final String[] COLORS = {
    "#7f7f7f", "#bdbdbd", "#1f77b4", "#aec7e8", "#ff7f0e", "#d62728", "#2ca02c", "#9467bd", "#8c564b", "#17becf",
    "#e377c2", "#bcbd22"
  };
  private static final int WIDTH = 1300;
  private static final int PANEL_HEIGHT = 300;
  private static final int LEFT = 70;
  private static final int RIGHT = 20;
  private static final int TOP = 80;
  private static final int PANEL_GAP = 70;
  private static final int BAR = 26;

  private final LoopbackSummary summary;
  private final StringBuilder svg = new StringBuilder();

  private CpuChart(LoopbackSummary summary) {
    this.summary = summary;
  }

  /** The chart of {@code summary} as an SVG document. */
  public static String svg(LoopbackSummary summary) {
    return new CpuChart(summary).draw();
  }

  private String draw() {
    int panels = summary.connectionLevels().size();
    int height = TOP + panels * (PANEL_HEIGHT + PANEL_GAP) + 10;
    svg.append(String.format(Locale.ROOT,
        "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" viewBox=\"0 0 %d %d\" "
            + "font-family=\"sans-serif\" font-size=\"12\">\n", WIDTH, height, WIDTH, height));
    svg.append(String.format(Locale.ROOT, "<rect width=\"%d\" height=\"%d\" fill=\"white\"/>\n", WIDTH, height));
    text(LEFT, 22, "Server CPU time per request (µs; bar = median over clean rounds, whisker = min–max; lower is better)",
        "start", 15, "bold");
    legend();
    int y = TOP;
    for (int connections : summary.connectionLevels()) {
      panel(connections, y);
      y += PANEL_HEIGHT + PANEL_GAP;
    }
    svg.append("</svg>\n");
    return svg.toString();
  }

  private void legend() {
    int x = LEFT;
    for (Variant variant : Variant.values()) {
      svg.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"32\" width=\"12\" height=\"12\" fill=\"%s\"/>\n",
          x, COLORS[variant.ordinal() % COLORS.length]));
      text(x + 16, 43, variant.label(), "start", 12, "normal");
      x += 125;
    }
  }

  private void panel(int connections, int top) {
    double max = 0;
    for (Scenario s : Scenario.values()) {
      for (Variant v : Variant.values()) {
        Stats st = summary.stats(s, connections, v, Measurement::cpuMicrosPerRequest);
        if (st.present()) {
          max = Math.max(max, st.max());
        }
      }
    }
    double step = niceStep(max / 5);
    double scaleTop = Math.ceil(max / step) * step;
    int bottom = top + PANEL_HEIGHT;
    text(LEFT, top - 8, connections + (connections == 1 ? " connection" : " concurrent connections"), "start", 13,
        "bold");
    for (double tick = 0; tick <= scaleTop + step / 2; tick += step) {
      double y = bottom - tick / scaleTop * PANEL_HEIGHT;
      svg.append(String.format(Locale.ROOT,
          "<line x1=\"%d\" y1=\"%.1f\" x2=\"%d\" y2=\"%.1f\" stroke=\"#dddddd\"/>\n", LEFT, y, WIDTH - RIGHT, y));
      text(LEFT - 6, (int) y + 4, String.format(Locale.ROOT, tick >= 10 ? "%,.0f" : "%.1f", tick), "end", 11, "normal");
    }
    int groups = Scenario.values().length;
    double groupWidth = (WIDTH - LEFT - RIGHT) / (double) groups;
    for (Scenario s : Scenario.values()) {
      double groupLeft = LEFT + s.ordinal() * groupWidth + (groupWidth - BAR * Variant.values().length) / 2;
      for (Variant v : Variant.values()) {
        Stats st = summary.stats(s, connections, v, Measurement::cpuMicrosPerRequest);
        if (st.present()) {
          bar(groupLeft + v.ordinal() * BAR, bottom, scaleTop, st, COLORS[v.ordinal() % COLORS.length]);
        }
      }
      text((int) (LEFT + (s.ordinal() + 0.5) * groupWidth), bottom + 18, s.label(), "middle", 12, "normal");
    }
    svg.append(String.format(Locale.ROOT,
        "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"black\"/>\n", LEFT, bottom, WIDTH - RIGHT, bottom));
  }

  private void bar(double x, int bottom, double scaleMax, Stats st, String color) {
    double h = st.median() / scaleMax * PANEL_HEIGHT;
    svg.append(String.format(Locale.ROOT,
        "<rect x=\"%.1f\" y=\"%.1f\" width=\"%d\" height=\"%.1f\" fill=\"%s\"/>\n", x + 2, bottom - h, BAR - 4, h,
        color));
    double whiskerX = x + BAR / 2.0;
    double yMin = bottom - st.min() / scaleMax * PANEL_HEIGHT;
    double yMax = bottom - st.max() / scaleMax * PANEL_HEIGHT;
    svg.append(String.format(Locale.ROOT,
        "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"black\"/>\n", whiskerX, yMin, whiskerX, yMax));
    svg.append(String.format(Locale.ROOT,
        "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"black\"/>\n", whiskerX - 4, yMax, whiskerX + 4,
        yMax));
    double labelY = Math.min(bottom - h, yMax) - 4;
    svg.append(String.format(Locale.ROOT,
        "<text x=\"%.1f\" y=\"%.1f\" font-size=\"10\" text-anchor=\"start\" transform=\"rotate(-90 %.1f %.1f)\">"
            + "%s</text>\n", whiskerX + 3, labelY, whiskerX + 3, labelY, compact(st.median())));
  }

  private static String compact(double value) {
    return String.format(Locale.ROOT, value >= 100 ? "%.0f" : "%.1f", value);
  }

  /** 1, 2 or 5 times a power of ten, at least {@code rough}. */
  private static double niceStep(double rough) {
    if (rough <= 0) {
      return 1;
    }
    double power = Math.pow(10, Math.floor(Math.log10(rough)));
    for (double factor : new double[] {1, 2, 5, 10}) {
      if (factor * power >= rough) {
        return factor * power;
      }
    }
    return 10 * power;
  }

  private void text(int x, int y, String content, String anchor, int size, String weight) {
    svg.append(String.format(Locale.ROOT,
        "<text x=\"%d\" y=\"%d\" text-anchor=\"%s\" font-size=\"%d\" font-weight=\"%s\">%s</text>\n", x, y, anchor,
        size, weight, content.replace("&", "&amp;").replace("<", "&lt;")));
  }
}
