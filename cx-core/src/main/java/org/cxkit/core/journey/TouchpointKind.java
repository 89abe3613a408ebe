package org.cxkit.core.journey;

/**
 * The kind of a {@link Touchpoint}, as in the Customer Journey Modeling Language (CJML, Halvorsrud
 * et al. 2016).
 */
public enum TouchpointKind {
  /** A message from an initiator to a receiver (an e-mail, a call, a letter). */
  COMMUNICATION,
  /** Something an actor does (signs up, arrives, pays). */
  ACTION
}
