package org.cxkit.core.management;

/**
 * A rough size: of an opportunity's expected impact or of the effort it takes.
 *
 * @since 0.1
 */
public enum Magnitude {
  /** Small. */
  LOW,
  /** Noticeable. */
  MEDIUM,
  /** Large. */
  HIGH
}
