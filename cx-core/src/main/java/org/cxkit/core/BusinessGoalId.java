package org.cxkit.core;

import org.cxkit.core.strategy.BusinessGoal;

/**
 * Identifies a {@link BusinessGoal}. A typed id: a {@code BusinessGoalId} can never be passed where
 * another kind of id is expected.
 *
 * <p>The value is a short, human-readable slug following {@link Ids#PATTERN}, for example {@code
 * member-growth}.
 *
 * <pre>{@code
 * BusinessGoalId id = BusinessGoalId.of("member-growth");
 * }</pre>
 *
 * @param value the slug
 */
public record BusinessGoalId(String value) implements Comparable<BusinessGoalId> {
  /**
   * Checks the slug.
   *
   * @param value the slug
   * @throws NullPointerException if {@code value} is null
   * @throws IllegalArgumentException if {@code value} is not a valid slug
   */
  public BusinessGoalId {
    Ids.check(value, "business goal id");
  }

  /**
   * Returns the id with the given slug.
   *
   * @param value a slug such as {@code member-growth}
   * @return the id
   * @throws IllegalArgumentException if {@code value} is not a valid slug
   */
  public static BusinessGoalId of(String value) {
    return new BusinessGoalId(value);
  }

  @Override
  public int compareTo(BusinessGoalId other) {
    return value.compareTo(other.value);
  }

  /** Returns the slug itself, so ids print as they are written. */
  @Override
  public String toString() {
    return value;
  }
}
