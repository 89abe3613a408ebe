package org.cxkit.report;

import static org.cxkit.report.Markup.esc;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import org.cxkit.core.observed.Step;
import org.cxkit.metrics.Interval;
import org.cxkit.metrics.MetricResult;
import org.cxkit.metrics.NpsResult;
import org.cxkit.metrics.ScaleResult;
import org.cxkit.metrics.analysis.DriverWeight;
import org.cxkit.metrics.analysis.KeyDriversResult;
import org.cxkit.metrics.analysis.ScorecardResult;
import org.cxkit.metrics.analysis.TargetStatus;
import org.cxkit.metrics.analysis.TouchpointScore;
import org.cxkit.metrics.analysis.TrendResult;
import org.cxkit.metrics.analysis.Trends;
import org.cxkit.metrics.journeys.MoveCount;
import org.cxkit.metrics.journeys.PathsResult;

/**
 * The report's charts as SVG, drawn by the journey map's rules: all text is real text and escaped,
 * colours come from the Okabe–Ito palette (blue, vermillion, orange, grey) and every mark has its
 * number written beside it, so a reader who cannot tell the colours apart loses nothing.
 *
 * <ul>
 *   <li>{@link #scorecard}: a bar per touchpoint and measure on the share of the measure's range,
 *       its 95% interval as a whisker, its target as a black tick, coloured by status;
 *   <li>{@link #trend}: one chart per series: the value per period with its interval, the p chart's
 *       centre line and limits (and Laney's p′ limits) when there is one, significant changes and
 *       periods outside the limits in vermillion;
 *   <li>{@link #quadrant}: the key drivers' importance (Shapley share of R²) against their
 *       performance (mean), split at the averages into the four quadrants.
 * </ul>
 *
 * <p>Ids and coordinates depend on the result only, so the output is stable and diffs review well.
 */
final class Charts {
  static final String BLUE = JourneyMap.MET;
  static final String VERMILLION = JourneyMap.MISSED;
  static final String ORANGE = JourneyMap.INTENDED;
  static final String GREY = JourneyMap.UNJUDGED;

  private final Messages messages;
  private final Locale locale;

  Charts(Messages messages) {
    this.messages = messages;
    this.locale = messages.locale();
  }

  // ---- the scorecard as bars against targets ----

  static final int BAR_LABEL = 230;
  static final int BAR_LENGTH = 360;
  static final int BAR_ROW = 28;

  /** The scorecard's rows as bars on the share of each measure's range, with targets. */
  String scorecard(ScorecardResult r, String id) {
    List<TouchpointScore> rows = r.rows();
    int width = BAR_LABEL + BAR_LENGTH + 320;
    int top = 46;
    int height = top + Math.max(1, rows.size()) * BAR_ROW + 16;
    StringBuilder s =
        open(id, width, height, text("chart.scorecard.title", "journey", r.journey()));
    for (int k = 0; k <= 4; k++) {
      double x = BAR_LABEL + BAR_LENGTH * k / 4.0;
      line(s, x, top - 6, x, height - 12, "#d0d0d0", "", 1);
      label(s, x, top - 10, "axis", "middle", Table.fixed(locale, 25.0 * k, 0, false) + " %");
    }
    label(s, BAR_LABEL, 13, "axis", "start", text("chart.scorecard.axis"));
    for (int i = 0; i < rows.size(); i++) {
      TouchpointScore row = rows.get(i);
      MetricResult result = row.result();
      double y = top + i * BAR_ROW;
      String colour = colour(row.status());
      s.append("<g class=\"bar ")
          .append(row.status().name().toLowerCase(Locale.ROOT).replace('_', '-'))
          .append("\" id=\"")
          .append(esc(id + "-" + row.touchpoint().value() + "-" + row.metric()))
          .append("\">");
      label(
          s,
          BAR_LABEL - 8,
          y + 17,
          "bar-label",
          "end",
          row.touchpoint().value() + " \u00b7 " + row.metric());
      rect(s, BAR_LABEL, y + 4, BAR_LENGTH, BAR_ROW - 8, "#f2f4f7", "");
      OptionalDouble h = row.value();
      if (h.isPresent()) {
        double level = JourneyMap.level(row, h.getAsDouble());
        rect(s, BAR_LABEL, y + 7, BAR_LENGTH * level, BAR_ROW - 14, colour, "bar-value");
        row.interval()
            .ifPresent(
                iv -> {
                  double a = BAR_LABEL + BAR_LENGTH * JourneyMap.level(row, iv.lower());
                  double b = BAR_LABEL + BAR_LENGTH * JourneyMap.level(row, iv.upper());
                  double c = y + BAR_ROW / 2.0;
                  line(s, a, c, b, c, "#1b1b1b", "interval", 1.5);
                  line(s, a, c - 5, a, c + 5, "#1b1b1b", "", 1.5);
                  line(s, b, c - 5, b, c + 5, "#1b1b1b", "", 1.5);
                });
      }
      row.target()
          .ifPresent(
              t -> {
                double x = BAR_LABEL + BAR_LENGTH * JourneyMap.level(row, t.threshold());
                line(s, x, y + 2, x, y + BAR_ROW - 2, "#000", "target", 3);
              });
      String value =
          h.isPresent()
              ? JourneyMap.value(messages, row, h.getAsDouble())
              : text("map.noScore") + " (n=" + result.n() + ")";
      String target =
          row.target()
              .map(
                  t ->
                      " / "
                          + text(
                              "map.target",
                              "target",
                              JourneyMap.value(messages, row, t.threshold())))
              .orElse("");
      String status =
          row.status() == TargetStatus.NO_TARGET
              ? ""
              : " \u00b7 " + text("scorecard.status." + row.status().name());
      label(s, BAR_LABEL + BAR_LENGTH + 10, y + 17, "bar-text", "start", value + target + status);
      s.append("</g>\n");
    }
    return s.append("</svg>").toString();
  }

