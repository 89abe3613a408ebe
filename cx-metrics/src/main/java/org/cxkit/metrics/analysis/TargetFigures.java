package org.cxkit.metrics.analysis;

import java.util.Optional;
import java.util.OptionalDouble;
import org.cxkit.core.MetricTarget.Unit;
import org.cxkit.metrics.Interval;
import org.cxkit.metrics.MetricResult;
import org.cxkit.metrics.NpsResult;
import org.cxkit.metrics.ScaleHistogram;
import org.cxkit.metrics.ScaleResult;
import org.cxkit.metrics.internal.Stats;
import org.jspecify.annotations.Nullable;

/**
 * The figure of a result in a target's unit, its interval, and the p value of a test against a
 * threshold, all from the exact histogram the built-in calculators keep.
 *
 * <p>Tests against a threshold, two-sided: a share by the one-sample score test {@code z = (p̂ −
 * p₀) / √(p₀(1 − p₀)/n)} (the test the Wilson interval inverts; Agresti &amp; Coull 1998, <i>The
 * American Statistician</i> 52:119–126); NPS points by the Wald test {@code z = (NPS − t) / SE}
 * with the standard error of the R package {@code NPS} ({@code nps_se}); a mean by the one-sample t
 * test {@code t = (x̄ − t₀) / (s/√n)} with {@code n − 1} degrees of freedom.
 */
final class TargetFigures {
  private TargetFigures() {}

  /** The confidence level of the intervals a scorecard reports. */
  static final double LEVEL = 0.95;

  /** Returns the histogram behind a result, or null when it keeps none. */
  static @Nullable ScaleHistogram histogram(MetricResult r) {
    return r.scaleHistogram().orElse(null);
  }

  /** Returns the unit a result's headline is in, or null for a host's own result type. */
  static @Nullable Unit headlineUnit(MetricResult r) {
    if (r instanceof NpsResult) {
      return Unit.NPS_POINTS;
    }
    if (r instanceof ScaleResult s) {
      return s.headlineKind() == ScaleResult.Headline.MEAN ? Unit.MEAN : Unit.GOOD_BOX_PERCENT;
    }
    return null;
  }

  static OptionalDouble value(ScaleHistogram h, Unit unit) {
    if (h.n() == 0) {
      return OptionalDouble.empty();
    }
    return switch (unit) {
      case TOP_BOX_PERCENT -> OptionalDouble.of(100.0 * h.topCount() / h.n());
      case GOOD_BOX_PERCENT -> OptionalDouble.of(100.0 * h.goodCount() / h.n());
      case NPS_POINTS -> new NpsResult(h).score();
      case MEAN -> h.mean();
      // a scorecard rejects operational units on a survey measure before it gets here
      case MEDIAN, P90 -> OptionalDouble.empty();
    };
  }

  static Optional<Interval> interval(ScaleHistogram h, Unit unit) {
    ScaleResult s = new ScaleResult("target", h, ScaleResult.Headline.MEAN);
    return switch (unit) {
      case TOP_BOX_PERCENT -> s.topBoxInterval(LEVEL);
      case GOOD_BOX_PERCENT -> s.goodBoxInterval(LEVEL);
      case NPS_POINTS -> new NpsResult(h).interval();
      case MEAN -> s.meanInterval(LEVEL);
      case MEDIAN, P90 -> Optional.empty();
    };
  }

  /**
   * Returns the two-sided p value of the test of "the figure equals the threshold", or empty when
   * the sample cannot give one (no answers; a mean from fewer than two). {@code v} is the figure in
   * the unit, as {@link #value} gives it.
   */
  static OptionalDouble pValue(ScaleHistogram h, Unit unit, double threshold, OptionalDouble v) {
    long n = h.n();
    if (v.isEmpty() || (unit == Unit.MEAN && n < 2)) {
      return OptionalDouble.empty();
    }
    double x = v.getAsDouble();
    double se;
    switch (unit) {
      case TOP_BOX_PERCENT, GOOD_BOX_PERCENT -> {
        double p0 = threshold / 100;
        se = 100 * Math.sqrt(p0 * (1 - p0) / n);
      }
      case NPS_POINTS -> se = new NpsResult(h).standardError().orElseThrow();
      default -> se = Math.sqrt(h.variance().orElseThrow() / n);
    }
    if (se == 0) {
      return OptionalDouble.of(x == threshold ? 1.0 : 0.0);
    }
    double stat = (x - threshold) / se;
    return OptionalDouble.of(
        unit == Unit.MEAN ? Stats.twoSidedPt(stat, n - 1) : Stats.twoSidedP(stat));
  }
}
