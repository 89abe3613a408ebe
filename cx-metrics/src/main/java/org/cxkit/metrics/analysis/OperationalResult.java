package org.cxkit.metrics.analysis;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.apache.commons.statistics.distribution.BinomialDistribution;
import org.cxkit.core.MetricTarget;
import org.cxkit.core.OperationalMeasure;
import org.cxkit.core.TouchpointId;
import org.cxkit.metrics.Interval;
import org.cxkit.metrics.internal.Numbers;
import org.cxkit.metrics.internal.RelativeSketch;
import org.cxkit.metrics.internal.Stats;

/**
 * The figures of an {@linkplain OperationalMeasure operational measure} per touchpoint, from {@link
 * OperationalFigures}: n, the mean with Student's t interval, the median and the 90th percentile
 * with distribution-free intervals, and each target's status. Touchpoints without values and
 * without a target on the measure have no row; a target without values is {@link
 * TargetStatus#NOT_ENOUGH_DATA}, and one with fewer values than the minimum n {@link
 * TargetStatus#TOO_FEW}.
 *
 * <p><b>Methods.</b> The mean is exact (to rounding); its interval is {@code mean ± t(n−1) s / √n}
 * (Student 1908), given from two values on. The median and the 90th percentile are the lower
 * nearest-rank quantiles (Hyndman and Fan 1996, definition 1; R's {@code quantile(type = 1)}), read
 * from a DDSketch and so within 1 % of the exact order statistic. Their interval is the
 * distribution-free one from order statistics (Conover 1999, <i>Practical Nonparametric
 * Statistics</i>, 3rd ed., §3.2): {@code [X(l), X(u)]} with {@code l = qbinom((1 − level) / 2, n,
 * p)} and {@code u = qbinom(1 − (1 − level) / 2, n, p) + 1}, covering the true quantile with at
 * least the stated level for a continuous distribution, its bounds again within 1 %. It is given
 * only when {@code 1 ≤ l} and {@code u ≤ n} (for the median at 95 % from six values; for the 90th
 * percentile from 36).
 *
 * @param measure the measure
 * @param minimumN the fewest values a target is judged on
 * @param level the intervals' confidence level
 * @param rows one row per touchpoint with values or a target on the measure, in the journey's order
 * @since 0.1
 */