  private static String colour(TargetStatus status) {
    return switch (status) {
      case MET -> BLUE;
      case MISSED -> VERMILLION;
      default -> GREY;
    };
  }

  /** The 95% interval of a result's headline, if it has one. */
  static Optional<Interval> interval(MetricResult result) {
    if (result instanceof NpsResult nps) {
      return nps.interval();
    }
    if (result instanceof ScaleResult sr) {
      return sr.headlineKind() == ScaleResult.Headline.MEAN
          ? sr.meanInterval(0.95)
          : sr.goodBoxInterval(0.95);
    }
    return Optional.empty();
  }

  // ---- a trend with its control chart ----

  static final int TREND_WIDTH = 680;
  static final int TREND_HEIGHT = 240;
  static final int PLOT_LEFT = 64;
  static final int PLOT_RIGHT = TREND_WIDTH - 110;
  static final int PLOT_TOP = 36;
  static final int PLOT_BOTTOM = TREND_HEIGHT - 44;

  /** One chart of a trend's series: values, intervals, control limits and significant changes. */
  String trend(TrendResult r, TrendResult.Series series, String id) {
    List<TrendResult.Point> points = series.points();
    Optional<TrendResult.ControlChart> chart = series.chart();
    int d = r.statistic() == Trends.Statistic.MEAN ? 2 : 1;
    double lo = Double.POSITIVE_INFINITY;
    double hi = Double.NEGATIVE_INFINITY;
    for (TrendResult.Point p : points) {
      if (p.value().isPresent()) {
        lo = Math.min(lo, p.value().getAsDouble());
        hi = Math.max(hi, p.value().getAsDouble());
      }
      if (p.interval().isPresent()) {
        lo = Math.min(lo, p.interval().get().lower());
        hi = Math.max(hi, p.interval().get().upper());
      }
    }
    if (chart.isPresent()) {
      for (TrendResult.Limits l : chart.get().limits()) {
        lo = Math.min(lo, l.lower());
        hi = Math.max(hi, l.upper());
      }
    }
    if (lo > hi) {
      lo = 0;
      hi = 1;
    }
    double pad = Math.max(hi - lo, d == 2 ? 0.5 : 5) * 0.05;
    double[] domain = domain(r.statistic());
    double step = niceStep((hi - lo + 2 * pad) / 4);
    double ylo = Math.max(domain[0], Math.floor((lo - pad) / step) * step);
    double yhi = Math.min(domain[1], Math.ceil((hi + pad) / step) * step);
    if (yhi - ylo < 1e-9) {
      yhi = ylo + step;
    }
    String unit = text("trends.unit." + r.statistic().name());
    StringBuilder s =
        open(
            id,
            TREND_WIDTH,
            TREND_HEIGHT,
            text(
                "chart.trend.title",
                "series",
                new ResultText(messages).seriesName(series),
                "statistic",
                text("trends.statistic." + r.statistic().name())));
    label(
        s,
        PLOT_LEFT,
        16,
        "chart-title",
        "start",
        new ResultText(messages).seriesName(series) + " \u00b7 " + unit);
    int tickDecimals = step >= 1 ? 0 : step >= 0.1 ? 1 : 2;
    for (double v = ylo; v <= yhi + step / 1000; v += step) {
      double y = y(v, ylo, yhi);
      line(s, PLOT_LEFT, y, PLOT_RIGHT, y, "#e3e3e3", "", 1);
      label(s, PLOT_LEFT - 6, y + 4, "axis", "end", Table.fixed(locale, v, tickDecimals, false));
    }
    int n = points.size();
    int every = Math.max(1, (int) Math.ceil(n / 10.0));
    for (int j = 0; j < n; j++) {
      if (j % every == 0) {
        label(s, x(j, n), PLOT_BOTTOM + 18, "axis", "middle", points.get(j).period());
      }
    }
    if (chart.isPresent()) {
      TrendResult.ControlChart c = chart.get();
      double cy = y(c.centre(), ylo, yhi);
      line(s, PLOT_LEFT, cy, PLOT_RIGHT, cy, GREY, "centre", 1.5);
      label(
          s,
          PLOT_RIGHT + 6,
          cy + 4,
          "limit-label",
          "start",
          text("chart.trend.centre", "centre", Table.fixed(locale, c.centre(), 1, false)));
      s.append("<path class=\"limits\" d=\"")
          .append(steps(c.limits(), points, ylo, yhi, true, false))
          .append(' ')
          .append(steps(c.limits(), points, ylo, yhi, false, false))
          .append("\" fill=\"none\" stroke=\"")
          .append(GREY)
          .append("\" stroke-width=\"1.5\" stroke-dasharray=\"6 4\"/>\n");
      if (c.sigmaZ().isPresent()
          && !c.limits().isEmpty()
          && c.limits().get(0).laneyLower().isPresent()) {
        s.append("<path class=\"laney-limits\" d=\"")
            .append(steps(c.limits(), points, ylo, yhi, true, true))
            .append(' ')
            .append(steps(c.limits(), points, ylo, yhi, false, true))
            .append("\" fill=\"none\" stroke=\"")
            .append(GREY)
            .append("\" stroke-width=\"1\" stroke-dasharray=\"2 3\"/>\n");
      }
    }
    StringBuilder path = new StringBuilder();
    boolean pen = false;
    for (int j = 0; j < n; j++) {
      TrendResult.Point p = points.get(j);
      if (p.value().isEmpty()) {
        pen = false;
        continue;
      }
      path.append(pen ? " L" : (path.length() == 0 ? "M" : " M"))
          .append(xy(x(j, n), y(p.value().getAsDouble(), ylo, yhi)));
      pen = true;
    }
    if (path.length() > 0) {
      s.append("<path class=\"values\" d=\"")
          .append(path)
          .append("\" fill=\"none\" stroke=\"")
          .append(BLUE)
          .append("\" stroke-width=\"2\"/>\n");
    }
    for (int j = 1; j < n; j++) {
      TrendResult.Change c = series.changes().get(j - 1);
      TrendResult.Point a = points.get(j - 1);
      TrendResult.Point b = points.get(j);
      if (c.significant() && a.value().isPresent() && b.value().isPresent()) {
        double ya = y(a.value().getAsDouble(), ylo, yhi);
        double yb = y(b.value().getAsDouble(), ylo, yhi);
        s.append("<g class=\"change significant\" id=\"")
            .append(esc(id + "-change-" + j))
            .append("\">");
        line(s, x(j - 1, n), ya, x(j, n), yb, VERMILLION, "", 3.5);
        String diff =
            c.difference().isPresent()
                ? (c.difference().getAsDouble() > 0 ? "+" : "")
                    + Table.fixed(locale, c.difference().getAsDouble(), d, false)
                : "";
        label(
            s,
            (x(j - 1, n) + x(j, n)) / 2,
            Math.min(ya, yb) - 16,
            "change-label",
            "middle",
            text("chart.trend.significant", "change", diff),
            VERMILLION);
        s.append("</g>\n");
      }
    }
    for (int j = 0; j < n; j++) {
      TrendResult.Point p = points.get(j);
      if (p.value().isEmpty()) {
        continue;
      }
      double x = x(j, n);
      double y = y(p.value().getAsDouble(), ylo, yhi);
      boolean signal = signal(chart, p.period());
      s.append("<g class=\"point")
          .append(p.sample() == TrendResult.Sample.ENOUGH ? "" : " too-small")
          .append(signal ? " signal" : "")
          .append("\" id=\"")
          .append(esc(id + "-" + p.period()))
          .append("\"><title>")
          .append(esc(p.period() + ": n=" + p.n()))
          .append("</title>");
      if (p.interval().isPresent()) {
        Interval i = p.interval().get();
        line(s, x, y(i.lower(), ylo, yhi), x, y(i.upper(), ylo, yhi), BLUE, "interval", 1);
      }
      if (signal) {
        s.append("<rect x=\"")
            .append(fmt(x - 8))
            .append("\" y=\"")
            .append(fmt(y - 8))
            .append("\" width=\"16\" height=\"16\" fill=\"none\" stroke=\"")
            .append(VERMILLION)
            .append("\" stroke-width=\"2\" transform=\"rotate(45 ")
            .append(fmt(x))
            .append(' ')
            .append(fmt(y))
            .append(")\"/>");
      }
      s.append("<circle cx=\"")
          .append(fmt(x))
          .append("\" cy=\"")
          .append(fmt(y))
          .append("\" r=\"4\" fill=\"")
          .append(p.sample() == TrendResult.Sample.ENOUGH ? BLUE : "#fff")
          .append("\" stroke=\"")
          .append(BLUE)
          .append("\" stroke-width=\"2\"/>");
      label(
          s,
          x + 7,
          y - 6,
          "point-label",
          "start",
          Table.fixed(locale, p.value().getAsDouble(), d, false));
      s.append("</g>\n");
    }
    return s.append("</svg>").toString();
  }

