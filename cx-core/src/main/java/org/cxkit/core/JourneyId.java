package org.cxkit.core;

import org.cxkit.core.journey.Journey;

/**
 * Identifies a {@link Journey}. A typed id: a {@code JourneyId} can never be passed where another
 * kind of id is expected.
 *
 * <p>The value is a short, human-readable slug following {@link Ids#PATTERN}, for example {@code
 * onboarding}.
 *
 * <pre>{@code
 * JourneyId id = JourneyId.of("onboarding");
 * }</pre>
 *
 * @param value the slug
 */
public record JourneyId(String value) implements Comparable<JourneyId> {
  /**
   * Checks the slug.
   *
   * @param value the slug
   * @throws NullPointerException if {@code value} is null
   * @throws IllegalArgumentException if {@code value} is not a valid slug
   */
  public JourneyId {
    Ids.check(value, "journey id");
  }

  /**
   * Returns the id with the given slug.
   *
   * @param value a slug such as {@code onboarding}
   * @return the id
   * @throws IllegalArgumentException if {@code value} is not a valid slug
   */
  public static JourneyId of(String value) {
    return new JourneyId(value);
  }

  @Override
  public int compareTo(JourneyId other) {
    return value.compareTo(other.value);
  }

  /** Returns the slug itself, so ids print as they are written. */
  @Override
  public String toString() {
    return value;
  }
}
