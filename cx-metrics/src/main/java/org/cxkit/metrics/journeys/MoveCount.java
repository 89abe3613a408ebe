package org.cxkit.metrics.journeys;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import org.cxkit.core.observed.Step;

/**
 * How often customers went from one step straight to the next.
 *
 * @param from the step before
 * @param to the step after
 * @param count how often; not negative
 * @since 0.1
 */
public record MoveCount(Step from, Step to, long count) {
  /**
   * Validates the components.
   *
   * @param from the step before
   * @param to the step after
   * @param count how often
   * @throws NullPointerException if a step is null
   * @throws IllegalArgumentException if the count is negative
   */
  public MoveCount {
    requireNonNull(from, "from");
    requireNonNull(to, "to");
    checkArgument(count >= 0, "count must not be negative, got %s", count);
  }

  /** Returns {@code book-table -> compare-dates: 12}. */
  @Override
  public String toString() {
    return from + " -> " + to + ": " + count;
  }
}
