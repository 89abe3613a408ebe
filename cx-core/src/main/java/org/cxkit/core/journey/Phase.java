package org.cxkit.core.journey;

/**
 * The universal phase of a customer journey that a {@link Stage} belongs to. Stages of a journey
 * never go backwards in phase.
 */
public enum Phase {
  /** Before the service: becoming aware, considering, choosing, signing up. */
  BEFORE,
  /** During the service: using it, being served. */
  DURING,
  /** After the service: follow-up, support, loyalty, coming back. */
  AFTER
}