  /** A round step near {@code raw}: 1, 2, 2.5 or 5 times a power of ten. */
  static double niceStep(double raw) {
    double p = Math.pow(10, Math.floor(Math.log10(Math.max(raw, 1e-9))));
    for (double m : new double[] {1, 2, 2.5, 5}) {
      if (m * p >= raw) {
        return m * p;
      }
    }
    return 10 * p;
  }

  private static double[] domain(Trends.Statistic statistic) {
    return switch (statistic) {
      case NPS -> new double[] {-100, 100};
      case MEAN -> new double[] {Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY};
      default -> new double[] {0, 100};
    };
  }

  private static boolean signal(Optional<TrendResult.ControlChart> chart, String period) {
    return chart.isPresent()
        && chart.get().limits().stream().anyMatch(l -> l.period().equals(period) && l.signal());
  }

  /** A step line through the limits of each period: the lower or upper, p or Laney's p′. */
  private static String steps(
      List<TrendResult.Limits> limits,
      List<TrendResult.Point> points,
      double ylo,
      double yhi,
      boolean lower,
      boolean laney) {
    StringBuilder d = new StringBuilder();
    int n = points.size();
    double half = n > 1 ? (x(1, n) - x(0, n)) / 2 : 20;
    for (TrendResult.Limits l : limits) {
      int j = 0;
      while (j < n && !points.get(j).period().equals(l.period())) {
        j++;
      }
      if (j == n) {
        continue;
      }
      double v =
          laney
              ? (lower ? l.laneyLower() : l.laneyUpper()).orElse(lower ? l.lower() : l.upper())
              : (lower ? l.lower() : l.upper());
      double y = y(clamp(v, ylo, yhi), ylo, yhi);
      d.append(d.length() == 0 ? "M" : " M")
          .append(xy(x(j, n) - half * 0.8, y))
          .append(" L")
          .append(xy(x(j, n) + half * 0.8, y));
    }
    return d.toString();
  }

