package org.cxkit.metrics;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.util.Locale;
import java.util.Optional;
import org.cxkit.core.MetricTarget.Unit;
import org.cxkit.core.Scale;
import org.cxkit.metrics.internal.Stats;

/**
 * Two named groups compared on one figure of a measure, in that figure's {@linkplain Unit unit}:
 * the difference {@code first − second}, its standard error and interval, and a two-sided test of
 * "no difference".
 *
 * <ul>
 *   <li>Box shares (percent): Newcombe's hybrid score interval for a difference of proportions
 *       (Newcombe 1998, <i>Statistics in Medicine</i> 17:873–890, method 10) and the pooled
 *       two-proportion z test; the standard error is the unpooled {@code √(p₁q₁/n₁ + p₂q₂/n₂)}.
 *   <li>NPS points: the Wald interval and z test of the two-sample NPS ({@link NpsComparison}; R
 *       package {@code NPS}).
 *   <li>Means (scale values): Welch's t interval and test with Welch–Satterthwaite degrees of
 *       freedom (Welch 1947, <i>Biometrika</i> 34:28–35).
 * </ul>
 *
 * <pre>{@code
 * GroupComparison c = GroupComparison.of(Unit.GOOD_BOX_PERCENT,
 *     "members", ScaleMetrics.csat().compute(members), "guests", ScaleMetrics.csat().compute(guests))
 *     .orElseThrow();
 * c.difference();   // percentage points, members − guests
 * c.p();            // two-sided
 * }</pre>
 *
 * @param first the first group's name
 * @param second the second group's name
 * @param unit the figure compared, and so the unit of the difference (percentage points for shares,
 *     NPS points, scale points for means)
 * @param firstN the first group's sample size
 * @param secondN the second group's sample size
 * @param difference first minus second, in the unit
 * @param standardError the standard error of the difference, in the unit
 * @param interval the interval of the difference
 * @param statistic the test statistic (z, or t for means)
 * @param p the two-sided p value of "no difference"
 * @param test the test's name, such as {@code two-proportion z}
 * @since 0.1
 */
