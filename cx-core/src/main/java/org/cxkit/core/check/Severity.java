package org.cxkit.core.check;

/** How much a {@link Finding} of {@link ModelCheck} matters. */
public enum Severity {
  /** The design is likely to fail customers or mislead the team; fix before going live. */
  HIGH,
  /** An important gap in the design; fix soon. */
  MEDIUM,
  /** Advice from good practice; consider it. */
  LOW
}
