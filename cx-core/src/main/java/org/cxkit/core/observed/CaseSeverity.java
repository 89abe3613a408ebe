package org.cxkit.core.observed;

/**
 * How bad the failure behind a {@link FeedbackCase} was for the customer.
 *
 * @since 0.1
 */
public enum CaseSeverity {
  /** An annoyance; the customer could go on. */
  LOW,
  /** The customer was delayed or had to do extra work. */
  MEDIUM,
  /** The customer could not go on without help. */
  HIGH,
  /** The customer lost money, rights or safety, or left. */
  CRITICAL
}
