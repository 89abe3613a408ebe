package org.cxkit.core;

/** How a market {@link Insight} was found. */
public enum InsightMethod {
  /** Qualitative research (interviews, observation, workshops). */
  QUALITATIVE,
  /** Quantitative research (surveys, analytics, market data). */
  QUANTITATIVE
}