public record GroupComparison(
    String first,
    String second,
    Unit unit,
    long firstN,
    long secondN,
    double difference,
    double standardError,
    Interval interval,
    double statistic,
    double p,
    String test) {
  /** The confidence level of {@link #of}'s intervals. */
  public static final double LEVEL = 0.95;

  /**
   * Validates the components.
   *
   * @param first the first group's name
   * @param second the second group's name
   * @param unit the figure compared
   * @param firstN the first group's sample size
   * @param secondN the second group's sample size
   * @param difference first minus second
   * @param standardError the standard error of the difference
   * @param interval the interval of the difference
   * @param statistic the test statistic
   * @param p the two-sided p value
   * @param test the test's name
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if a name is blank, a size is below 1, a figure is not finite,
   *     the standard error is negative or p is outside 0..1
   */
  public GroupComparison {
    requireNonNull(first, "first");
    requireNonNull(second, "second");
    requireNonNull(unit, "unit");
    requireNonNull(interval, "interval");
    requireNonNull(test, "test");
    checkArgument(!first.isBlank() && !second.isBlank(), "group names must not be blank");
    checkArgument(firstN >= 1 && secondN >= 1, "each group needs at least one answer");
    checkArgument(
        Double.isFinite(difference) && Double.isFinite(statistic),
        "the difference and the statistic must be finite");
    checkArgument(
        Double.isFinite(standardError) && standardError >= 0,
        "the standard error must be finite, 0 or more");
    checkArgument(p >= 0 && p <= 1, "p must be within 0..1");
  }

  /**
   * Compares two groups' answers on one figure.
   *
   * @param unit the figure: a box share, NPS points or the mean
   * @param firstName the first group's name, such as {@code members}
   * @param first the first group's result (one that keeps its {@linkplain
   *     MetricResult#scaleHistogram() histogram}, as the built-in results do)
   * @param secondName the second group's name
   * @param second the second group's result
   * @return the comparison, or empty when a group has no answers (or, for means, fewer than two)
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if a name is blank, a result keeps no scale histogram, the two
   *     are on different scales, or NPS points are asked of a scale without a bottom box
   */
  public static Optional<GroupComparison> of(
      Unit unit, String firstName, MetricResult first, String secondName, MetricResult second) {
    requireNonNull(unit, "unit");
    requireNonNull(firstName, "firstName");
    requireNonNull(secondName, "secondName");
    ScaleHistogram a = histogram(requireNonNull(first, "first"));
    ScaleHistogram b = histogram(requireNonNull(second, "second"));
    checkArgument(a.scale().equals(b.scale()), "the two groups are on different scales");
    Scale scale = a.scale();
    checkArgument(
        unit != Unit.MEDIAN && unit != Unit.P90,
        "%s is for operational measures; compare answers on a scale by TOP_BOX_PERCENT,"
            + " GOOD_BOX_PERCENT, NPS_POINTS or MEAN",
        unit);
    checkArgument(unit.fits(scale), "NPS points need a scale with a bottom box");
    long n1 = a.n();
    long n2 = b.n();
    if (n1 == 0 || n2 == 0 || (unit == Unit.MEAN && (n1 < 2 || n2 < 2))) {
      return Optional.empty();
    }
    double z = Stats.z(LEVEL);
    Builder out = new Builder(firstName, secondName, unit, n1, n2);
    switch (unit) {
      case TOP_BOX_PERCENT, GOOD_BOX_PERCENT -> {
        boolean top = unit == Unit.TOP_BOX_PERCENT;
        long k1 = top ? a.topCount() : a.goodCount();
        long k2 = top ? b.topCount() : b.goodCount();
        double p1 = (double) k1 / n1;
        double p2 = (double) k2 / n2;
        double se = Math.sqrt(p1 * (1 - p1) / n1 + p2 * (1 - p2) / n2);
        double pooled = (double) (k1 + k2) / (n1 + n2);
        double seTest = Math.sqrt(pooled * (1 - pooled) * (1.0 / n1 + 1.0 / n2));
        double stat = seTest == 0 ? 0 : (p1 - p2) / seTest;
        double[] ci = Stats.newcombe(k1, n1, k2, n2, z);
        return out.of(
            100 * (p1 - p2),
            100 * se,
            new Interval(100 * ci[0], 100 * ci[1], LEVEL, "Newcombe hybrid score"),
            stat,
            seTest == 0 ? 1.0 : Stats.twoSidedP(stat),
            "two-proportion z");
      }
      case NPS_POINTS -> {
        NpsComparison c = new NpsResult(a).compare(new NpsResult(b), LEVEL);
        double se = c.standardError().orElseThrow();
        double d = c.difference().orElseThrow();
        double stat = se == 0 ? 0 : d / se;
        return out.of(
            d,
            se,
            c.interval().orElseThrow(),
            stat,
            se == 0 ? (d == 0 ? 1.0 : 0.0) : Stats.twoSidedP(stat),
            "two-sample NPS z");
      }
      default -> {
        double m1 = a.mean().orElseThrow();
        double m2 = b.mean().orElseThrow();
        double v1 = a.variance().orElseThrow() / n1;
        double v2 = b.variance().orElseThrow() / n2;
        double se = Math.sqrt(v1 + v2);
        double d = m1 - m2;
        if (se == 0) {
          return out.of(
              d, 0, new Interval(d, d, LEVEL, "Welch t"), 0, d == 0 ? 1.0 : 0.0, "Welch t");
        }
        double df = Stats.welchDf(v1, n1, v2, n2);
        double h = Stats.t(LEVEL, df) * se;
        double stat = d / se;
        return out.of(
            d,
            se,
            new Interval(d - h, d + h, LEVEL, "Welch t"),
            stat,
            Stats.twoSidedPt(stat, df),
            "Welch t");
      }
    }
  }

  /** The groups' names, the unit and the sizes, which every test's comparison shares. */
  private record Builder(String first, String second, Unit unit, long n1, long n2) {
    Optional<GroupComparison> of(
        double difference, double se, Interval interval, double statistic, double p, String test) {
      return Optional.of(
          new GroupComparison(
              first, second, unit, n1, n2, difference, se, interval, statistic, p, test));
    }
  }

  private static ScaleHistogram histogram(MetricResult r) {
    return r.scaleHistogram()
        .orElseThrow(
            () ->
                new IllegalArgumentException(
                    "a comparison needs a result that keeps its scale histogram; calculator '"
                        + r.metric()
                        + "' keeps none"));
  }

  /**
   * Returns whether the difference is significant at {@code alpha} (unadjusted).
   *
   * @param alpha the significance level, such as 0.05
   * @return true if {@code p <= alpha}
   */
  public boolean isSignificant(double alpha) {
    return p <= alpha;
  }

  @Override
  public String toString() {
    String u = unit == Unit.MEAN ? "" : unit == Unit.NPS_POINTS ? " NPS points" : " pp";
    return String.format(
        Locale.ROOT,
        "%s − %s (n %d vs %d): %+.2f%s, %s, %s %.3f, p %.4f",
        first,
        second,
        firstN,
        secondN,
        difference,
        u,
        interval,
        test.startsWith("Welch") ? "t" : "z",
        statistic,
        p);
  }
}
