package org.cxkit.metrics;

import static java.util.Objects.requireNonNull;

import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import org.cxkit.core.MetricTarget;
import org.cxkit.core.Scale;
import org.cxkit.metrics.internal.Stats;

/**
 * The summary of answers on a rating scale: the mean with a Student t interval, and the shares of
 * the top box, the good box (CSAT's top-2-box, CES's "agree") and the bottom box with Wilson score
 * intervals (Wilson 1927; Newcombe 1998, <i>Statistics in Medicine</i> 17:857–872, method 3).
 *
 * <p>The headline depends on the calculator: {@link Headline#GOOD_BOX_PERCENT} for CSAT, {@link
 * Headline#MEAN} for CES and any other measure.
 *
 * <pre>{@code
 * ScaleResult csat = ScaleMetrics.csat().compute(new int[] {5, 4, 4, 3, 1});
 * csat.goodBoxShare();          // OptionalDouble[60.0]
 * csat.goodBoxInterval(0.95);   // Wilson
 * csat.mean();                  // OptionalDouble[3.4]
 * }</pre>
 *
 * @param metric the calculator id, such as {@code csat}
 * @param histogram the exact counts per point
 * @param headlineKind which value is the headline
 */
public record ScaleResult(String metric, ScaleHistogram histogram, Headline headlineKind)
    implements MetricResult {
  /** Which value of a {@link ScaleResult} is compared with targets. */
  public enum Headline {
    /** The mean point on the scale. */
    MEAN,
    /** The good box (such as CSAT's top-2-box) share in percent. */
    GOOD_BOX_PERCENT
  }

  /**
   * Validates the components.
   *
   * @param metric the calculator id, such as {@code csat}
   * @param histogram the exact counts per point
   * @param headlineKind which value is the headline
   * @throws NullPointerException if an argument is null
   */
  public ScaleResult {
    requireNonNull(metric, "metric");
    requireNonNull(histogram, "histogram");
    requireNonNull(headlineKind, "headlineKind");
  }

  @Override
  public long n() {
    return histogram.n();
  }

  /**
   * Returns the scale.
   *
   * @return the scale the answers were given on
   */
  public Scale scale() {
    return histogram.scale();
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
    return headlineKind == Headline.MEAN ? mean() : goodBoxShare();
  }

  /**
   * Returns the unit of the headline: {@link MetricTarget.Unit#GOOD_BOX_PERCENT} or {@link
   * MetricTarget.Unit#MEAN}, as the {@link #headlineKind()} says.
   *
   * @return the unit
   */
  @Override
  public Optional<MetricTarget.Unit> headlineUnit() {
    return Optional.of(
        headlineKind == Headline.MEAN
            ? MetricTarget.Unit.MEAN
            : MetricTarget.Unit.GOOD_BOX_PERCENT);
  }

  @Override
  public double headlineSpan() {
    return headlineKind == Headline.MEAN ? scale().points() - 1 : 100.0;
  }

  /**
   * Returns the mean point.
   *
   * @return the mean, or empty when there are no answers
   */
  public OptionalDouble mean() {
    return histogram.mean();
  }

  /**
   * Returns the sample standard deviation.
   *
   * @return the standard deviation, or empty with fewer than two answers
   */
  public OptionalDouble standardDeviation() {
    OptionalDouble v = histogram.variance();
    return v.isPresent() ? OptionalDouble.of(Math.sqrt(v.getAsDouble())) : OptionalDouble.empty();
  }

  /**
   * Returns the Student t interval of the mean, {@code mean ± t(n−1)·s/√n}, clamped to the scale.
   *
   * @param level the confidence level
   * @return the interval, or empty with fewer than two answers
   * @throws IllegalArgumentException if the level is not in (0, 1)
   */
  public Optional<Interval> meanInterval(double level) {
    Stats.level(level);
    long n = n();
    if (n < 2) {
      return Optional.empty();
    }
    double m = mean().orElseThrow();
    double h = Stats.t(level, n - 1) * standardDeviation().orElseThrow() / Math.sqrt(n);
    return Optional.of(
        new Interval(
            Stats.clamp(m - h, scale().min(), scale().max()),
            Stats.clamp(m + h, scale().min(), scale().max()),
            level,
            "t"));
  }

  /**
   * Returns the top-box share in percent.
   *
   * @return 0..100, or empty when there are no answers
   */
  public OptionalDouble topBoxShare() {
    return share(histogram.topCount());
  }

  /**
   * Returns the good-box share in percent (CSAT: top-2-box; CES: agreeing).
   *
   * @return 0..100, or empty when there are no answers
   */
  public OptionalDouble goodBoxShare() {
    return share(histogram.goodCount());
  }

  /**
   * Returns the bottom-box share in percent.
   *
   * @return 0..100, or empty when there are no answers
   */
  public OptionalDouble bottomBoxShare() {
    return share(histogram.bottomCount());
  }

  /**
   * Returns the Wilson interval of the top-box share, in percent.
   *
   * @param level the confidence level
   * @return the interval, or empty when there are no answers
   */
  public Optional<Interval> topBoxInterval(double level) {
    return wilson(histogram.topCount(), level);
  }

  /**
   * Returns the Wilson interval of the good-box share, in percent.
   *
   * @param level the confidence level
   * @return the interval, or empty when there are no answers
   */
  public Optional<Interval> goodBoxInterval(double level) {
    return wilson(histogram.goodCount(), level);
  }

  /**
   * Returns the Wilson interval of the bottom-box share, in percent.
   *
   * @param level the confidence level
   * @return the interval, or empty when there are no answers
   */
  public Optional<Interval> bottomBoxInterval(double level) {
    return wilson(histogram.bottomCount(), level);
  }

  private OptionalDouble share(long k) {
    long n = n();
    return n == 0 ? OptionalDouble.empty() : OptionalDouble.of(100.0 * k / n);
  }

  private Optional<Interval> wilson(long k, double level) {
    double z = Stats.z(level);
    long n = n();
    if (n == 0) {
      return Optional.empty();
    }
    double[] b = Stats.wilson(k, n, z);
    return Optional.of(new Interval(100 * b[0], 100 * b[1], level, "Wilson"));
  }

  /**
   * Returns one line: the calculator, n, the scale, the headline with its interval and the mean,
   * such as {@code csat[n=5, scale 1..5, good box 80.0% [37.55, 96.38] 95% Wilson, mean 4.20]}.
   * cx-report's {@code TextReport.table(MetricResult)} prints every box and interval as a table.
   */
  @Override
  public String toString() {
    StringBuilder s =
        new StringBuilder(
            String.format(
                Locale.ROOT, "%s[n=%d, scale %d..%d", metric, n(), scale().min(), scale().max()));
    if (n() == 0) {
      return s.append(", no score: no responses]").toString();
    }
    if (headlineKind == Headline.MEAN) {
      s.append(String.format(Locale.ROOT, ", mean %.2f", mean().orElseThrow()));
      meanInterval(0.95).ifPresent(i -> s.append(' ').append(i));
      s.append(String.format(Locale.ROOT, ", good box %.1f%%", goodBoxShare().orElseThrow()));
    } else {
      s.append(String.format(Locale.ROOT, ", good box %.1f%% ", goodBoxShare().orElseThrow()))
          .append(goodBoxInterval(0.95).orElseThrow());
      s.append(String.format(Locale.ROOT, ", mean %.2f", mean().orElseThrow()));
    }
    return s.append(']').toString();
  }
}