  private static double clamp(double v, double lo, double hi) {
    return Math.max(lo, Math.min(hi, v));
  }

  private static double x(int j, int n) {
    return n <= 1
        ? (PLOT_LEFT + PLOT_RIGHT) / 2.0
        : PLOT_LEFT + 24 + (PLOT_RIGHT - PLOT_LEFT - 48) * j / (double) (n - 1);
  }

  private static double y(double v, double lo, double hi) {
    return PLOT_BOTTOM - (PLOT_BOTTOM - PLOT_TOP) * (v - lo) / (hi - lo);
  }

  // ---- the key drivers' importance–performance quadrant ----

  static final int QUAD_WIDTH = 620;
  static final int QUAD_HEIGHT = 440;
  static final int QUAD_LEFT = 70;
  static final int QUAD_RIGHT = QUAD_WIDTH - 150;
  static final int QUAD_TOP = 30;
  static final int QUAD_BOTTOM = QUAD_HEIGHT - 60;

  /** The drivers placed by performance (mean, across) and importance (Shapley share, up). */
  String quadrant(KeyDriversResult r, String id) {
    StringBuilder s =
        open(id, QUAD_WIDTH, QUAD_HEIGHT, text("chart.drivers.title", "outcome", r.outcome()));
    List<DriverWeight> weights = r.weights();
    double meanLo = Double.POSITIVE_INFINITY;
    double meanHi = Double.NEGATIVE_INFINITY;
    double shareHi = 0;
    double meanAvg = 0;
    for (DriverWeight w : weights) {
      meanLo = Math.min(meanLo, w.mean());
      meanHi = Math.max(meanHi, w.mean());
      shareHi = Math.max(shareHi, 100 * w.shapleyShare());
      meanAvg += w.mean() / weights.size();
    }
    double shareAvg = 100.0 / Math.max(1, weights.size());
    double padX = Math.max(meanHi - meanLo, 0.5) * 0.15;
    double xlo = meanLo - padX;
    double xhi = meanHi + padX;
    double yhi = Math.max(shareHi, shareAvg) * 1.15;
    double ylo = -0.08 * yhi;
    rect(s, QUAD_LEFT, QUAD_TOP, QUAD_RIGHT - QUAD_LEFT, QUAD_BOTTOM - QUAD_TOP, "#fafafa", "");
    double ax = qx(meanAvg, xlo, xhi);
    double ay = qy(shareAvg, ylo, yhi);
    line(s, ax, QUAD_TOP, ax, QUAD_BOTTOM, GREY, "average", 1.5);
    line(s, QUAD_LEFT, ay, QUAD_RIGHT, ay, GREY, "average", 1.5);
    label(
        s,
        QUAD_LEFT + 6,
        QUAD_TOP + 16,
        "quadrant-label",
        "start",
        quadrantText(DriverWeight.Quadrant.CONCENTRATE_HERE));
    label(
        s,
        QUAD_RIGHT - 6,
        QUAD_TOP + 16,
        "quadrant-label",
        "end",
        quadrantText(DriverWeight.Quadrant.KEEP_UP_THE_GOOD_WORK));
    label(
        s,
        QUAD_LEFT + 6,
        QUAD_BOTTOM - 8,
        "quadrant-label",
        "start",
        quadrantText(DriverWeight.Quadrant.LOW_PRIORITY));
    label(
        s,
        QUAD_RIGHT - 6,
        QUAD_BOTTOM - 8,
        "quadrant-label",
        "end",
        quadrantText(DriverWeight.Quadrant.POSSIBLE_OVERKILL));
    for (int k = 0; k <= 4; k++) {
      double v = yhi * k / 4;
      label(
          s,
          QUAD_LEFT - 6,
          qy(v, ylo, yhi) + 4,
          "axis",
          "end",
          Table.fixed(locale, v, 0, false) + " %");
      double m = xlo + (xhi - xlo) * k / 4;
      label(
          s, qx(m, xlo, xhi), QUAD_BOTTOM + 16, "axis", "middle", Table.fixed(locale, m, 2, false));
    }
    label(
        s,
        (QUAD_LEFT + QUAD_RIGHT) / 2.0,
        QUAD_BOTTOM + 36,
        "axis-title",
        "middle",
        text("chart.drivers.performance"));
    s.append("<text class=\"axis-title\" x=\"14\" y=\"")
        .append(fmt((QUAD_TOP + QUAD_BOTTOM) / 2.0))
        .append("\" text-anchor=\"middle\" transform=\"rotate(-90 14 ")
        .append(fmt((QUAD_TOP + QUAD_BOTTOM) / 2.0))
        .append(")\">")
        .append(esc(text("chart.drivers.importance")))
        .append("</text>\n");
    for (DriverWeight w : weights) {
      double x = qx(w.mean(), xlo, xhi);
      double y = qy(100 * w.shapleyShare(), ylo, yhi);
      String colour =
          switch (w.quadrant()) {
            case CONCENTRATE_HERE -> VERMILLION;
            case KEEP_UP_THE_GOOD_WORK -> BLUE;
            case POSSIBLE_OVERKILL -> ORANGE;
            case LOW_PRIORITY -> GREY;
          };
      s.append("<g class=\"driver ")
          .append(w.quadrant().name().toLowerCase(Locale.ROOT).replace('_', '-'))
          .append("\" id=\"")
          .append(esc(id + "-" + w.driver()))
          .append("\"><title>")
          .append(esc(w.driver() + ": " + quadrantText(w.quadrant())))
          .append("</title><circle cx=\"")
          .append(fmt(x))
          .append("\" cy=\"")
          .append(fmt(y))
          .append("\" r=\"6\" fill=\"")
          .append(colour)
          .append("\" stroke=\"#1b1b1b\"/>");
      label(s, x + 10, y - 2, "driver-name", "start", w.driver());
      label(
          s,
          x + 10,
          y + 12,
          "driver-numbers",
          "start",
          text(
              "chart.drivers.point",
              "share",
              Table.fixed(locale, 100 * w.shapleyShare(), 1, false),
              "mean",
              Table.fixed(locale, w.mean(), 2, false)));
      s.append("</g>\n");
    }
    return s.append("</svg>").toString();
  }

