package org.cxkit.core.blueprint;

import static java.util.Objects.requireNonNull;

import org.cxkit.core.Ids;

/**
 * An arrow of a service blueprint: one element of a journey (a touchpoint or a support process, by
 * id) triggers or enables another.
 *
 * <pre>{@code
 * Dependency.of("reservations", DependencyKind.ENABLES, "check-in");
 * }</pre>
 *
 * @param from the id of the touchpoint or support process the arrow leaves
 * @param kind how the second depends on the first
 * @param to the id of the touchpoint or support process the arrow enters
 * @since 0.1
 */
public record Dependency(String from, DependencyKind kind, String to) {
  /**
   * Validates the components.
   *
   * @param from the element the arrow leaves
   * @param kind how the second depends on the first
   * @param to the element the arrow enters
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if an id is malformed, or an element depends on itself
   * @since 0.1
   */
  public Dependency {
    requireNonNull(from, "from");
    requireNonNull(kind, "kind");
    requireNonNull(to, "to");
    if (!Ids.isValid(from) || !Ids.isValid(to)) {
      throw new IllegalArgumentException(
          "a dependency joins two elements by id (lower-case letters and digits joined by '-',"
              + " '_' or '.'); "
              + (Ids.isValid(from) ? "to" : "from")
              + " is not one");
    }
    if (from.equals(to)) {
      throw new IllegalArgumentException("an element cannot trigger or enable itself");
    }
  }

  /**
   * Returns a dependency.
   *
   * @param from the element the arrow leaves
   * @param kind how the second depends on the first
   * @param to the element the arrow enters
   * @return the dependency
   * @since 0.1
   */
  public static Dependency of(String from, DependencyKind kind, String to) {
    return new Dependency(from, kind, to);
  }

  @Override
  public String toString() {
    return from + " -" + kind + "-> " + to;
  }
}