public record OperationalResult(
    OperationalMeasure measure, long minimumN, double level, ImmutableList<Row> rows) {
  /** The method named in the quantiles' intervals. */
  public static final String ORDER_STATISTICS = "order statistics";

  /**
   * Validates the components.
   *
   * @param measure the measure
   * @param minimumN the minimum n, at least 1
   * @param level the level, in (0, 1)
   * @param rows the rows
   * @throws NullPointerException if {@code measure} or {@code rows} is null
   * @throws IllegalArgumentException if the minimum n or the level is out of range
   */
  public OperationalResult {
    requireNonNull(measure, "measure");
    requireNonNull(rows, "rows");
    checkArgument(minimumN >= 1, "the minimum n must be at least 1");
    Stats.level(level);
  }

  /**
   * Returns the row of a touchpoint.
   *
   * @param touchpoint the touchpoint
   * @return its row, or empty if it has neither values nor a target on the measure
   */
  public Optional<Row> row(TouchpointId touchpoint) {
    requireNonNull(touchpoint, "touchpoint");
    return rows.stream().filter(r -> r.touchpoint().equals(touchpoint)).findFirst();
  }

  /**
   * Returns the row of a touchpoint, for scripts: {@code result.row("shoeshine")}.
   *
   * @param touchpoint the touchpoint's id
   * @return its row, or empty
   */
  public Optional<Row> row(String touchpoint) {
    requireNonNull(touchpoint, "touchpoint");
    return rows.stream().filter(r -> r.touchpoint().value().equals(touchpoint)).findFirst();
  }

  /** Returns one line such as {@code OperationalResult[execution-time in s, 2 rows, min n 30]}. */
  @Override
  public String toString() {
    return "OperationalResult["
        + measure.id()
        + " in "
        + measure.unit().symbol()
        + ", "
        + rows.size()
        + (rows.size() == 1 ? " row" : " rows")
        + ", min n "
        + minimumN
        + "]";
  }

  /**
   * A target on the measure and how the touchpoint's figure compares with it.
   *
   * @param target the target
   * @param figure the figure the target's unit names (mean, median or 90th percentile), if any
   * @param status met, within tolerance, missed, too few or not enough data
   * @since 0.1
   */
  public record Judged(MetricTarget target, OptionalDouble figure, TargetStatus status) {
    /**
     * Validates the components.
     *
     * @param target the target
     * @param figure the figure
     * @param status the status
     * @throws NullPointerException if an argument is null
     */
    public Judged {
      requireNonNull(target, "target");
      requireNonNull(figure, "figure");
      requireNonNull(status, "status");
    }

    /** Returns one line such as {@code mean 131.5 against 120 tolerating 300: WITHIN_TOLERANCE}. */
    @Override
    public String toString() {
      return target.unit().label()
          + " "
          + Numbers.brief(figure)
          + " against "
          + Numbers.brief(target.threshold())
          + (target.tolerance().isPresent()
              ? " tolerating " + Numbers.brief(target.tolerance().getAsDouble())
              : "")
          + ": "
          + status;
    }
  }

  /**
   * One touchpoint's figures.
   *
   * @param touchpoint the touchpoint
   * @param n the number of values
   * @param mean the mean, if there are values
   * @param meanInterval Student's t interval of the mean, from two values on
   * @param standardDeviation the sample standard deviation, from two values on
   * @param median the median (nearest rank, within 1 %), if there are values
   * @param medianInterval its distribution-free interval, when n allows one
   * @param p90 the 90th percentile (nearest rank, within 1 %), if there are values
   * @param p90Interval its distribution-free interval, when n allows one
   * @param judged the touchpoint's targets on the measure, each with its status
   * @since 0.1
   */
  public record Row(
      TouchpointId touchpoint,
      long n,
      OptionalDouble mean,
      Optional<Interval> meanInterval,
      OptionalDouble standardDeviation,
      OptionalDouble median,
      Optional<Interval> medianInterval,
      OptionalDouble p90,
      Optional<Interval> p90Interval,
      ImmutableList<Judged> judged) {
    /**
     * Validates the components.
     *
     * @param touchpoint the touchpoint
     * @param n the number of values, 0 or more
     * @param mean the mean
     * @param meanInterval the mean's interval
     * @param standardDeviation the standard deviation
     * @param median the median
     * @param medianInterval the median's interval
     * @param p90 the 90th percentile
     * @param p90Interval its interval
     * @param judged the targets
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if n is negative, or figures are present without values
     */
    public Row {
      requireNonNull(touchpoint, "touchpoint");
      requireNonNull(mean, "mean");
      requireNonNull(meanInterval, "meanInterval");
      requireNonNull(standardDeviation, "standardDeviation");
      requireNonNull(median, "median");
      requireNonNull(medianInterval, "medianInterval");
      requireNonNull(p90, "p90");
      requireNonNull(p90Interval, "p90Interval");
      requireNonNull(judged, "judged");
      checkArgument(n >= 0, "n must not be negative");
      checkArgument(
          n > 0 || (mean.isEmpty() && median.isEmpty() && p90.isEmpty()), "figures without values");
    }

    static Row of(
        TouchpointId touchpoint,
        long n,
        double mean,
        double m2,
        RelativeSketch sketch,
        List<MetricTarget> targets,
        boolean higherIsBetter,
        long minimumN,
        double level) {
      if (n == 0) {
        ImmutableList.Builder<Judged> judged = ImmutableList.builder();
        for (MetricTarget t : targets) {
          judged.add(new Judged(t, OptionalDouble.empty(), TargetStatus.NOT_ENOUGH_DATA));
        }
        OptionalDouble none = OptionalDouble.empty();
        return new Row(
            touchpoint,
            0,
            none,
            Optional.empty(),
            none,
            none,
            Optional.empty(),
            none,
            Optional.empty(),
            judged.build());
      }
      Optional<Interval> meanInterval = Optional.empty();
      OptionalDouble sd = OptionalDouble.empty();
      if (n >= 2) {
        double s = Math.sqrt(m2 / (n - 1));
        double half = Stats.t(level, n - 1) * s / Math.sqrt(n);
        sd = OptionalDouble.of(s);
        meanInterval = Optional.of(new Interval(mean - half, mean + half, level, "t"));
      }
      double median = sketch.quantile(0.5);
      double p90 = sketch.quantile(0.9);
      ImmutableList.Builder<Judged> judged = ImmutableList.builder();
      for (MetricTarget t : targets) {
        double figure =
            switch (t.unit()) {
              case MEDIAN -> median;
              case P90 -> p90;
              default -> mean;
            };
        TargetStatus status =
            n < minimumN ? TargetStatus.TOO_FEW : TargetStatus.of(t, figure, higherIsBetter);
        judged.add(new Judged(t, OptionalDouble.of(figure), status));
      }
      return new Row(
          touchpoint,
          n,
          OptionalDouble.of(mean),
          meanInterval,
          sd,
          OptionalDouble.of(median),
          quantileInterval(sketch, 0.5, level),
          OptionalDouble.of(p90),
          quantileInterval(sketch, 0.9, level),
          judged.build());
    }

    /** The distribution-free interval of the p quantile from order statistics, if n allows. */
    static Optional<Interval> quantileInterval(RelativeSketch sketch, double p, double level) {
      long n = sketch.n();
      if (n > Integer.MAX_VALUE) {
        return Optional.empty();
      }
      BinomialDistribution b = BinomialDistribution.of((int) n, p);
      double tail = (1 - level) / 2;
      long l = b.inverseCumulativeProbability(tail);
      long u = b.inverseCumulativeProbability(1 - tail) + 1L;
      if (l < 1 || u > n) {
        return Optional.empty();
      }
      return Optional.of(new Interval(sketch.atRank(l), sketch.atRank(u), level, ORDER_STATISTICS));
    }

    /** Returns one line such as {@code shoeshine n 12 mean 131.5 median 128.0 p90 170.2, ...}. */
    @Override
    public String toString() {
      StringBuilder b = new StringBuilder(touchpoint.value()).append(" n ").append(n);
      if (n > 0) {
        b.append(" mean ")
            .append(Numbers.brief(mean))
            .append(" median ")
            .append(Numbers.brief(median))
            .append(" p90 ")
            .append(Numbers.brief(p90));
      }
      for (Judged j : judged) {
        b.append(", ").append(j);
      }
      return b.toString();
    }
  }
}
