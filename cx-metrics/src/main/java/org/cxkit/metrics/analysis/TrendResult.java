package org.cxkit.metrics.analysis;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;
import java.util.OptionalDouble;
import org.cxkit.core.MeasureId;
import org.cxkit.core.TouchpointId;
import org.cxkit.metrics.InputLocation;
import org.cxkit.metrics.Interval;
import org.cxkit.metrics.Reject;

/**
 * The result of {@link Trends}: one {@link Series} per touchpoint (and one for the overall
 * question, answers without a touchpoint), each a value per period with its sample size and
 * interval, the tested changes between consecutive periods (and against a baseline period), and for
 * box shares a p chart and a Laney p′ chart.
 *
 * <p>Every series covers the same periods, from the first to the last one any series has data in,
 * so a period without answers shows as {@link Sample#EMPTY} rather than as a gap. A period with
 * fewer than {@link #minimumN()} answers is {@link Sample#TOO_SMALL}: its value and interval are
 * still given, but no change to or from it is tested.
 *
 * <p>Units: NPS points (−100..100) for {@link Trends.Statistic#NPS}, percent (0..100) for the box
 * shares (also on their control charts), points of the measure's scale for {@link
 * Trends.Statistic#MEAN}; differences are in the same unit.
 *
 * <p>Answers left out as bad under {@link Trends#onBadInput(org.cxkit.metrics.BadInput)
 * BadInput.collect(n)} are counted in {@link #rejected()} and the first ones listed in {@link
 * #rejects()}; they are in no period.
 *
 * @param measure the measure
 * @param statistic the statistic charted
 * @param period the period length
 * @param zone the time zone periods are cut in
 * @param minimumN the fewest answers in a period for a change to or from it to be tested
 * @param level the confidence level of the intervals; {@code 1 − level} is the significance level α
 *     of the corrected tests
 * @param correction the multiple-comparison correction applied across series
 * @param baseline the baseline period's label, if changes against a baseline were asked for
 * @param undated the answers to the measure that carried no time (not in any period)
 * @param rejected how many answers were left out as bad (a score off the scale, a time outside the
 *     supported dates)
 * @param rejects the first answers left out, each with its record position and reason, never its
 *     content, up to the policy's limit, in order of record index
 * @param series overall first (if any), then touchpoints by id
 * @since 0.1
 */
