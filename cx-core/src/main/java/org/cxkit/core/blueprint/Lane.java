package org.cxkit.core.blueprint;

/**
 * A lane of a service blueprint, after Bitner, Ostrom and Morgan (2008), <i>Service Blueprinting: A
 * Practical Technique for Service Innovation</i>, California Management Review 50(3): customer
 * actions, onstage and backstage contact employee actions, support processes. Three lines separate
 * them: the line of interaction (between {@link #CUSTOMER} and {@link #ONSTAGE}), the line of
 * visibility (between {@link #ONSTAGE} and {@link #BACKSTAGE}) and the line of internal interaction
 * (between {@link #BACKSTAGE} and {@link #SUPPORT}). The constants are in that top-down order.
 *
 * @since 0.1
 */
public enum Lane {
  /** What the customer does: above the line of interaction. */
  CUSTOMER,
  /** What contact employees or systems do in the customer's sight. */
  ONSTAGE,
  /** What contact employees do out of the customer's sight, below the line of visibility. */
  BACKSTAGE,
  /**
   * What other units and systems do for the contact staff, below the line of internal interaction.
   */
  SUPPORT;

  /**
   * Returns whether the customer sees what happens in this lane (it is above the line of
   * visibility).
   *
   * @return true for {@link #CUSTOMER} and {@link #ONSTAGE}
   * @since 0.1
   */
  public boolean visible() {
    return this == CUSTOMER || this == ONSTAGE;
  }
}
