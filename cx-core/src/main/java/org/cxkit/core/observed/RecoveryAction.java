package org.cxkit.core.observed;

/**
 * What was done to recover a customer whose experience failed, recorded on a {@link FeedbackCase}.
 * A discount is not the only way to handle a complaint: an apology or being listened to may be
 * enough, which is why the actions are kept apart and compared.
 *
 * @since 0.1
 */
public enum RecoveryAction {
  /** The organisation apologised. */
  APOLOGY,
  /** Someone listened to the customer and acknowledged the problem. */
  LISTENING,
  /** The problem itself was fixed (the missing step done, the error corrected). */
  FIX,
  /** The customer was compensated: a refund, a discount, a gift. */
  COMPENSATION
}
