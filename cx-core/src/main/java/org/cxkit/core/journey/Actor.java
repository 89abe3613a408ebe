package org.cxkit.core.journey;

import org.cxkit.core.internal.Args;

/**
 * Someone who takes part in a touchpoint: the customer, a role of staff, a system, a partner. A
 * communication touchpoint goes from an initiator to a receiver, as in CJML.
 *
 * <pre>{@code
 * Actor.CUSTOMER;
 * Actor.of("front desk");
 * }</pre>
 *
 * @param name a short, non-blank name
 */
public record Actor(String name) {
  /** The customer. */
  public static final Actor CUSTOMER = new Actor("customer");

  /** The organisation, when no more specific role is named. */
  public static final Actor ORGANISATION = new Actor("organisation");

  /**
   * Validates the name.
   *
   * @param name a short, non-blank name
   * @throws NullPointerException if the name is null
   * @throws IllegalArgumentException if the name is blank
   */
  public Actor {
    Args.text(name, "actor name");
  }

  /**
   * Returns an actor.
   *
   * @param name a short name such as {@code "front desk"}
   * @return the actor
   */
  public static Actor of(String name) {
    return new Actor(name);
  }

  @Override
  public String toString() {
    return name;
  }
}
