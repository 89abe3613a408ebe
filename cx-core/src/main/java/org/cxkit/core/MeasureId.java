package org.cxkit.core;

/**
 * Identifies a {@link Measure} such as {@code nps}, {@code csat}, {@code ces} or a host's own. A
 * typed id: a {@code MeasureId} can never be passed where another kind of id is expected.
 *
 * <p>The value is a short, human-readable slug following {@link Ids#PATTERN}, for example {@code
 * nps}.
 *
 * <pre>{@code
 * MeasureId id = MeasureId.of("nps");
 * }</pre>
 *
 * @param value the slug
 */
public record MeasureId(String value) implements Comparable<MeasureId> {
  /**
   * Checks the slug.
   *
   * @param value the slug
   * @throws NullPointerException if {@code value} is null
   * @throws IllegalArgumentException if {@code value} is not a valid slug
   */
  public MeasureId {
    Ids.check(value, "measure id");
  }

  /**
   * Returns the id with the given slug.
   *
   * @param value a slug such as {@code nps}
   * @return the id
   * @throws IllegalArgumentException if {@code value} is not a valid slug
   */
  public static MeasureId of(String value) {
    return new MeasureId(value);
  }

  @Override
  public int compareTo(MeasureId other) {
    return value.compareTo(other.value);
  }

  /** Returns the slug itself, so ids print as they are written. */
  @Override
  public String toString() {
    return value;
  }
}
