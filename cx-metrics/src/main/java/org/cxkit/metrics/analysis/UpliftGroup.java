package org.cxkit.metrics.analysis;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.util.OptionalDouble;

/**
 * One group of a {@link UpliftResult}: its size and its outcome (a percentage for a binary outcome,
 * an NPS score, or a mean).
 *
 * @param name {@code delighted}, {@code satisfied} or {@code dissatisfied}
 * @param n how many customers are in the group
 * @param outcome the group's outcome, or empty when the group is empty
 */
public record UpliftGroup(String name, long n, OptionalDouble outcome) {
  /**
   * Validates the components.
   *
   * @param name {@code delighted}, {@code satisfied} or {@code dissatisfied}
   * @param n how many customers are in the group
   * @param outcome the group's outcome, or empty when the group is empty
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if n is negative
   */
  public UpliftGroup {
    requireNonNull(name, "name");
    checkArgument(n >= 0, "n must not be negative, got %s", n);
    requireNonNull(outcome, "outcome");
  }
}
