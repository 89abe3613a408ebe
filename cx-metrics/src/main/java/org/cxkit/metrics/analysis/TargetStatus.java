package org.cxkit.metrics.analysis;

import static java.util.Objects.requireNonNull;

import org.cxkit.core.MetricTarget;

/**
 * How a touchpoint's result compares with its target. Met and missed compare the point estimate
 * with the threshold; whether the difference is beyond noise is the row's {@linkplain
 * TouchpointScore#adjustedP() adjusted p}.
 */
public enum TargetStatus {
  /** The headline value meets the target (equal counts as met). */
  MET,
  /** The headline value misses the target. */
  MISSED,
  /**
   * The headline value misses the target's threshold but not its {@linkplain
   * MetricTarget#tolerance() tolerance limit}: neither met nor missed, as Shostack's (1984)
   * execution times between the standard and the tolerance are.
   *
   * @since 0.1
   */
  WITHIN_TOLERANCE,
  /**
   * Answers, but fewer than the scorecard's minimum n: the row keeps its value and interval, but
   * the target is not judged (neither met nor missed).
   */
  TOO_FEW,
  /** No value to judge: no answers at all (or a result without a value). */
  NOT_ENOUGH_DATA,
  /** The touchpoint has data for this measure but no target for it. */
  NO_TARGET;

  /**
   * Returns how a figure compares with a target: met, within its tolerance band, or missed.
   *
   * @param target the target
   * @param value the figure, in the target's unit
   * @param higherIsBetter whether a higher figure is better
   * @return {@link #MET}, {@link #WITHIN_TOLERANCE} or {@link #MISSED}
   * @since 0.1
   */
  public static TargetStatus of(MetricTarget target, double value, boolean higherIsBetter) {
    requireNonNull(target, "target");
    if (target.isMetBy(value, higherIsBetter)) {
      return MET;
    }
    return target.isWithinToleranceBy(value, higherIsBetter) ? WITHIN_TOLERANCE : MISSED;
  }
}