  private String quadrantText(DriverWeight.Quadrant q) {
    return text("drivers.quadrant." + q.name());
  }

  private static double qx(double mean, double lo, double hi) {
    return QUAD_LEFT + (QUAD_RIGHT - QUAD_LEFT) * (mean - lo) / (hi - lo);
  }

  private static double qy(double share, double lo, double hi) {
    return QUAD_BOTTOM - (QUAD_BOTTOM - QUAD_TOP) * (share - lo) / (hi - lo);
  }

  // ---- observed paths as a flow between steps ----

  static final int FLOW_COLUMN = 150;
  static final int FLOW_BOX = 132;
  static final int FLOW_BOX_HEIGHT = 58;
  static final int FLOW_LEFT = 16;

  /** The most frequent moves drawn; the rest are counted in the legend line under the chart. */
  static final int FLOW_EDGES = 40;

  /** The column of a step that {@code column} holds (every step of the moves drawn has one). */
  private static int at(java.util.Map<Step, Integer> column, Step step) {
    return java.util.Objects.requireNonNull(column.get(step), "column of a step drawn");
  }

  /**
   * The observed paths: a box per step in the result's order (its journeys, starts and ends
   * written), the directly-follows moves as arcs whose width grows with their count, written at
   * their top: moves forward above the boxes, back (and repeats) below.
   */
  String flow(PathsResult r, String id) {
    List<PathsResult.StepRow> steps = flowOrder(r);
    java.util.Map<Step, Integer> column = new java.util.HashMap<>();
    for (int i = 0; i < steps.size(); i++) {
      column.put(steps.get(i).step(), i);
    }
    List<MoveCount> moves = new java.util.ArrayList<>(r.directlyFollows());
    moves.sort(
        java.util.Comparator.comparingLong(MoveCount::count)
            .reversed()
            .thenComparing(MoveCount::from)
            .thenComparing(MoveCount::to));
    List<MoveCount> drawn = moves.subList(0, Math.min(FLOW_EDGES, moves.size()));
    long most = drawn.isEmpty() ? 1 : Math.max(1, drawn.get(0).count());
    int up = 0;
    int down = 0;
    for (MoveCount m : drawn) {
      int depth = flowDepth(at(column, m.from()), at(column, m.to()));
      if (at(column, m.to()) > at(column, m.from())) {
        up = Math.max(up, depth);
      } else {
        down = Math.max(down, depth);
      }
    }
    int boxY = 30 + up + 20;
    int width = FLOW_LEFT * 2 + Math.max(1, steps.size()) * FLOW_COLUMN;
    int height = boxY + FLOW_BOX_HEIGHT + down + 40;
    StringBuilder s = open(id, width, height, text("chart.flow.title", "journeys", r.journeys()));
    for (int i = 0; i < drawn.size(); i++) {
      MoveCount m = drawn.get(i);
      int a = at(column, m.from());
      int b = at(column, m.to());
      boolean forward = b > a;
      double xa = FLOW_LEFT + a * FLOW_COLUMN + FLOW_BOX / 2.0 + (forward ? 12 : -12);
      double xb = FLOW_LEFT + b * FLOW_COLUMN + FLOW_BOX / 2.0 + (forward ? -12 : 12);
      if (a == b) {
        xb = xa + 24;
      }
      int depth = flowDepth(a, b);
      double y0 = forward ? boxY : boxY + FLOW_BOX_HEIGHT;
      double c = forward ? y0 - depth * 4 / 3.0 : y0 + depth * 4 / 3.0;
      double w = 1 + 7.0 * m.count() / most;
      s.append("<g class=\"move ")
          .append(forward ? "forward" : "back")
          .append("\" id=\"")
          .append(esc(id + "-move-" + i))
          .append("\"><title>")
          .append(esc(m.from().label() + " \u2192 " + m.to().label() + ": " + m.count()))
          .append("</title><path d=\"M")
          .append(xy(xa, y0))
          .append(" C")
          .append(xy(xa, c))
          .append(' ')
          .append(xy(xb, c))
          .append(' ')
          .append(xy(xb, y0))
          .append("\" fill=\"none\" stroke=\"")
          .append(forward ? BLUE : VERMILLION)
          .append("\" stroke-opacity=\"0.7\" stroke-width=\"")
          .append(fmt(w))
          .append('"')
          .append(forward ? "" : " stroke-dasharray=\"6 3\"")
          .append("/>");
      label(
          s,
          (xa + xb) / 2,
          forward ? y0 - depth - 4 : y0 + depth + 14,
          "move-count",
          "middle",
          Long.toString(m.count()));
      s.append("</g>\n");
    }
    for (int i = 0; i < steps.size(); i++) {
      PathsResult.StepRow row = steps.get(i);
      double x = FLOW_LEFT + i * FLOW_COLUMN;
      s.append("<g class=\"step")
          .append(row.step().isAdHoc() ? " ad-hoc" : "")
          .append("\" id=\"")
          .append(esc(id + "-step-" + i))
          .append("\">");
      s.append("<rect x=\"")
          .append(fmt(x))
          .append("\" y=\"")
          .append(boxY)
          .append("\" width=\"")
          .append(FLOW_BOX)
          .append("\" height=\"")
          .append(FLOW_BOX_HEIGHT)
          .append("\" rx=\"4\" fill=\"#f2f4f7\" stroke=\"")
          .append(row.step().isAdHoc() ? ORANGE : GREY)
          .append('"')
          .append(row.step().isAdHoc() ? " stroke-dasharray=\"4 3\"" : "")
          .append("/>");
      label(
          s, x + 8, boxY + 18, "step-name", "start", Markup.wrap(row.step().label(), 20, 1).get(0));
      String journeys = text("chart.flow.journeys", "journeys", row.journeys());
      label(
          s,
          x + 8,
          boxY + 35,
          "step-numbers",
          "start",
          row.step().isAdHoc() ? text("chart.flow.adHoc", "journeys", journeys) : journeys);
      label(
          s,
          x + 8,
          boxY + 50,
          "step-numbers",
          "start",
          text("chart.flow.startsEnds", "starts", row.starts(), "ends", row.ends()));
      s.append("</g>\n");
    }
    if (moves.size() > drawn.size()) {
      label(
          s,
          FLOW_LEFT,
          height - 8,
          "axis",
          "start",
          text("chart.flow.more", "count", moves.size() - drawn.size()));
    }
    return s.append("</svg>").toString();
  }

