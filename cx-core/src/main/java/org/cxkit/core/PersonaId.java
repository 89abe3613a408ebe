package org.cxkit.core;

import org.cxkit.core.strategy.Persona;

/**
 * Identifies a {@link Persona}. A typed id: a {@code PersonaId} can never be passed where another
 * kind of id is expected.
 *
 * <p>The value is a short, human-readable slug following {@link Ids#PATTERN}, for example {@code
 * maria}.
 *
 * <pre>{@code
 * PersonaId id = PersonaId.of("maria");
 * }</pre>
 *
 * @param value the slug
 */
public record PersonaId(String value) implements Comparable<PersonaId> {
  /**
   * Checks the slug.
   *
   * @param value the slug
   * @throws NullPointerException if {@code value} is null
   * @throws IllegalArgumentException if {@code value} is not a valid slug
   */
  public PersonaId {
    Ids.check(value, "persona id");
  }

  /**
   * Returns the id with the given slug.
   *
   * @param value a slug such as {@code maria}
   * @return the id
   * @throws IllegalArgumentException if {@code value} is not a valid slug
   */
  public static PersonaId of(String value) {
    return new PersonaId(value);
  }

  @Override
  public int compareTo(PersonaId other) {
    return value.compareTo(other.value);
  }

  /** Returns the slug itself, so ids print as they are written. */
  @Override
  public String toString() {
    return value;
  }
}
