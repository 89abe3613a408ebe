package org.cxkit.core;

import org.cxkit.core.journey.Stage;

/**
 * Identifies a {@link Stage} within its journey. A typed id: a {@code StageId} can never be passed
 * where another kind of id is expected.
 *
 * <p>The value is a short, human-readable slug following {@link Ids#PATTERN}, for example {@code
 * discover}.
 *
 * <pre>{@code
 * StageId id = StageId.of("discover");
 * }</pre>
 *
 * @param value the slug
 */
public record StageId(String value) implements Comparable<StageId> {
  /**
   * Checks the slug.
   *
   * @param value the slug
   * @throws NullPointerException if {@code value} is null
   * @throws IllegalArgumentException if {@code value} is not a valid slug
   */
  public StageId {
    Ids.check(value, "stage id");
  }

  /**
   * Returns the id with the given slug.
   *
   * @param value a slug such as {@code discover}
   * @return the id
   * @throws IllegalArgumentException if {@code value} is not a valid slug
   */
  public static StageId of(String value) {
    return new StageId(value);
  }

  @Override
  public int compareTo(StageId other) {
    return value.compareTo(other.value);
  }

  /** Returns the slug itself, so ids print as they are written. */
  @Override
  public String toString() {
    return value;
  }
}
