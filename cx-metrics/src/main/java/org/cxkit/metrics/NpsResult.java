package org.cxkit.metrics;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import org.cxkit.core.MetricTarget;
import org.cxkit.core.Scale;
import org.cxkit.metrics.internal.Stats;

/**
 * A Net Promoter Score with its statistics: counts and shares of detractors, passives and
 * promoters, the score on −100..100, its variance and standard error, confidence intervals and
 * two-sample comparisons.
 *
 * <p>Formulas (cited per method): score {@code 100·(P − D)/n} in NPS points; variance of the
 * per-respondent value (+100 promoter, 0 passive, −100 detractor) {@code 100²·(p + d − (p − d)²)}
 * in NPS points² (R package {@code NPS} by B. Rocks, {@code npvar}, which works on −1..1, times
 * 100²); standard error {@code √(variance/n)} in NPS points ({@code nps_se} × 100). Every figure is
 * on the score's own scale, so {@code score ± 1.96·standardError} is the Wald interval.
 *
 * <pre>{@code
 * NpsResult r = Nps.of(10, 10, 9, 8, 7, 6, 3, 0);
 * r.score();          // OptionalDouble[0.0]
 * r.interval();       // Optional[[-48.80, 48.80] 95% adjusted Wald]
 * System.out.println(r);   // an aligned table
 * }</pre>
 *
 * @param histogram the exact counts at each point of the NPS scale
 */
public record NpsResult(ScaleHistogram histogram) implements MetricResult {
  /** The confidence level used when none is given. */
  public static final double DEFAULT_LEVEL = 0.95;

  /**
   * Validates the components.
   *
   * @param histogram the exact counts at each point of the NPS scale
   * @throws NullPointerException if the histogram is null
   * @throws IllegalArgumentException if its scale has no detractor box (bottom box)
   */
  public NpsResult {
    requireNonNull(histogram, "histogram");
    checkArgument(
        histogram.scale().bottomBox() > 0,
        "an NPS scale needs a bottom box (detractors): %s",
        histogram.scale());
  }

  /**
   * Returns the result of counts of detractors, passives and promoters on the standard 0..10 scale
   * (placed at points 0, 7 and 10).
   *
   * @param detractors how many answered 0..6
   * @param passives how many answered 7..8
   * @param promoters how many answered 9..10
   * @return the result
   * @throws IllegalArgumentException if a count is negative
   */
  public static NpsResult ofCounts(long detractors, long passives, long promoters) {
    return new NpsResult(
        ScaleHistogram.of(Scale.NPS, detractors, 0, 0, 0, 0, 0, 0, passives, 0, 0, promoters));
  }

  @Override
  public String metric() {
    return "nps";
  }

  @Override
  public long n() {
    return histogram.n();
  }

  /**
   * Returns the number of promoters (the scale's good box; 9–10 on 0..10).
   *
   * @return the promoter count
   */
  public long promoters() {
    return histogram.goodCount();
  }

  /**
   * Returns the number of detractors (the scale's bottom box; 0–6 on 0..10).
   *
   * @return the detractor count
   */
  public long detractors() {
    return histogram.bottomCount();
  }

  /**
   * Returns the number of passives (neither promoters nor detractors).
   *
   * @return the passive count
   */
  public long passives() {
    return n() - promoters() - detractors();
  }

  /**
   * Returns the share of promoters in percent.
   *
   * @return 0..100, or empty when there are no responses
   */
  public OptionalDouble promoterShare() {
    return share(promoters());
  }

  /**
   * Returns the share of passives in percent.
   *
   * @return 0..100, or empty when there are no responses
   */
  public OptionalDouble passiveShare() {
    return share(passives());
  }

  /**
   * Returns the share of detractors in percent.
   *
   * @return 0..100, or empty when there are no responses
   */
  public OptionalDouble detractorShare() {
    return share(detractors());
  }

  private OptionalDouble share(long k) {
    long n = n();
    return n == 0 ? OptionalDouble.empty() : OptionalDouble.of(100.0 * k / n);
  }

