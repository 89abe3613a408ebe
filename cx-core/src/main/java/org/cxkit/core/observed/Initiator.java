package org.cxkit.core.observed;

/**
 * Who started an observed {@link JourneyEvent}: as in CJML, a communication goes from an initiator
 * to a receiver, and the same touchpoint means something else when the customer has to chase the
 * organisation than when the organisation reaches out.
 *
 * @since 0.1
 */
public enum Initiator {
  /** The customer started it (a call, a visit, a click). */
  CUSTOMER,
  /** The organisation started it (a letter, a reminder, a call back). */
  ORGANISATION,
  /** Someone else started it: a partner, another service, a friend. */
  THIRD_PARTY
}
