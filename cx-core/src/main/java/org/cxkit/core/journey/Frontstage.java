package org.cxkit.core.journey;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.util.Arrays;
import java.util.Optional;
import org.cxkit.core.internal.Args;

/**
 * The visible side of a touchpoint: what the customer does and sees, and the physical evidence (the
 * things, screens and places they meet).
 *
 * <pre>{@code
 * Frontstage.of("Fills in the sign-up form", "event page", "confirmation e-mail");
 * }</pre>
 *
 * @param description what the customer does and sees, if described
 * @param evidence the physical evidence, in no particular order
 */
public record Frontstage(Optional<String> description, ImmutableList<String> evidence) {
  /** A frontstage not described yet. */
  public static final Frontstage EMPTY = new Frontstage(Optional.empty(), ImmutableList.of());

  /**
   * Validates and copies the components.
   *
   * @param description what the customer does and sees, if described
   * @param evidence the physical evidence, in no particular order
   * @throws NullPointerException if an argument or element is null
   * @throws IllegalArgumentException if a text is blank
   */
  public Frontstage {
    Args.optionalText(description, "description");
    evidence = Args.texts(evidence, "evidence");
  }

  /**
   * Returns a frontstage.
   *
   * @param description what the customer does and sees
   * @param evidence the physical evidence
   * @return the frontstage
   */
  public static Frontstage of(String description, String... evidence) {
    requireNonNull(description, "description");
    requireNonNull(evidence, "evidence");
    return new Frontstage(
        Optional.of(description), Args.texts(Arrays.asList(evidence), "evidence"));
  }

  /**
   * Returns whether nothing is described.
   *
   * @return true if there is neither a description nor evidence
   */
  public boolean isEmpty() {
    return description.isEmpty() && evidence.isEmpty();
  }

  @Override
  public String toString() {
    return "Frontstage["
        + description.orElse("-")
        + (evidence.isEmpty() ? "" : "; evidence=" + evidence)
        + "]";
  }
}
