package org.cxkit.metrics.analysis;

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
   * Answers, but fewer than the scorecard's minimum n: the row keeps its value and interval, but
   * the target is not judged (neither met nor missed).
   */
  TOO_FEW,
  /** No value to judge: no answers at all (or a result without a value). */
  NOT_ENOUGH_DATA,
  /** The touchpoint has data for this measure but no target for it. */
  NO_TARGET
}
