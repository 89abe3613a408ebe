package org.cxkit.core;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.util.Locale;
import java.util.Objects;
import java.util.OptionalDouble;
import org.jspecify.annotations.Nullable;

/**
 * What a touchpoint is measured with, <em>which figure</em> of the answers is judged, and the value
 * that counts as good. The {@link Unit} says what the threshold is compared with, so a threshold
 * cannot be read on the wrong scale: 80 as a share of the good box is 80 %, 4.2 as a mean is 4.2 on
 * the measure's scale, 30 as NPS points is a net score of 30.
 *
 * <pre>{@code
 * MetricTarget.goodBoxShare("csat", 80);   // 80 % or more answer 4 or 5 (CSAT's top-2 box)
 * MetricTarget.topBoxShare("csat", 40);    // 40 % or more answer 5
 * MetricTarget.npsPoints("nps", 30);       // an NPS of 30 or more
 * MetricTarget.mean("ces", 5.5);           // a mean of 5.5 or more on CES's 1..7 scale
 * }</pre>
 *
 * <p>A box share is higher-is-better whatever the scale's direction (the boxes are counted from the
 * better end); a mean follows the measure's {@link Scale#better() direction}. A result equal to the
 * threshold meets it.
 *
 * <p>The factories check what the unit alone rules out (a share outside 0..100, NPS points outside
 * −100..100, a threshold that is not finite). What depends on the measure (a mean within the
 * scale's range, NPS points on a scale with a bottom box) is checked when the {@link CxModel} is
 * built, with the target's path and the valid range in the problem; see {@link Unit#lowest(Scale)}
 * and {@link Unit#fits(Scale)}.
 *
 * <p>Instances are immutable and compare by value.
 *
 * @since 0.1
 */
public final class MetricTarget {
  /**
   * Which figure of a measure's answers a target's threshold is compared with, and so which unit
   * the threshold is in.
   *
   * @since 0.1
   */
  public enum Unit {
    /** The share of answers in the scale's top box, in percent (0..100). */
    TOP_BOX_PERCENT("% top box"),
    /** The share of answers in the scale's good box (CSAT's top-2 box), in percent (0..100). */
    GOOD_BOX_PERCENT("% good box"),
    /**
     * A net score in points (−100..100): the top-box share minus the bottom-box share in percent,
     * which on the NPS scale is the Net Promoter Score (promoters 9–10 minus detractors 0–6).
     */
    NPS_POINTS("NPS points"),
    /**
     * The mean: of the answers, a value on a survey measure's scale (its min..max); of the values,
     * in an {@linkplain OperationalMeasure operational measure}'s unit.
     */
    MEAN("mean"),
    /**
     * The median of an {@linkplain OperationalMeasure operational measure}'s values, in its unit.
     *
     * @since 0.1
     */
    MEDIAN("median"),
    /**
     * The 90th percentile of an {@linkplain OperationalMeasure operational measure}'s values, in
     * its unit: the value nine in ten cases stay within.
     *
     * @since 0.1
     */
    P90("90th percentile");

    private final String label;

    Unit(String label) {
      this.label = label;
    }

    /**
     * Returns the lowest threshold this unit allows on a scale: 0 for shares, −100 for NPS points,
     * the scale's min for a mean.
     *
     * @param scale the measure's scale
     * @return the lowest valid threshold
     */
    public double lowest(Scale scale) {
      requireNonNull(scale, "scale");
      return switch (this) {
        case TOP_BOX_PERCENT, GOOD_BOX_PERCENT -> 0;
        case NPS_POINTS -> -100;
        case MEAN, MEDIAN, P90 -> scale.min();
      };
    }

    /**
     * Returns the highest threshold this unit allows on a scale: 100 for shares and NPS points, the
     * scale's max for a mean.
     *
     * @param scale the measure's scale
     * @return the highest valid threshold
     */
    public double highest(Scale scale) {
      requireNonNull(scale, "scale");
      return isValue() ? scale.max() : 100;
    }

    /**
     * Returns the width of the range this unit's figure lives on, used to compare gaps to targets
     * across measures: 100 for shares, 200 for NPS points, {@code points − 1} for a mean.
     *
     * @param scale the measure's scale
     * @return a positive span
     */
    public double span(Scale scale) {
      return highest(scale) - lowest(scale);
    }

