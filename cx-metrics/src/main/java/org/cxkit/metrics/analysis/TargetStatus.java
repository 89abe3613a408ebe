package org.cxkit.metrics.analysis;

/** How a touchpoint's result compares with its target. */
public enum TargetStatus {
  /** The headline value meets the target (equal counts as met). */
  MET,
  /** The headline value misses the target. */
  MISSED,
  /** Too few responses to judge (below the scorecard's minimum n, or no value at all). */
  NOT_ENOUGH_DATA,
  /** The touchpoint has data for this measure but no target for it. */
  NO_TARGET
}
