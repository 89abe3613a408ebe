package org.cxkit.core.strategy;

/** How a market {@link Insight} was found. */
public enum InsightMethod {
  /** Qualitative research (interviews, observation, workshops). */
  QUALITATIVE,
  /** Quantitative research (surveys, analytics, market data). */
  QUANTITATIVE
}
