package org.cxkit.core;

import org.cxkit.core.journey.Touchpoint;

/**
 * Identifies a {@link Touchpoint} within its journey. A typed id: a {@code TouchpointId} can never
 * be passed where another kind of id is expected.
 *
 * <p>The value is a short, human-readable slug following {@link Ids#PATTERN}, for example {@code
 * sign-up}.
 *
 * <pre>{@code
 * TouchpointId id = TouchpointId.of("sign-up");
 * }</pre>
 *
 * @param value the slug
 */
public record TouchpointId(String value) implements Comparable<TouchpointId> {
  /**
   * Checks the slug.
   *
   * @param value the slug
   * @throws NullPointerException if {@code value} is null
   * @throws IllegalArgumentException if {@code value} is not a valid slug
   */
  public TouchpointId {
    Ids.check(value, "touchpoint id");
  }

  /**
   * Returns the id with the given slug.
   *
   * @param value a slug such as {@code sign-up}
   * @return the id
   * @throws IllegalArgumentException if {@code value} is not a valid slug
   */
  public static TouchpointId of(String value) {
    return new TouchpointId(value);
  }

  @Override
  public int compareTo(TouchpointId other) {
    return value.compareTo(other.value);
  }

  /** Returns the slug itself, so ids print as they are written. */
  @Override
  public String toString() {
    return value;
  }
}
