package org.cxkit.core.journey;

import static java.util.Objects.requireNonNull;

import java.util.Optional;
import org.cxkit.core.ModelPath;
import org.cxkit.core.TouchpointId;
import org.cxkit.core.internal.Problems;
import org.jspecify.annotations.Nullable;

/**
 * A designed move between two touchpoints of the same journey, beyond the order of its main path:
 * customers jump ahead, go back to compare, branch off, or take a way out when something fails.
 * Together with the main path, transitions make a journey a graph.
 *
 * <pre>{@code
 * Transition.of("reminder", "event-page", TransitionKind.LOOP_BACK).withNote("compares dates");
 * }</pre>
 *
 * @param from where the customer comes from
 * @param to where the customer goes
 * @param kind the kind of move
 * @param note why or when the move happens
 */
public record Transition(
    TouchpointId from, TouchpointId to, TransitionKind kind, Optional<String> note) {
  /**
   * Validates the components.
   *
   * @param from where the customer comes from
   * @param to where the customer goes
   * @param kind the kind of move
   * @param note why or when the move happens
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the note is blank, or {@code from} equals {@code to} for a
   *     kind other than {@link TransitionKind#LOOP_BACK}
   */
  public Transition {
    requireNonNull(from, "from");
    requireNonNull(to, "to");
    requireNonNull(kind, "kind");
    requireNonNull(note, "note");
    Problems problems = new Problems();
    check(from, to, kind, note, ModelPath.root(), problems);
    problems.throwIfAnyAsArgument();
  }

  /**
   * The rules of a transition, in one place: the constructor runs them, and so does a journey's
   * builder for a transition whose ids are malformed (so {@code from} or {@code to} is null), so
   * that its other problems are reported too.
   */
  static void check(
      @Nullable TouchpointId from,
      @Nullable TouchpointId to,
      TransitionKind kind,
      Optional<String> note,
      ModelPath at,
      Problems problems) {
    if (note.isPresent() && note.get().isBlank()) {
      problems.add(at.field("note"), "must not be blank when present");
    }
    if (from != null && from.equals(to) && kind != TransitionKind.LOOP_BACK) {
      problems.add(
          at,
          "a %s transition cannot lead from touchpoint '%s' to itself; only a LOOP_BACK (trying"
              + " again) can",
          kind,
          from);
    }
  }

  /**
   * Returns a transition without a note.
   *
   * @param from the id of the touchpoint the customer comes from
   * @param to the id of the touchpoint the customer goes to
   * @param kind the kind of move
   * @return the transition
   */
  public static Transition of(String from, String to, TransitionKind kind) {
    requireNonNull(from, "from");
    requireNonNull(to, "to");
    return new Transition(TouchpointId.of(from), TouchpointId.of(to), kind, Optional.empty());
  }

  /**
   * Returns this transition with a note.
   *
   * @param newNote why or when the move happens
   * @return the transition with the note
   */
  public Transition withNote(String newNote) {
    return new Transition(from, to, kind, Optional.of(requireNonNull(newNote, "newNote")));
  }

  @Override
  public String toString() {
    return from + " -" + kind + "-> " + to + note.map(n -> " (" + n + ")").orElse("");
  }
}
