package org.cxkit.core.journey;

/** Where a designed {@link Journey} is in its life. */
public enum JourneyStatus {
  /** Being drawn; not yet checked with anyone. */
  DRAFT,
  /** Being checked with customers and frontline staff. */
  IN_VALIDATION,
  /** Checked with customers and frontline staff. */
  VALIDATED,
  /** Running and measured. */
  LIVE,
  /** No longer offered; kept for history. */
  RETIRED
}
