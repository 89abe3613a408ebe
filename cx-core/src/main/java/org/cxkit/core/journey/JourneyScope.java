package org.cxkit.core.journey;

/**
 * How much of the customer's relationship a {@link Journey} covers.
 *
 * @since 0.1
 */
public enum JourneyScope {
  /**
   * From before the customer meets the offering to after it: such a journey should cover the
   * BEFORE, DURING and AFTER phases.
   */
  END_TO_END,
  /**
   * One episode of the relationship, such as a shoeshine or a hotel check-in: its stages need not
   * span every phase.
   */
  EPISODE
}
