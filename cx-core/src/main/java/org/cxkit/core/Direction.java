package org.cxkit.core;

/** Which end of a {@link Scale} is better. */
public enum Direction {
  /** Higher points are better (NPS, CSAT). */
  HIGHER_IS_BETTER,
  /** Lower points are better (for example an effort scale where 1 means very easy). */
  LOWER_IS_BETTER
}