  /**
   * The steps in the order journeys mostly take them: from the step most journeys start at, on to
   * its most frequent next step not yet placed; when none is left, the unplaced step most journeys
   * met. Ties go by the steps' own order, so the order is stable.
   */
  static List<PathsResult.StepRow> flowOrder(PathsResult r) {
    List<PathsResult.StepRow> left = new java.util.ArrayList<>(r.steps());
    List<PathsResult.StepRow> order = new java.util.ArrayList<>();
    Optional<Step> next = Optional.empty();
    while (!left.isEmpty()) {
      Optional<Step> want = next;
      PathsResult.StepRow row =
          want.flatMap(w -> left.stream().filter(x -> x.step().equals(w)).findFirst())
              .orElseGet(
                  () ->
                      java.util.Collections.max(
                          left,
                          java.util.Comparator.comparingLong(
                                  (PathsResult.StepRow x) -> order.isEmpty() ? x.starts() : 0)
                              .thenComparingLong(PathsResult.StepRow::journeys)
                              .thenComparing(
                                  PathsResult.StepRow::step, java.util.Comparator.reverseOrder())));
      left.remove(row);
      order.add(row);
      next =
          r.directlyFollows().stream()
              .filter(m -> m.from().equals(row.step()))
              .filter(m -> left.stream().anyMatch(x -> x.step().equals(m.to())))
              .max(
                  java.util.Comparator.comparingLong(MoveCount::count)
                      .thenComparing(MoveCount::to, java.util.Comparator.reverseOrder()))
              .map(MoveCount::to);
    }
    return order;
  }

