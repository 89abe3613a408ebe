package org.cxkit.metrics.analysis;

import static java.util.Objects.requireNonNull;

import java.util.Optional;
import java.util.OptionalDouble;
import org.cxkit.core.MetricTarget;
import org.cxkit.core.StageId;
import org.cxkit.core.TouchpointId;
import org.cxkit.core.journey.Phase;
import org.cxkit.metrics.MetricResult;

/**
 * One row of a {@link ScorecardResult}: a touchpoint's result on one measure, its target and how it
 * compares.
 *
 * @param touchpoint the touchpoint
 * @param stage the stage holding it
 * @param phase the stage's phase
 * @param result the calculator's result (n may be 0)
 * @param target the touchpoint's target for this measure, if it has one
 * @param status met, missed, not enough data, or no target
 * @param gap the headline minus the threshold, signed so that positive is better; empty unless met
 *     or missed
 * @param relativeGap the gap divided by the headline's span ({@link MetricResult#headlineSpan()}),
 *     so gaps on different measures compare; empty unless met or missed
 */
public record TouchpointScore(
    TouchpointId touchpoint,
    StageId stage,
    Phase phase,
    MetricResult result,
    Optional<MetricTarget> target,
    TargetStatus status,
    OptionalDouble gap,
    OptionalDouble relativeGap) {
  /**
   * Validates the components.
   *
   * @param touchpoint the touchpoint
   * @param stage the stage holding it
   * @param phase the stage's phase
   * @param result the calculator's result (n may be 0)
   * @param target the touchpoint's target for this measure, if it has one
   * @param status met, missed, not enough data, or no target
   * @param gap the headline minus the threshold, signed so that positive is better
   * @param relativeGap the gap divided by the headline's span
   * @throws NullPointerException if an argument is null
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
        + result.metric()
        + " n="
        + n()
        + " "
        + org.cxkit.metrics.internal.Numbers.brief(result.headline())
        + target.map(t -> " (target " + t.threshold() + ")").orElse("")
        + " "
        + status;
  }
}
