package org.cxkit.core.journey;

/** How the knowledge behind a journey was gathered (see {@link Provenance}). */
public enum ResearchMethod {
  /** A co-design workshop. */
  WORKSHOP,
  /** Interviews with customers. */
  CUSTOMER_INTERVIEW,
  /** Interviews with frontline staff. */
  FRONTLINE_INTERVIEW,
  /** Observing customers or staff. */
  OBSERVATION,
  /** Customers kept a diary. */
  DIARY_STUDY,
  /** A survey. */
  SURVEY,
  /** Event logs or analytics data. */
  EVENT_LOG,
  /** The team's own assumptions, not yet checked. */
  ASSUMPTION
}