  private static int flowDepth(int a, int b) {
    return Math.min(160, 24 + 16 * Math.abs(b - a));
  }

  // ---- SVG pieces ----

  private static StringBuilder open(String id, int width, int height, String title) {
    return Markup.svg(new StringBuilder(8192), "chart", id, width, height, title);
  }

  private static void line(
      StringBuilder s,
      double x1,
      double y1,
      double x2,
      double y2,
      String stroke,
      String cls,
      double w) {
    s.append("<line")
        .append(cls.isEmpty() ? "" : " class=\"" + cls + "\"")
        .append(" x1=\"")
        .append(fmt(x1))
        .append("\" y1=\"")
        .append(fmt(y1))
        .append("\" x2=\"")
        .append(fmt(x2))
        .append("\" y2=\"")
        .append(fmt(y2))
        .append("\" stroke=\"")
        .append(stroke)
        .append("\" stroke-width=\"")
        .append(fmt(w))
        .append("\"/>");
  }

  private static void rect(
      StringBuilder s, double x, double y, double w, double h, String fill, String cls) {
    s.append("<rect")
        .append(cls.isEmpty() ? "" : " class=\"" + cls + "\"")
        .append(" x=\"")
        .append(fmt(x))
        .append("\" y=\"")
        .append(fmt(y))
        .append("\" width=\"")
        .append(fmt(w))
        .append("\" height=\"")
        .append(fmt(h))
        .append("\" fill=\"")
        .append(fill)
        .append("\"/>");
  }

  private static void label(
      StringBuilder s, double x, double y, String cls, String anchor, String text) {
    label(s, x, y, cls, anchor, text, "");
  }

  private static void label(
      StringBuilder s, double x, double y, String cls, String anchor, String text, String fill) {
    s.append("<text class=\"")
        .append(cls)
        .append("\" x=\"")
        .append(fmt(x))
        .append("\" y=\"")
        .append(fmt(y))
        .append("\" text-anchor=\"")
        .append(anchor)
        .append('"')
        .append(fill.isEmpty() ? "" : " fill=\"" + fill + "\"")
        .append('>')
        .append(esc(text))
        .append("</text>");
  }

  private static String xy(double x, double y) {
    return fmt(x) + "," + fmt(y);
  }

  /** A coordinate with at most one decimal, in the ROOT locale (SVG wants a dot). */
  static String fmt(double v) {
    double r = Math.round(v * 10) / 10.0;
    return r == Math.rint(r) ? Long.toString((long) r) : String.format(Locale.ROOT, "%.1f", r);
  }

  private String text(String key, Object... args) {
    return messages.format(key, args);
  }

  /** The legend paragraph under a chart, in the report's language. */
  String legend(String chart) {
    return text("chart." + chart + ".legend");
  }
}
