package org.cxkit.core.strategy;

/**
 * The four perspectives of an {@link ExperienceIntent}: what the intended experience does for the
 * customer.
 */
public enum IntentPerspective {
  /** It supports the customer's self-image: who they are or want to be. */
  SUPPORTS_SELF_IMAGE,
  /** It surprises the customer positively. */
  SURPRISES,
  /** It is remembered and retold. */
  IS_REMEMBERED,
  /** It makes the customer want more: to come back, to buy again. */
  MAKES_THEM_WANT_MORE
}
