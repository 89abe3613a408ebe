package org.cxkit.core.observed;

/**
 * How an observed {@link JourneyEvent} ended for the customer. A {@link #FAILED} event is what CJML
 * calls a <em>failing</em> touchpoint: met, but it did not do its job.
 *
 * @since 0.1
 */
public enum Outcome {
  /** The touchpoint did what it was there for. */
  COMPLETED,
  /** The touchpoint was met but failed the customer (an error, no answer, a rejected form). */
  FAILED
}
