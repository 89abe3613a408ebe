package org.cxkit.metrics;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import org.cxkit.core.Measure;
import org.cxkit.metrics.internal.HistogramMetric;
import org.cxkit.metrics.internal.Stats;
import org.cxkit.metrics.spi.Metric;

/**
 * The Net Promoter Score calculator and its helpers.
 *
 * <pre>{@code
 * NpsResult r = Nps.of(10, 9, 9, 8, 6, 3);          // small samples
 * NpsResult big = Nps.metric().compute(scoreBytes);  // ten million scores, no objects
 * long n = Nps.sampleSize(5, 0.95);                  // answers needed for ±5 points
 * }</pre>
 */
public final class Nps {
  private static final Metric<NpsResult> NPS = metric(Measure.NPS);

  private Nps() {}

  /**
   * Returns the calculator for the built-in NPS measure (0..10; promoters 9–10, detractors 0–6).
   *
   * @return the calculator, id {@code nps}
   */
  public static Metric<NpsResult> metric() {
    return NPS;
  }

  /**
   * Returns an NPS calculator for a measure on another scale: its good box counts as promoters, its
   * bottom box as detractors.
   *
   * @param measure the measure; its scale needs a bottom box
   * @return the calculator, id {@code nps}
   * @throws IllegalArgumentException if the scale has no bottom box
   */
  public static Metric<NpsResult> metric(Measure measure) {
    requireNonNull(measure, "measure");
    checkArgument(
        measure.scale().bottomBox() > 0,
        "an NPS measure needs a bottom box (detractors): %s",
        measure);
    return new HistogramMetric<>("nps", measure, NpsResult::new);
  }

  /**
   * Returns the NPS of a few scores on 0..10.
   *
   * @param scores the scores
   * @return the result
   * @throws BadColumnValueException naming the first index whose score is off 0..10 (never the
   *     score)
   */
  public static NpsResult of(int... scores) {
    return NPS.compute(scores);
  }

  /**
   * Returns how many answers give a confidence interval of half-width {@code margin} score points
   * at a confidence level, assuming the worst case (variance 1: half promoters, half detractors).
   *
   * @param margin the half-width in NPS points (on −100..100), positive
   * @param level the confidence level
   * @return the sample size, rounded up
   * @throws IllegalArgumentException if an argument is out of range
   */
  public static long sampleSize(double margin, double level) {
    return sampleSize(margin, level, 50, 50);
  }

  /**
   * Returns how many answers give a Wald interval of half-width {@code margin} score points at a
   * confidence level, for expected shares of promoters and detractors: {@code n = z²·var/m²} with
   * {@code var = p + d − (p − d)²} and the margin {@code m} on the −1..1 scale.
   *
   * @param margin the half-width in NPS points (on −100..100), positive
   * @param level the confidence level
   * @param promoterPercent the expected share of promoters, 0..100
   * @param detractorPercent the expected share of detractors, 0..100 (sum at most 100)
   * @return the sample size, rounded up; at least 1
   * @throws IllegalArgumentException if an argument is out of range
   */
  public static long sampleSize(
      double margin, double level, double promoterPercent, double detractorPercent) {
    checkArgument(
        margin > 0 && margin <= 200, "margin must be in (0, 200] NPS points, got %s", margin);
    checkArgument(
        promoterPercent >= 0 && detractorPercent >= 0 && promoterPercent + detractorPercent <= 100,
        "shares must be 0..100 and sum to at most 100, got %s and %s",
        promoterPercent,
        detractorPercent);
    double z = Stats.z(level);
    double var = NpsResult.trinomialVariance(promoterPercent / 100, detractorPercent / 100);
    double m = margin / 100;
    return Math.max(1, (long) Math.ceil(z * z * var / (m * m) - 1e-9));
  }
}
