package org.cxkit.core.strategy;

/** What kind of {@link Offering} it is. */
public enum OfferingType {
  /** A product. */
  PRODUCT,
  /** A service. */
  SERVICE,
  /** A bundle of products and services. */
  BUNDLE
}
