package org.cxkit.core.journey;

/**
 * Who owns a {@link Touchpoint}, after Lemon and Verhoef (2016), <i>Understanding Customer
 * Experience Throughout the Customer Journey</i>, Journal of Marketing 80(6).
 */
public enum Ownership {
  /** Designed and managed by the organisation itself. */
  BRAND,
  /** Designed or run by a partner (an agency, a reseller, a subcontractor). */
  PARTNER,
  /** Controlled by the customer (their own choices and actions). */
  CUSTOMER,
  /** External or social: other customers, peers, media, independent sources. */
  SOCIAL
}
