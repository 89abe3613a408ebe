package org.cxkit.core.blueprint;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.util.Optional;
import org.cxkit.core.internal.Args;

/**
 * A piece of the research behind a journey map at one touchpoint: a pain, a gain, a need, an
 * observation or a quote, with where it comes from and how much it weighs (how often or how
 * strongly it was found; 1 by default). Research notes say what is; a touchpoint's goals say what
 * should be.
 *
 * <pre>{@code
 * ResearchNote.of(NoteKind.PAIN, "Waits at the desk while the room is not ready")
 *     .from("guest interviews, 2024").weighing(3);
 * }</pre>
 *
 * @param kind what the note records
 * @param text the note
 * @param source where it comes from (a study, an interview round, a data set), if named
 * @param weight how much it weighs, positive
 * @since 0.1
 */
public record ResearchNote(NoteKind kind, String text, Optional<String> source, double weight) {
  /**
   * Validates the components.
   *
   * @param kind what the note records
   * @param text the note
   * @param source where it comes from, if named
   * @param weight how much it weighs
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if a text is blank or the weight is not a positive finite
   *     number
   * @since 0.1
   */
  public ResearchNote {
    requireNonNull(kind, "kind");
    Args.text(text, "text");
    Args.optionalText(source, "source");
    checkArgument(Double.isFinite(weight) && weight > 0, "weight must be a positive finite number");
  }

  /**
   * Returns a note of weight 1 with no source.
   *
   * @param kind what the note records
   * @param text the note
   * @return the note
   * @since 0.1
   */
  public static ResearchNote of(NoteKind kind, String text) {
    return new ResearchNote(kind, text, Optional.empty(), 1);
  }

  /**
   * Returns this note with a source.
   *
   * @param where where it comes from
   * @return the changed note
   * @since 0.1
   */
  public ResearchNote from(String where) {
    return new ResearchNote(kind, text, Optional.of(requireNonNull(where, "where")), weight);
  }

  /**
   * Returns this note with another weight.
   *
   * @param newWeight how much it weighs
   * @return the changed note
   * @since 0.1
   */
  public ResearchNote weighing(double newWeight) {
    return new ResearchNote(kind, text, source, newWeight);
  }

  @Override
  public String toString() {
    return "ResearchNote["
        + kind
        + (weight == 1 ? "" : " x" + weight)
        + source.map(s -> " from " + s).orElse("")
        + ": "
        + text
        + "]";
  }
}
