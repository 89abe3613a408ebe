package org.cxkit.core.journey;

/**
 * The four realms of an experience after Pine and Gilmore (1998), <i>Welcome to the Experience
 * Economy</i>, Harvard Business Review 76(4).
 */
public enum ExperienceRealm {
  /** The customer is immersed and passive: they enjoy being there. */
  ESTHETIC,
  /** The customer is immersed and active: they take part. */
  ESCAPIST,
  /** The customer absorbs actively: they learn. */
  EDUCATIONAL,
  /** The customer absorbs passively: they are entertained. */
  ENTERTAINMENT
}