  /**
   * Returns the Net Promoter Score, {@code 100·(promoters − detractors)/n}.
   *
   * @return −100..100, or empty when there are no responses
   */
  public OptionalDouble score() {
    long n = n();
    return n == 0
        ? OptionalDouble.empty()
        : OptionalDouble.of(100.0 * (promoters() - detractors()) / n);
  }

  /**
   * Returns the histogram: a built-in result always keeps it.
   *
   * @return the histogram
   */
  @Override
  public Optional<ScaleHistogram> scaleHistogram() {
    return Optional.of(histogram);
  }

  @Override
  public OptionalDouble headline() {
    return score();
  }

  @Override
  public double headlineSpan() {
    return 200.0;
  }

  /**
   * Returns {@link MetricTarget.Unit#NPS_POINTS}: the score, its standard error and its intervals
   * are in NPS points, its {@link #variance()} in NPS points².
   *
   * @return NPS points
   */
  @Override
  public Optional<MetricTarget.Unit> headlineUnit() {
    return Optional.of(MetricTarget.Unit.NPS_POINTS);
  }

  /**
   * Returns the variance of the per-respondent NPS value in NPS points², on the scale of the score
   * (a promoter counts +100, a passive 0, a detractor −100): {@code 100²·(p + d − (p − d)²)} (R
   * package {@code NPS}: {@code npvar}, which works on −1..1, times 100²). Its square root over
   * {@code √n} is the {@link #standardError()}.
   *
   * @return 0..10 000 NPS points², or empty when there are no responses
   */
  public OptionalDouble variance() {
    long n = n();
    if (n == 0) {
      return OptionalDouble.empty();
    }
    return OptionalDouble.of(10_000 * unitVariance());
  }

  /** The variance on −1..1 ({@code npvar}); n must be positive. */
  double unitVariance() {
    long n = n();
    return trinomialVariance((double) promoters() / n, (double) detractors() / n);
  }

  static double trinomialVariance(double p, double d) {
    return Math.max(0.0, p + d - (p - d) * (p - d));
  }

  /**
   * Returns the standard error of the score in NPS points, {@code √(variance/n)} (R package {@code
   * NPS}: {@code nps_se}, times 100).
   *
   * @return the standard error, or empty when there are no responses
   */
  public OptionalDouble standardError() {
    long n = n();
    if (n == 0) {
      return OptionalDouble.empty();
    }
    return OptionalDouble.of(100 * Math.sqrt(unitVariance() / n));
  }

  /**
   * Returns the 95 % adjusted Wald interval (see {@link NpsIntervalMethod#ADJUSTED_WALD}).
   *
   * @return the interval on −100..100, or empty when there are no responses
   */
  public Optional<Interval> interval() {
    return interval(NpsIntervalMethod.ADJUSTED_WALD, DEFAULT_LEVEL);
  }

  /**
   * Returns a confidence interval for the score, clamped to −100..100.
   *
   * @param method the method
   * @param level the confidence level, such as 0.95
   * @return the interval, or empty when there are no responses
   * @throws IllegalArgumentException if the level is not in (0, 1)
   */
  public Optional<Interval> interval(NpsIntervalMethod method, double level) {
    requireNonNull(method, "method");
    double z = Stats.z(level);
    long n = n();
    if (n == 0) {
      return Optional.empty();
    }
    double pro = promoters();
    double det = detractors();
    double lo;
    double hi;
    switch (method) {
      case WALD:
        {
          double est = (pro - det) / n;
          double se = Math.sqrt(trinomialVariance(pro / n, det / n) / n);
          lo = est - z * se;
          hi = est + z * se;
          break;
        }
      case ADJUSTED_WALD:
        {
          double na = n + 3.0;
          double p = (pro + 0.75) / na;
          double d = (det + 0.75) / na;
          double se = Math.sqrt(trinomialVariance(p, d) / na);
          lo = (p - d) - z * se;
          hi = (p - d) + z * se;
          break;
        }
      case SCORE:
        {
          double[] b = scoreInterval((long) pro, (long) det, n, z);
          lo = b[0];
          hi = b[1];
          break;
        }
      default:
        throw new AssertionError(method);
    }
    double lower = Stats.clamp(100 * lo, -100, 100);
    double upper = Stats.clamp(100 * hi, -100, 100);
    return Optional.of(new Interval(lower, Math.max(lower, upper), level, method.label()));
  }

