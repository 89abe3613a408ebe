package org.cxkit.core.strategy;

/** How maturely an organisation manages its customer experience (self-assessed). */
public enum MaturityLevel {
  /** Experiences happen by chance; nobody designs or measures them. */
  RANDOM,
  /** Experiences meet expectations in places; some design and measurement. */
  EXPECTED,
  /** Experiences are designed, measured and improved continuously. */
  MANAGED
}
