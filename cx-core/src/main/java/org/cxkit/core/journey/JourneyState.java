package org.cxkit.core.journey;

/**
 * Which state of the service a {@link Journey} describes, so that an as-is and a to-be version of
 * one journey can be told apart and compared.
 *
 * @since 0.1
 */
public enum JourneyState {
  /** The service as it is today (as-is). */
  CURRENT,
  /** The service as it is meant to be (to-be). */
  FUTURE,
  /** What research found customers do, whatever the design says. */
  RESEARCH
}
