package org.cxkit.core.blueprint;

/**
 * What kind of party an actor of a journey is, as CJML's actor types and a blueprint's lanes tell
 * them apart.
 *
 * @since 0.1
 */
public enum ActorType {
  /** The customer or end user whose journey it is (or another person on their side). */
  END_USER,
  /** Staff who meet the customer: service providers, front desk, drivers. */
  FRONTLINE,
  /** Staff who work out of the customer's sight. */
  BACKSTAGE_STAFF,
  /** A system: an app, a website, a booking or payment system. */
  SYSTEM,
  /** Another organisation: a subcontractor, a carrier, a reseller, a public body. */
  PARTNER;

  /**
   * Returns whether this is the customer's side.
   *
   * @return true for {@link #END_USER}
   * @since 0.1
   */
  public boolean isCustomer() {
    return this == END_USER;
  }
}
