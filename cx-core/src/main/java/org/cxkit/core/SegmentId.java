package org.cxkit.core;

import org.cxkit.core.strategy.Segment;

/**
 * Identifies a {@link Segment}: a group of customers the strategy serves. A typed id: a {@code
 * SegmentId} can never be passed where another kind of id is expected.
 *
 * <p>The value is a short, human-readable slug following {@link Ids#PATTERN}, for example {@code
 * freelancers}.
 *
 * <pre>{@code
 * SegmentId id = SegmentId.of("freelancers");
 * }</pre>
 *
 * @param value the slug
 */
public record SegmentId(String value) implements Comparable<SegmentId> {
  /**
   * Checks the slug.
   *
   * @param value the slug
   * @throws NullPointerException if {@code value} is null
   * @throws IllegalArgumentException if {@code value} is not a valid slug
   */
  public SegmentId {
    Ids.check(value, "segment id");
  }

  /**
   * Returns the id with the given slug.
   *
   * @param value a slug such as {@code freelancers}
   * @return the id
   * @throws IllegalArgumentException if {@code value} is not a valid slug
   */
  public static SegmentId of(String value) {
    return new SegmentId(value);
  }

  @Override
  public int compareTo(SegmentId other) {
    return value.compareTo(other.value);
  }

  /** Returns the slug itself, so ids print as they are written. */
  @Override
  public String toString() {
    return value;
  }
}
