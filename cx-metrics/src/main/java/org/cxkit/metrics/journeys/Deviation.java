package org.cxkit.metrics.journeys;

import static java.util.Objects.requireNonNull;

import org.cxkit.core.observed.Step;

/**
 * One way an actual journey departs from the design, as CJML (SINTEF's Customer Journey Modeling
 * Language) names them, with the step it concerns.
 *
 * @param kind what kind of departure
 * @param step the touchpoint (or, for {@link Kind#AD_HOC}, the ad hoc step)
 * @since 0.1
 */
public record Deviation(Kind kind, Step step) {
  /**
   * The kinds of departure from the design. Which events and touchpoints get which kind follows
   * from the chosen optimal {@link Alignment}.
   *
   * @since 0.1
   */
  public enum Kind {
    /** A step the design does not have: an ad hoc label, or a touchpoint id not in the journey. */
    AD_HOC,
    /** A designed touchpoint the journey should have met and did not (a model move). */
    MISSING,
    /** A designed touchpoint met with a {@code FAILED} outcome (whether in order or not). */
    FAILING,
    /** A designed touchpoint met where the design does not lead to it (a log move). */
    IRREGULAR_SEQUENCE
  }

  /**
   * Validates the components.
   *
   * @param kind what kind of departure
   * @param step the step
   * @throws NullPointerException if an argument is null
   */
  public Deviation {
    requireNonNull(kind, "kind");
    requireNonNull(step, "step");
  }

  /** Returns {@code MISSING book-table}. */
  @Override
  public String toString() {
    return kind + " " + step;
  }
}