    /**
     * Returns whether this unit can be computed on a survey scale at all: NPS points need a bottom
     * box (the detractors); the median and the 90th percentile are for operational measures; every
     * other unit fits every scale.
     *
     * @param scale the measure's scale
     * @return true if a target in this unit can be judged on the scale
     */
    public boolean fits(Scale scale) {
      requireNonNull(scale, "scale");
      return this == NPS_POINTS ? scale.bottomBox() > 0 : this != MEDIAN && this != P90;
    }

    /**
     * Returns whether this unit can be computed on an operational measure's values: the mean, the
     * median and the 90th percentile can; box shares and NPS points cannot.
     *
     * @return true for {@link #MEAN}, {@link #MEDIAN} and {@link #P90}
     * @since 0.1
     */
    public boolean fitsOperational() {
      return isValue();
    }

    private boolean isValue() {
      return this == MEAN || this == MEDIAN || this == P90;
    }

    /**
     * Returns whether a higher figure is better on a scale: always for shares and NPS points, the
     * scale's direction for a mean.
     *
     * @param scale the measure's scale
     * @return true if higher is better
     */
    public boolean higherIsBetter(Scale scale) {
      requireNonNull(scale, "scale");
      return !isValue() || scale.better() == Direction.HIGHER_IS_BETTER;
    }

    /**
     * Returns what a threshold in this unit is and its valid range on a scale, in English, such as
     * {@code a good-box share in percent, 0..100}: the wording of a model problem.
     *
     * @param scale the measure's scale
     * @return the description
     */
    public String describe(Scale scale) {
      String range = number(lowest(scale)) + ".." + number(highest(scale));
      return switch (this) {
        case TOP_BOX_PERCENT -> "a top-box share in percent, " + range;
        case GOOD_BOX_PERCENT -> "a good-box share in percent, " + range;
        case NPS_POINTS -> "NPS points, " + range;
        case MEAN -> "a mean on the measure's scale, " + range;
        case MEDIAN, P90 -> "a " + label + " of an operational measure's values";
      };
    }

    /**
     * Returns a short English label for tables and one-line summaries, such as {@code % good box}.
     *
     * @return the label
     */
    public String label() {
      return label;
    }
  }

  private final MeasureId measure;
  private final Unit unit;
  private final double threshold;
  private final @Nullable Double tolerance;

  private MetricTarget(MeasureId measure, Unit unit, double threshold) {
    this(measure, unit, threshold, null);
  }

  private MetricTarget(MeasureId measure, Unit unit, double threshold, @Nullable Double tolerance) {
    this.measure = requireNonNull(measure, "measure");
    this.unit = requireNonNull(unit, "unit");
    checkArgument(Double.isFinite(threshold), "a target's threshold must be a finite number");
    checkUnitRange(unit, threshold, "");
    // normalise -0.0, which would otherwise compare as a different value
    this.threshold = threshold == 0.0 ? 0.0 : threshold;
    if (tolerance != null) {
      checkArgument(Double.isFinite(tolerance), "a target's tolerance must be a finite number");
      checkUnitRange(unit, tolerance, "'s tolerance");
      checkArgument(
          tolerance != threshold,
          "a target's tolerance limit must differ from its threshold (a band of width 0 is no"
              + " tolerance)");
      this.tolerance = tolerance == 0.0 ? 0.0 : tolerance;
    } else {
      this.tolerance = null;
    }
  }

  private static void checkUnitRange(Unit unit, double value, String what) {
    if (!unit.isValue()) {
      double lo = unit == Unit.NPS_POINTS ? -100 : 0;
      checkArgument(
          value >= lo && value <= 100,
          "a target%s in %s must be within %s..100",
          what,
          unit.label(),
          (int) lo);
    }
  }

  /**
   * Returns a target.
   *
   * @param measure the measure
   * @param unit which figure the threshold is compared with
   * @param threshold the value that counts as good, in the unit
   * @return the target
   * @throws NullPointerException if {@code measure} or {@code unit} is null
   * @throws IllegalArgumentException if the threshold is not finite, or a share outside 0..100, or
   *     NPS points outside −100..100
   */
  public static MetricTarget of(MeasureId measure, Unit unit, double threshold) {
    return new MetricTarget(measure, unit, threshold);
  }