public record TrendResult(
    MeasureId measure,
    Trends.Statistic statistic,
    Trends.Period period,
    ZoneId zone,
    int minimumN,
    double level,
    Trends.Correction correction,
    Optional<String> baseline,
    long undated,
    long rejected,
    ImmutableList<Reject> rejects,
    ImmutableList<Series> series) {
  /**
   * Validates and copies the components.
   *
   * @param measure the measure
   * @param statistic the statistic charted
   * @param period the period length
   * @param zone the time zone periods are cut in
   * @param minimumN the fewest answers for a test, at least 2
   * @param level the confidence level, in (0, 1)
   * @param correction the multiple-comparison correction
   * @param baseline the baseline period's label, if any
   * @param undated answers without a time, not negative
   * @param rejected answers left out as bad, at least as many as are listed
   * @param rejects the first answers left out, each located by its record
   * @param series the series
   * @throws NullPointerException if a component is null
   * @throws IllegalArgumentException if a number is out of range, more rejects are listed than
   *     rejected, or a reject is not located by its record
   */
  public TrendResult {
    requireNonNull(measure, "measure");
    requireNonNull(statistic, "statistic");
    requireNonNull(period, "period");
    requireNonNull(zone, "zone");
    requireNonNull(correction, "correction");
    requireNonNull(baseline, "baseline");
    checkArgument(minimumN >= 2, "minimumN must be at least 2, got %s", minimumN);
    checkArgument(level > 0 && level < 1, "level must be in (0, 1), got %s", level);
    checkArgument(undated >= 0, "undated must not be negative, got %s", undated);
    rejects = ImmutableList.copyOf(requireNonNull(rejects, "rejects"));
    checkArgument(
        rejected >= rejects.size(),
        "rejected must be at least the listed rejects (%s), got %s",
        rejects.size(),
        rejected);
    checkArgument(
        rejects.stream().allMatch(r -> r.location() instanceof InputLocation.RecordPosition),
        "a trend's rejects are located by their record");
    series = ImmutableList.copyOf(requireNonNull(series, "series"));
  }

  /**
   * Returns the overall series (answers without a touchpoint), if there were any.
   *
   * @return the series
   */
  public Optional<Series> overall() {
    return series.stream().filter(s -> s.touchpoint().isEmpty()).findFirst();
  }

  /**
   * Returns a touchpoint's series, if it had answers.
   *
   * @param touchpoint the touchpoint's id slug
   * @return the series
   */
  public Optional<Series> touchpoint(String touchpoint) {
    TouchpointId id = TouchpointId.of(requireNonNull(touchpoint, "touchpoint"));
    return series.stream().filter(s -> s.touchpoint().equals(Optional.of(id))).findFirst();
  }

  @Override
  public String toString() {
    int periods = series.isEmpty() ? 0 : series.get(0).points().size();
    return "TrendResult["
        + Trends.describe(measure, statistic, period, zone)
        + ", "
        + series.size()
        + " series × "
        + periods
        + " periods, min n "
        + minimumN
        + ", "
        + correction
        + baseline.map(b -> ", baseline " + b).orElse("")
        + (undated > 0 ? ", " + undated + " undated" : "")
        + (rejected > 0 ? ", " + rejected + " rejected" : "")
        + "]";
  }

  /**
   * Whether a period has enough answers to be compared.
   *
   * @since 0.1
   */
  public enum Sample {
    /** At least the minimum n. */
    ENOUGH,
    /** Some answers, fewer than the minimum n: shown, not tested. */
    TOO_SMALL,
    /** No answers. */
    EMPTY
  }

  /**
   * The two-sample test behind a {@link Change}, chosen by the statistic.
   *
   * @since 0.1
   */
  public enum Test {
    /**
     * The NPS difference over its standard error, {@code √(var_a/n_a + var_b/n_b)} with the
     * trinomial variance of each score ({@link org.cxkit.metrics.NpsComparison}; Rocks 2016).
     */
    NPS_Z,
    /** The two-proportion z test with the pooled proportion (equivalent to a 2×2 χ² test). */
    TWO_PROPORTION_Z,
    /** Welch's (1947) t test, unequal variances, Welch–Satterthwaite degrees of freedom. */
    WELCH_T
  }

  /**
   * Whether a change was tested, and if not, why.
   *
   * @since 0.1
   */
  public enum Tested {
    /** Tested; p and the adjusted p are given. */
    YES,
    /** A period has fewer answers than the minimum n. */
    TOO_SMALL,
    /** The statistic has no spread in either period (every answer alike): no test statistic. */
    NO_VARIANCE
  }

  /**
   * One period of a series.
   *
   * @param period the period's label: {@code 2026-05-06}, {@code 2026-W19}, {@code 2026-05} or
   *     {@code 2026-Q2}
   * @param start the period's first day, in the result's zone
   * @param n the answers in the period
   * @param value the statistic, empty when there are no answers
   * @param interval its confidence interval (NPS: adjusted Wald; shares: Wilson; mean: t), empty
   *     when not defined
   * @param sample whether there are enough answers
   * @since 0.1
   */
  public record Point(
      String period,
      LocalDate start,
      long n,
      OptionalDouble value,
      Optional<Interval> interval,
      Sample sample) {
    /**
     * Validates the components.
     *
     * @param period the label
     * @param start the first day
     * @param n the answers
     * @param value the statistic
     * @param interval its interval
     * @param sample the sample state
     * @throws NullPointerException if a component is null
     * @throws IllegalArgumentException if n is negative, or the value's presence does not match n
     */
    public Point {
      requireNonNull(period, "period");
      requireNonNull(start, "start");
      requireNonNull(value, "value");
      requireNonNull(interval, "interval");
      requireNonNull(sample, "sample");
      checkArgument(n >= 0, "n must not be negative, got %s", n);
      checkArgument(value.isPresent() == (n > 0), "a value is given exactly when n > 0");
      checkArgument((sample == Sample.EMPTY) == (n == 0), "the sample is EMPTY exactly when n = 0");
    }

    @Override
    public String toString() {
      return period
          + " n="
          + n
          + (value.isPresent()
              ? " " + String.format(java.util.Locale.ROOT, "%.1f", value.getAsDouble())
              : "")
          + (sample == Sample.ENOUGH ? "" : " (" + sample + ")");
    }
  }

  /**
   * The change of a series' statistic from one period to another: {@code to − from}, tested with
   * the statistic's two-sample test and corrected, with the other series' changes between the same
   * two periods, for multiple comparisons.
   *
   * @param from the earlier (or baseline) period's label
   * @param to the later period's label
   * @param difference {@code to − from}, in the statistic's unit; empty when a period is empty
   * @param statistic z or t, empty when not tested
   * @param p the two-sided p value, empty when not tested
   * @param adjustedP the p value adjusted by the result's correction, empty when not tested
   * @param significant whether the adjusted p is at most α ({@code 1 − level})
   * @param test the test
   * @param tested whether it was tested, and if not, why
   * @since 0.1
   */
  public record Change(
      String from,
      String to,
      OptionalDouble difference,
      OptionalDouble statistic,
      OptionalDouble p,
      OptionalDouble adjustedP,
      boolean significant,
      Test test,
      Tested tested) {
    /**
     * Validates the components.
     *
     * @param from the earlier period
     * @param to the later period
     * @param difference the difference
     * @param statistic z or t
     * @param p the p value
     * @param adjustedP the adjusted p value
     * @param significant whether significant
     * @param test the test
     * @param tested whether tested
     * @throws NullPointerException if a component is null
     * @throws IllegalArgumentException if p values are given exactly when not tested, or out of
     *     0..1, or an untested change is significant
     */
    public Change {
      requireNonNull(from, "from");
      requireNonNull(to, "to");
      requireNonNull(difference, "difference");
      requireNonNull(statistic, "statistic");
      requireNonNull(p, "p");
      requireNonNull(adjustedP, "adjustedP");
      requireNonNull(test, "test");
      requireNonNull(tested, "tested");
      boolean yes = tested == Tested.YES;
      checkArgument(
          p.isPresent() == yes && adjustedP.isPresent() == yes && statistic.isPresent() == yes,
          "statistic, p and adjusted p are given exactly when tested");
      checkArgument(yes || !significant, "an untested change is not significant");
      checkArgument(!yes || (p.getAsDouble() >= 0 && p.getAsDouble() <= 1), "p must be in 0..1");
      checkArgument(
          !yes || (adjustedP.getAsDouble() >= p.getAsDouble() && adjustedP.getAsDouble() <= 1),
          "the adjusted p must be in p..1");
    }

    @Override
    public String toString() {
      return from
          + "→"
          + to
          + (difference.isPresent()
              ? String.format(java.util.Locale.ROOT, " %+.1f", difference.getAsDouble())
              : "")
          + (tested == Tested.YES
              ? String.format(
                  java.util.Locale.ROOT,
                  " p=%.4f adj=%.4f%s",
                  p.getAsDouble(),
                  adjustedP.getAsDouble(),
                  significant ? " significant" : "")
              : " not tested (" + tested + ")");
    }
  }

  /**
   * One period on a box share's control charts. The p chart's limits are {@code p̄ ± 3·√(p̄(1 −
   * p̄)/n)} around the pooled centre line; Laney's p′ limits widen (or narrow) them by σ_z. Limits
   * are clamped to 0..100 %.
   *
   * @param period the period's label
   * @param n the answers in the period
   * @param value the period's share, percent
   * @param lower the p chart's lower limit, percent
   * @param upper the p chart's upper limit, percent
   * @param laneyLower the p′ chart's lower limit, percent; empty when σ_z is not defined
   * @param laneyUpper the p′ chart's upper limit, percent; empty when σ_z is not defined
   * @since 0.1
   */
  public record Limits(
      String period,
      long n,
      double value,
      double lower,
      double upper,
      OptionalDouble laneyLower,
      OptionalDouble laneyUpper) {
    /**
     * Validates the components.
     *
     * @param period the label
     * @param n the answers, positive
     * @param value the share
     * @param lower the p chart's lower limit
     * @param upper the p chart's upper limit
     * @param laneyLower the p′ lower limit
     * @param laneyUpper the p′ upper limit
     * @throws NullPointerException if a component is null
     * @throws IllegalArgumentException if n is not positive or a limit is out of order
     */
    public Limits {
      requireNonNull(period, "period");
      requireNonNull(laneyLower, "laneyLower");
      requireNonNull(laneyUpper, "laneyUpper");
      checkArgument(n > 0, "n must be positive, got %s", n);
      checkArgument(lower <= upper, "the lower limit must not exceed the upper");
      checkArgument(
          laneyLower.isPresent() == laneyUpper.isPresent(), "both Laney limits or neither");
    }

    /**
     * Returns whether the period's share is outside the p chart's limits.
     *
     * @return true on a signal
     */
    public boolean signal() {
      return value < lower || value > upper;
    }

    /**
     * Returns whether the period's share is outside the Laney p′ chart's limits.
     *
     * @return true on a signal; false when σ_z is not defined
     */
    public boolean laneySignal() {
      return laneyLower.isPresent()
          && (value < laneyLower.getAsDouble() || value > laneyUpper.getAsDouble());
    }
  }

  /**
   * A box share's p chart and Laney (2002) p′ chart over the periods with answers.
   *
   * @param centre the pooled centre line {@code p̄ = Σx / Σn}, percent
   * @param sigmaZ Laney's σ_z: the mean moving range of the periods' z scores {@code (p_i − p̄) /
   *     σ_pi} over 1.128; empty with fewer than two periods or when p̄ is 0 or 100 %
   * @param limits one entry per period with answers, in time order
   * @since 0.1
   */
  public record ControlChart(double centre, OptionalDouble sigmaZ, ImmutableList<Limits> limits) {
    /**
     * Validates and copies the components.
     *
     * @param centre the centre line
     * @param sigmaZ σ_z
     * @param limits the limits
     * @throws NullPointerException if a component is null
     * @throws IllegalArgumentException if the centre is out of 0..100
     */
    public ControlChart {
      requireNonNull(sigmaZ, "sigmaZ");
      checkArgument(centre >= 0 && centre <= 100, "the centre must be in 0..100, got %s", centre);
      limits = ImmutableList.copyOf(requireNonNull(limits, "limits"));
    }
  }

  /**
   * One series: the overall question or one touchpoint.
   *
   * @param touchpoint the touchpoint, empty for the overall question
   * @param points one per period, in time order
   * @param changes between consecutive periods ({@code points.size() − 1} of them)
   * @param vsBaseline every other period against the baseline, in time order; empty without a
   *     baseline
   * @param chart the control charts, for box shares with at least one answer
   * @since 0.1
   */
  public record Series(
      Optional<TouchpointId> touchpoint,
      ImmutableList<Point> points,
      ImmutableList<Change> changes,
      ImmutableList<Change> vsBaseline,
      Optional<ControlChart> chart) {
    /**
     * Validates and copies the components.
     *
     * @param touchpoint the touchpoint
     * @param points the points
     * @param changes the consecutive changes
     * @param vsBaseline the changes against the baseline
     * @param chart the control charts
     * @throws NullPointerException if a component is null
     * @throws IllegalArgumentException if the number of changes does not fit the points
     */
    public Series {
      requireNonNull(touchpoint, "touchpoint");
      requireNonNull(chart, "chart");
      points = ImmutableList.copyOf(requireNonNull(points, "points"));
      changes = ImmutableList.copyOf(requireNonNull(changes, "changes"));
      vsBaseline = ImmutableList.copyOf(requireNonNull(vsBaseline, "vsBaseline"));
      checkArgument(
          changes.size() == Math.max(0, points.size() - 1),
          "a series of %s points has %s consecutive changes",
          points.size(),
          Math.max(0, points.size() - 1));
    }

    /**
     * Returns the series' name: the touchpoint's id, or {@code overall}.
     *
     * @return the name
     */
    public String name() {
      return touchpoint.map(TouchpointId::value).orElse("overall");
    }

    @Override
    public String toString() {
      return "Series[" + name() + ": " + points + "]";
    }
  }
}