  /**
   * The score statistic of {@code δ = p − d} with the detractor share re-estimated under that
   * constraint (restricted MLE, Tango 1998; the quadratic as in R package {@code NPS}, {@code
   * nps_interval_estimators.R}).
   */
  static double scoreStatistic(long pro, long det, long n, double delta) {
    double pa = 2.0 * n;
    double pb = -det - pro + (2.0 * n - pro + det) * delta;
    double pc = -det * delta * (1 - delta);
    double q = (Math.sqrt(Math.max(0.0, pb * pb - 4 * pa * pc)) - pb) / (2 * pa);
    double v = n * (2 * q + delta * (1 - delta));
    double num = pro - det - n * delta;
    if (v <= 0) {
      return num == 0 ? 0 : Math.copySign(Double.POSITIVE_INFINITY, num);
    }
    return num / Math.sqrt(v);
  }

  private static double[] scoreInterval(long pro, long det, long n, double z) {
    double est = (double) (pro - det) / n;
    double upper;
    if (pro == n) {
      upper = 1;
    } else {
      // score(δ) decreases in δ; find δ > est with score(δ) = −z.
      double a = est;
      double b = 1;
      for (int i = 0; i < 200 && b - a > 1e-13; i++) {
        double m = (a + b) / 2;
        if (scoreStatistic(pro, det, n, m) > -z) {
          a = m;
        } else {
          b = m;
        }
      }
      upper = (a + b) / 2;
    }
    double lower;
    if (det == n) {
      lower = -1;
    } else {
      double a = -1;
      double b = est;
      for (int i = 0; i < 200 && b - a > 1e-13; i++) {
        double m = (a + b) / 2;
        if (scoreStatistic(pro, det, n, m) < z) {
          b = m;
        } else {
          a = m;
        }
      }
      lower = (a + b) / 2;
    }
    return new double[] {lower, upper};
  }

  /**
   * Compares this score with another sample's at 95 % (see {@link #compare(NpsResult, double)}).
   *
   * @param other the other sample
   * @return the comparison
   */
  public NpsComparison compare(NpsResult other) {
    return compare(other, DEFAULT_LEVEL);
  }

  /**
   * Compares this score with another, independent sample's: the signed difference (this minus
   * other), its Wald interval, z and two-sided p (as R package {@code NPS}, {@code nps_test},
   * two-sample case, but keeping the sign).
   *
   * @param other the other sample
   * @param level the confidence level
   * @return the comparison
   * @throws IllegalArgumentException if the level is not in (0, 1)
   */
  public NpsComparison compare(NpsResult other, double level) {
    return NpsComparison.of(this, other, level);
  }

  /**
   * Returns one line: n, the shares, the score and its default interval, such as {@code
   * NpsResult[n=6, promoters 2 (33.3%), passives 2 (33.3%), detractors 2 (33.3%), NPS 0.0 [-46.93,
   * 46.93] 95% adjusted Wald]}. cx-report's {@code TextReport.table(MetricResult)} prints it as a
   * table.
   */
  @Override
  public String toString() {
    StringBuilder s = new StringBuilder("NpsResult[n=").append(n());
    if (n() == 0) {
      return s.append(", no score: no responses]").toString();
    }
    share(s, "promoters", promoters(), promoterShare());
    share(s, "passives", passives(), passiveShare());
    share(s, "detractors", detractors(), detractorShare());
    s.append(String.format(Locale.ROOT, ", NPS %.1f", score().orElseThrow()));
    return s.append(' ').append(interval().orElseThrow()).append(']').toString();
  }

  private static void share(StringBuilder s, String label, long count, OptionalDouble share) {
    s.append(String.format(Locale.ROOT, ", %s %d (%.1f%%)", label, count, share.orElseThrow()));
  }
}