  /**
   * Returns a target on the share of answers in the measure's top box.
   *
   * @param measure the measure id, such as {@code csat}
   * @param percent the share that counts as good, 0..100
   * @return the target
   * @throws IllegalArgumentException if the id is malformed or the share is outside 0..100
   */
  public static MetricTarget topBoxShare(String measure, double percent) {
    return new MetricTarget(MeasureId.of(measure), Unit.TOP_BOX_PERCENT, percent);
  }

  /**
   * Returns a target on the share of answers in the measure's good box (CSAT's top-2 box).
   *
   * @param measure the measure id, such as {@code csat}
   * @param percent the share that counts as good, 0..100
   * @return the target
   * @throws IllegalArgumentException if the id is malformed or the share is outside 0..100
   */
  public static MetricTarget goodBoxShare(String measure, double percent) {
    return new MetricTarget(MeasureId.of(measure), Unit.GOOD_BOX_PERCENT, percent);
  }

  /**
   * Returns a target on the net score in points: the top-box share minus the bottom-box share,
   * which on the NPS scale is the Net Promoter Score.
   *
   * @param measure the measure id, such as {@code nps}
   * @param points the score that counts as good, −100..100
   * @return the target
   * @throws IllegalArgumentException if the id is malformed or the points are outside −100..100
   */
  public static MetricTarget npsPoints(String measure, double points) {
    return new MetricTarget(MeasureId.of(measure), Unit.NPS_POINTS, points);
  }

  /**
   * Returns a target on the mean answer, a value on the measure's scale (checked against the scale
   * when the model is built).
   *
   * @param measure the measure id, such as {@code ces}
   * @param value the mean that counts as good
   * @return the target
   * @throws IllegalArgumentException if the id is malformed or the value is not finite
   */
  public static MetricTarget mean(String measure, double value) {
    return new MetricTarget(MeasureId.of(measure), Unit.MEAN, value);
  }

  /**
   * Returns the measure.
   *
   * @return the measure's id
   */
  public MeasureId measure() {
    return measure;
  }

  /**
   * Returns which figure the threshold is compared with.
   *
   * @return the unit
   */
  public Unit unit() {
    return unit;
  }

  /**
   * Returns the value that counts as good, in the {@link #unit()}.
   *
   * @return the threshold
   */
  public double threshold() {
    return threshold;
  }

  /**
   * Returns this target with a tolerance band: a figure between the threshold and {@code limit}
   * misses the target but is within tolerance, as Shostack's (1984) execution-time standards are
   * tolerated up to a longer time before the customer's view of quality drops. The limit lies on
   * the worse side of the threshold (above it where lower is better); which side that is depends on
   * the measure, so the model checks it when it is built.
   *
   * <pre>{@code
   * MetricTarget.of(MeasureId.of("shine-time"), Unit.MEAN, 120).withTolerance(300);
   * MetricTarget.npsPoints("nps", 30).withTolerance(20);
   * }</pre>
   *
   * @param limit the worst figure still tolerated, in the target's unit
   * @return a target equal to this one but for its tolerance
   * @throws IllegalArgumentException if the limit is not finite, equals the threshold, or lies
   *     outside the unit's range (0..100 for shares, −100..100 for NPS points)
   * @since 0.1
   */
  public MetricTarget withTolerance(double limit) {
    return new MetricTarget(measure, unit, threshold, limit);
  }

  /**
   * Returns this target without a tolerance band.
   *
   * @return a target equal to this one but with no tolerance
   * @since 0.1
   */
  public MetricTarget withoutTolerance() {
    return tolerance == null ? this : new MetricTarget(measure, unit, threshold);
  }

  /**
   * Returns the tolerance limit: the worst figure still within tolerance, if the target has a band.
   *
   * @return the limit in the target's unit, or empty
   * @since 0.1
   */
  public OptionalDouble tolerance() {
    return tolerance == null ? OptionalDouble.empty() : OptionalDouble.of(tolerance);
  }

