package org.cxkit.core.blueprint;

/**
 * How one element of a blueprint depends on another: the arrows of a service blueprint.
 *
 * @since 0.1
 */
public enum DependencyKind {
  /** The first starts the second (an order triggers the kitchen's work). */
  TRIGGERS,
  /** The first must be in place for the second to work (a reservation system enables check-in). */
  ENABLES
}
