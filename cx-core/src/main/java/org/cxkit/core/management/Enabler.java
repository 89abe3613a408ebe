package org.cxkit.core.management;

/**
 * What the employees who deliver a touchpoint have to serve the customer well.
 *
 * @since 0.1
 */
public enum Enabler {
  /** The systems and equipment the work needs. */
  TOOLS,
  /** Training for the situations they meet. */
  TRAINING,
  /** The authority to solve the customer's problem themselves, at the first contact. */
  AUTHORITY
}