  /**
   * Returns whether this target can be judged on a scale: its unit {@linkplain Unit#fits fits} the
   * scale and the threshold (and the tolerance limit, if any) lies within {@link
   * Unit#lowest(Scale)}..{@link Unit#highest(Scale)}.
   *
   * @param scale the measure's scale
   * @return true if the target is possible on the scale
   */
  public boolean isPossibleOn(Scale scale) {
    return unit.fits(scale)
        && within(threshold, unit.lowest(scale), unit.highest(scale))
        && (tolerance == null || within(tolerance, unit.lowest(scale), unit.highest(scale)));
  }

  /**
   * Returns whether this target can be judged on an operational measure: its unit {@linkplain
   * Unit#fitsOperational() fits} operational values and the threshold (and tolerance limit) lie
   * within the measure's unit (not negative; at most 100 in percent).
   *
   * @param measure the operational measure
   * @return true if the target is possible on the measure
   * @since 0.1
   */
  public boolean isPossibleOn(OperationalMeasure measure) {
    requireNonNull(measure, "measure");
    OperationalMeasure.Unit u = measure.unit();
    return unit.fitsOperational()
        && within(threshold, u.lowest(), u.highest())
        && (tolerance == null || within(tolerance, u.lowest(), u.highest()));
  }

  private static boolean within(double v, double lo, double hi) {
    return v >= lo && v <= hi;
  }

  /**
   * Returns whether the tolerance limit, if any, lies on the worse side of the threshold for a
   * direction: below it where higher is better, above it where lower is better. A target without a
   * band is always well-sided.
   *
   * @param higherIsBetter whether a higher figure is better (see {@link Unit#higherIsBetter(Scale)}
   *     and {@link OperationalMeasure#higherIsBetter()})
   * @return true if the band lies beyond the threshold on the worse side
   * @since 0.1
   */
  public boolean toleranceIsWorseSide(boolean higherIsBetter) {
    return tolerance == null || (higherIsBetter ? tolerance < threshold : tolerance > threshold);
  }

  /**
   * Returns whether a figure meets this target (equal meets).
   *
   * @param value the figure, in the target's unit
   * @param higherIsBetter whether a higher figure is better
   * @return true if the value meets the threshold
   * @since 0.1
   */
  public boolean isMetBy(double value, boolean higherIsBetter) {
    return higherIsBetter ? value >= threshold : value <= threshold;
  }

  /**
   * Returns whether a figure that does not meet this target is still within its tolerance band
   * (equal to the limit is within). Without a band, no figure is within tolerance.
   *
   * @param value the figure, in the target's unit
   * @param higherIsBetter whether a higher figure is better
   * @return true if the value misses the threshold but not the tolerance limit
   * @since 0.1
   */
  public boolean isWithinToleranceBy(double value, boolean higherIsBetter) {
    if (tolerance == null || isMetBy(value, higherIsBetter)) {
      return false;
    }
    return higherIsBetter ? value >= tolerance : value <= tolerance;
  }

  /**
   * Returns whether a figure in this target's unit meets it on a scale (equal meets).
   *
   * @param value the figure, in the target's unit
   * @param scale the measure's scale (its direction decides for a mean)
   * @return true if the value meets the threshold
   */
  public boolean isMetBy(double value, Scale scale) {
    return isMetBy(value, unit.higherIsBetter(scale));
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof MetricTarget t
        && measure.equals(t.measure)
        && unit == t.unit
        && Double.compare(threshold, t.threshold) == 0
        && Objects.equals(tolerance, t.tolerance);
  }

  @Override
  public int hashCode() {
    return Objects.hash(measure, unit, threshold, tolerance);
  }

  /**
   * Returns one line such as {@code csat target 80 % good box}, {@code ces target mean 5.5} or
   * {@code wait target median 30 tolerating 45}.
   */
  @Override
  public String toString() {
    String value = figure(threshold);
    return measure
        + " target "
        + (unit.isValue() ? unit.label() + " " + value : value + " " + unit.label())
        + (tolerance == null ? "" : " tolerating " + figure(tolerance));
  }

  private static String figure(double v) {
    return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
  }

  private static String number(double d) {
    return d == Math.rint(d) ? Long.toString((long) d) : String.format(Locale.ROOT, "%s", d);
  }
}
