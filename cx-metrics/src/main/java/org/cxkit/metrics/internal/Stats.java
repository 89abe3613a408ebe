package org.cxkit.metrics.internal;

import static com.google.common.base.Preconditions.checkArgument;

import org.apache.commons.statistics.distribution.NormalDistribution;
import org.apache.commons.statistics.distribution.TDistribution;

/** Distribution functions (Apache Commons Statistics) and small interval formulas. */
public final class Stats {
  private static final NormalDistribution STANDARD_NORMAL = NormalDistribution.of(0, 1);

  private Stats() {}

  /**
   * Checks a confidence level.
   *
   * @param level the level
   * @return the level
   */
  public static double level(double level) {
    checkArgument(level > 0 && level < 1, "confidence level must be in (0, 1), got %s", level);
    return level;
  }

  /**
   * Returns the two-sided standard normal quantile for a confidence level (1.959964 for 0.95).
   *
   * @param level the confidence level
   * @return {@code Φ⁻¹(1 − (1 − level) / 2)}
   */
  public static double z(double level) {
    level(level);
    return STANDARD_NORMAL.inverseCumulativeProbability(1 - (1 - level) / 2);
  }

  /**
   * Returns the two-sided Student t quantile.
   *
   * @param level the confidence level
   * @param df degrees of freedom (positive)
   * @return the quantile
   */
  public static double t(double level, double df) {
    level(level);
    return TDistribution.of(df).inverseCumulativeProbability(1 - (1 - level) / 2);
  }

  /**
   * Returns the two-sided p value of a z statistic, {@code 2 (1 − Φ(|z|))}.
   *
   * @param z the statistic
   * @return the p value
   */
  public static double twoSidedP(double z) {
    return 2 * STANDARD_NORMAL.survivalProbability(Math.abs(z));
  }

  /**
   * Returns the two-sided p value of a t statistic.
   *
   * @param t the statistic
   * @param df degrees of freedom
   * @return the p value
   */
  public static double twoSidedPt(double t, double df) {
    return 2 * TDistribution.of(df).survivalProbability(Math.abs(t));
  }

  /**
   * Returns the Wilson score interval for a proportion (Wilson 1927; Newcombe 1998, method 3), as
   * {@code {lower, upper}} on 0..1.
   *
   * @param k successes
   * @param n trials (positive)
   * @param z the normal quantile
   * @return the bounds
   */
  public static double[] wilson(long k, long n, double z) {
    double p = (double) k / n;
    double z2 = z * z;
    double denom = 1 + z2 / n;
    double centre = (p + z2 / (2.0 * n)) / denom;
    double half = z * Math.sqrt(p * (1 - p) / n + z2 / (4.0 * n * n)) / denom;
    double lo = k == 0 ? 0.0 : Math.max(0.0, centre - half);
    double hi = k == n ? 1.0 : Math.min(1.0, centre + half);
    return new double[] {lo, hi};
  }

  /**
   * Returns Newcombe's hybrid score interval for a difference of two independent proportions {@code
   * k1/n1 − k2/n2} (Newcombe 1998, <i>Statistics in Medicine</i> 17:873–890, method 10), as {@code
   * {lower, upper}} on −1..1.
   *
   * @param k1 the first group's successes
   * @param n1 the first group's trials (positive)
   * @param k2 the second group's successes
   * @param n2 the second group's trials (positive)
   * @param z the normal quantile
   * @return the bounds
   */
  public static double[] newcombe(long k1, long n1, long k2, long n2, double z) {
    double p1 = (double) k1 / n1;
    double p2 = (double) k2 / n2;
    double[] w1 = wilson(k1, n1, z);
    double[] w2 = wilson(k2, n2, z);
    double diff = p1 - p2;
    double lo = diff - Math.sqrt(sq(p1 - w1[0]) + sq(w2[1] - p2));
    double hi = diff + Math.sqrt(sq(w1[1] - p1) + sq(p2 - w2[0]));
    return new double[] {Math.max(-1, lo), Math.min(1, hi)};
  }

  private static double sq(double x) {
    return x * x;
  }

  /**
   * Returns the Welch–Satterthwaite degrees of freedom of a difference of two means (Welch 1947):
   * {@code (v1 + v2)² / (v1² / (n1 − 1) + v2² / (n2 − 1))}, where {@code v} is a group's variance
   * of the mean, {@code s² / n}.
   *
   * @param v1 the first group's variance of the mean
   * @param n1 the first group's size (at least 2)
   * @param v2 the second group's variance of the mean
   * @param n2 the second group's size (at least 2)
   * @return the degrees of freedom
   */
  public static double welchDf(double v1, long n1, double v2, long n2) {
    return (v1 + v2) * (v1 + v2) / (v1 * v1 / (n1 - 1) + v2 * v2 / (n2 - 1));
  }

  /**
   * Clamps a value to a range.
   *
   * @param v the value
   * @param lo the lowest allowed
   * @param hi the highest allowed
   * @return the clamped value
   */
  public static double clamp(double v, double lo, double hi) {
    return Math.max(lo, Math.min(hi, v));
  }
}
