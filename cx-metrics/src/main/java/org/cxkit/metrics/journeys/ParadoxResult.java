package org.cxkit.metrics.journeys;

import static java.util.Objects.requireNonNull;

import java.util.Locale;
import java.util.Optional;
import org.cxkit.core.Scale;
import org.cxkit.metrics.Interval;
import org.cxkit.metrics.ScaleHistogram;
import org.cxkit.metrics.ScaleResult;
import org.cxkit.metrics.internal.Stats;

/**
 * The result of {@link RecoveryParadox}: the ratings of each group and the difference of means,
 * recovered minus never failed, in points on the rating scale. Its interval is Welch's (1947) t
 * interval with Welch–Satterthwaite degrees of freedom: {@code d ± t(1 − α/2, ν) · √(s₁²/n₁ +
 * s₂²/n₂)}. A positive difference whose interval lies above zero is the paradox; the difference
 * needs a rating in both groups, the interval two in each and some spread.
 *
 * @param recovered the ratings of recovered customers
 * @param notRecovered the ratings of customers whose case is open
 * @param neverFailed the ratings of customers without a failure
 * @since 0.1
 */
public record ParadoxResult(
    ScaleResult recovered, ScaleResult notRecovered, ScaleResult neverFailed) {
  /**
   * Checks the components.
   *
   * @param recovered the ratings of recovered customers
   * @param notRecovered the ratings of customers whose case is open
   * @param neverFailed the ratings of customers without a failure
   * @throws NullPointerException if an argument is null
   */
  public ParadoxResult {
    requireNonNull(recovered, "recovered");
    requireNonNull(notRecovered, "notRecovered");
    requireNonNull(neverFailed, "neverFailed");
  }

  static ParadoxResult of(Scale scale, long[][] counts) {
    return new ParadoxResult(
        group(scale, counts[0]), group(scale, counts[1]), group(scale, counts[2]));
  }

  private static ScaleResult group(Scale scale, long[] counts) {
    return new ScaleResult(
        "recovery-rating", ScaleHistogram.of(scale, counts), ScaleResult.Headline.MEAN);
  }

  /**
   * Returns the mean rating of recovered customers minus that of never-failed customers.
   *
   * @return the difference in scale points, empty unless both groups have a rating
   * @since 0.1
   */
  public Optional<Double> difference() {
    if (recovered.n() == 0 || neverFailed.n() == 0) {
      return Optional.empty();
    }
    return Optional.of(recovered.mean().getAsDouble() - neverFailed.mean().getAsDouble());
  }

  /**
   * Returns Welch's interval of the difference.
   *
   * @param level the confidence level, such as 0.95
   * @return the interval, empty unless both groups have two ratings and not both have zero spread
   * @throws IllegalArgumentException if the level is not in (0, 1)
   * @since 0.1
   */
  public Optional<Interval> interval(double level) {
    Stats.level(level);
    long n1 = recovered.n();
    long n2 = neverFailed.n();
    if (n1 < 2 || n2 < 2) {
      return Optional.empty();
    }
    double s1 = recovered.standardDeviation().getAsDouble();
    double s2 = neverFailed.standardDeviation().getAsDouble();
    double v1 = s1 * s1 / n1;
    double v2 = s2 * s2 / n2;
    if (v1 + v2 == 0) {
      return Optional.empty();
    }
    double d = difference().orElseThrow();
    double h = Stats.t(level, Stats.welchDf(v1, n1, v2, n2)) * Math.sqrt(v1 + v2);
    return Optional.of(new Interval(d - h, d + h, level, "Welch t"));
  }

  /** Returns the group sizes and the difference. */
  @Override
  public String toString() {
    return "ParadoxResult[recovered n="
        + recovered.n()
        + ", never failed n="
        + neverFailed.n()
        + ", difference "
        + difference().map(d -> String.format(Locale.ROOT, "%+.2f", d)).orElse("no data")
        + "]";
  }
}
