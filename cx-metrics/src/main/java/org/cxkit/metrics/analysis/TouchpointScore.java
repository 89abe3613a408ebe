package org.cxkit.metrics.analysis;

import static java.util.Objects.requireNonNull;

import java.util.Optional;
import java.util.OptionalDouble;
import org.cxkit.core.MeasureId;
import org.cxkit.core.MetricTarget;
import org.cxkit.core.StageId;
import org.cxkit.core.TouchpointId;
import org.cxkit.core.journey.Phase;
import org.cxkit.metrics.Interval;
import org.cxkit.metrics.MetricResult;
import org.cxkit.metrics.ScaleHistogram;

/**
 * One row of a {@link ScorecardResult}: a touchpoint's result on one measure, its target and how it
 * compares. The row's figure ({@link #value()}) is in the target's {@linkplain MetricTarget#unit()
 * unit} (a top- or good-box share in percent, NPS points, or a mean on the scale), or, without a
 * target, in the unit of the calculator's headline.
 *
 * @param touchpoint the touchpoint
 * @param stage the stage holding it
 * @param phase the stage's phase
 * @param measure the measure the row scores
 * @param result the calculator's result (n may be 0)
 * @param target the touchpoint's target for this measure, if it has one
 * @param status met, missed, too few answers, not enough data, or no target
 * @param gap the figure minus the threshold, in the target's unit, signed so that positive is
 *     better; empty unless met or missed
 * @param relativeGap the gap divided by the span of the target's unit ({@link
 *     MetricTarget.Unit#span}), so gaps on different measures compare; empty unless met or missed
 * @param adjustedP the p value of the test "the figure equals the threshold", adjusted for the
 *     number of targets judged (see {@link ScorecardResult#correction()}); empty unless met or
 *     missed
 * @since 0.1
 */
public record TouchpointScore(
    TouchpointId touchpoint,
    StageId stage,
    Phase phase,
    MeasureId measure,
    MetricResult result,
    Optional<MetricTarget> target,
    TargetStatus status,
    OptionalDouble gap,
    OptionalDouble relativeGap,
    OptionalDouble adjustedP) {
  /**
   * Validates the components.
   *
   * @param touchpoint the touchpoint
   * @param stage the stage holding it
   * @param phase the stage's phase
   * @param measure the measure the row scores
   * @param result the calculator's result (n may be 0)
   * @param target the touchpoint's target for this measure, if it has one
   * @param status met, missed, too few answers, not enough data, or no target
   * @param gap the figure minus the threshold, signed so that positive is better
   * @param relativeGap the gap divided by the span of the target's unit
   * @param adjustedP the adjusted p value of the test against the threshold
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the target is on another measure, or a p value is not in
   *     0..1
   */
  public TouchpointScore {
    requireNonNull(touchpoint, "touchpoint");
    requireNonNull(stage, "stage");
    requireNonNull(phase, "phase");
    requireNonNull(result, "result");
    requireNonNull(target, "target");
    requireNonNull(status, "status");
    requireNonNull(gap, "gap");
    requireNonNull(relativeGap, "relativeGap");
    requireNonNull(measure, "measure");
    requireNonNull(adjustedP, "adjustedP");
    if (target.isPresent() && !target.get().measure().equals(measure)) {
      throw new IllegalArgumentException("a row's target must be on the row's measure");
    }
    if (adjustedP.isPresent() && !(adjustedP.getAsDouble() >= 0 && adjustedP.getAsDouble() <= 1)) {
      throw new IllegalArgumentException("a row's adjusted p must be within 0..1");
    }
  }

  /**
   * Returns the unit of the row's figure: the target's, or without a target the unit of the
   * calculator's headline (NPS points for NPS, the good-box share for CSAT, the mean otherwise).
   *
   * @return the unit, or empty for a host's own result type without a target
   */
  public Optional<MetricTarget.Unit> unit() {
    return target.isPresent()
        ? Optional.of(target.get().unit())
        : Optional.ofNullable(TargetFigures.headlineUnit(result));
  }

  /**
   * Returns the row's figure in its {@link #unit()}: what the target's threshold is compared with.
   *
   * @return the figure, or empty without answers (or a unit)
   */
  public OptionalDouble value() {
    ScaleHistogram h = TargetFigures.histogram(result);
    Optional<MetricTarget.Unit> u = unit();
    if (h == null || u.isEmpty()) {
      return target.isEmpty() ? result.headline() : OptionalDouble.empty();
    }
    return TargetFigures.value(h, u.get());
  }

  /**
   * Returns the 95 % interval of the row's figure: Wilson for a share, adjusted Wald for NPS
   * points, Student t for a mean.
   *
   * @return the interval, or empty when the sample gives none
   */
  public Optional<Interval> interval() {
    ScaleHistogram h = TargetFigures.histogram(result);
    Optional<MetricTarget.Unit> u = unit();
    return h == null || u.isEmpty() ? Optional.empty() : TargetFigures.interval(h, u.get());
  }

  /**
   * Returns whether the row differs from its target beyond noise: its adjusted p is at most {@code
   * alpha}.
   *
   * @param alpha the significance level, such as 0.05
   * @return true if the row is judged and its adjusted p is at most alpha
   */
  public boolean isSignificant(double alpha) {
    return adjustedP.isPresent() && adjustedP.getAsDouble() <= alpha;
  }

  /**
   * Returns the calculator id of the result, such as {@code nps}.
   *
   * @return the calculator id
   */
  public String metric() {
    return result.metric();
  }

  /**
   * Returns the sample size.
   *
   * @return n
   */
  public long n() {
    return result.n();
  }

  @Override
  public String toString() {
    return touchpoint
        + " "
        + measure
        + " n="
        + n()
        + " "
        + org.cxkit.metrics.internal.Numbers.brief(value())
        + unit().map(u -> u == MetricTarget.Unit.MEAN ? " mean" : " " + u.label()).orElse("")
        + target
            .map(t -> " (target " + org.cxkit.metrics.internal.Numbers.brief(t.threshold()) + ")")
            .orElse("")
        + " "
        + status;
  }
}
