package org.cxkit.core;

/** What kind of {@link Offering} it is. */
public enum OfferingType {
  /** A product. */
  PRODUCT,
  /** A service. */
  SERVICE,
  /** A bundle of products and services. */
  BUNDLE
}
