package org.cxkit.core;

import org.cxkit.core.strategy.Offering;

/**
 * Identifies an {@link Offering}: a product, service or bundle. A typed id: a {@code OfferingId}
 * can never be passed where another kind of id is expected.
 *
 * <p>The value is a short, human-readable slug following {@link Ids#PATTERN}, for example {@code
 * waffle-wednesday}.
 *
 * <pre>{@code
 * OfferingId id = OfferingId.of("waffle-wednesday");
 * }</pre>
 *
 * @param value the slug
 */
public record OfferingId(String value) implements Comparable<OfferingId> {
  /**
   * Checks the slug.
   *
   * @param value the slug
   * @throws NullPointerException if {@code value} is null
   * @throws IllegalArgumentException if {@code value} is not a valid slug
   */
  public OfferingId {
    Ids.check(value, "offering id");
  }

  /**
   * Returns the id with the given slug.
   *
   * @param value a slug such as {@code waffle-wednesday}
   * @return the id
   * @throws IllegalArgumentException if {@code value} is not a valid slug
   */
  public static OfferingId of(String value) {
    return new OfferingId(value);
  }

  @Override
  public int compareTo(OfferingId other) {
    return value.compareTo(other.value);
  }

  /** Returns the slug itself, so ids print as they are written. */
  @Override
  public String toString() {
    return value;
  }
}
