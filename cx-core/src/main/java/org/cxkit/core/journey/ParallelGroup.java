package org.cxkit.core.journey;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.cxkit.core.ModelPath;
import org.cxkit.core.TouchpointId;
import org.cxkit.core.internal.Args;
import org.cxkit.core.internal.Dupes;
import org.cxkit.core.internal.Problems;
import org.jspecify.annotations.Nullable;

/**
 * Touchpoints of a journey that are all done, in any order, before the journey goes on: an
 * AND-split and AND-join, as BPMN's parallel gateway draws it and a service blueprint's "in either
 * order" bracket (at a clinic's desk, the patient fills in the form and shows the insurance card,
 * whichever first).
 *
 * <pre>{@code
 * Journey.builder("clinic-visit")
 *     ...
 *     .parallel("fill-in-form", "show-insurance-card")
 *     .build();
 * }</pre>
 *
 * <p><b>The journey's rules.</b> A group's members are consecutive touchpoints of the journey's
 * main path inside one stage (off-path touchpoints between them do not count), each in at most one
 * group, and no designed transition joins two different members (their order is free, so such a
 * transition would mean nothing; a {@link TransitionKind#LOOP_BACK LOOP_BACK} from a member to
 * itself, a retry, is allowed). Consecutive, because the group replaces a stretch of the main
 * path's order: the touchpoint before the first member leads to any member, and any member leads to
 * the touchpoint after the last, which needs a stretch with one before and one after. Inside one
 * stage, because a stage is one step of the journey's phase order and a group is one step of its
 * flow; a group that spanned stages would make the customer finish a later stage before an earlier
 * one. {@link Journey.Builder#build()} reports each broken rule with its path.
 *
 * <p><b>Meaning.</b> {@link org.cxkit.core.graph.JourneyGraph} designs the group's moves (into any
 * member, between any two, out of any member) and conformance checking reads a group as "every
 * member once, in any order, before going on"; a designed transition out of a member leaves the
 * group unfinished.
 *
 * @param touchpoints the members, two to {@value #MAX_TOUCHPOINTS}, each once, in main-path order
 *     or any other (the order given carries no meaning beyond how the group is written)
 * @param note why the order is free or what the group is, if stated
 * @since 0.1
 */
public record ParallelGroup(ImmutableList<TouchpointId> touchpoints, Optional<String> note) {
  /**
   * The most members of a group: {@value}. Conformance checking expands a group of k members into
   * its k × 2<sup>k−1</sup> (done-set, member done last) states, 192 for six and 28,672 for twelve;
   * six keeps the alignment of a journey with several groups small, and steps a customer truly does
   * in any order are rarely more (split a larger set into groups, or model it as one touchpoint).
   */
  public static final int MAX_TOUCHPOINTS = 6;

  /**
   * Validates and copies the components.
   *
   * @param touchpoints the members
   * @param note why the order is free, if stated
   * @throws NullPointerException if an argument or element is null
   * @throws IllegalArgumentException if there are fewer than two members or more than {@value
   *     #MAX_TOUCHPOINTS}, a member is listed twice, or the note is blank
   * @since 0.1
   */
  public ParallelGroup {
    touchpoints = Args.list(touchpoints, "touchpoints");
    requireNonNull(note, "note");
    Problems problems = new Problems();
    check(touchpoints, note, ModelPath.root(), problems);
    problems.throwIfAnyAsArgument();
  }

  /**
   * The rules of a group on its own, in one place: the constructor runs them, and so does a
   * journey's builder for a group some of whose ids are malformed (they are left out of {@code
   * members}, so only the size counts them).
   */
  static void check(
      List<? extends @Nullable TouchpointId> members,
      Optional<String> note,
      ModelPath at,
      Problems problems) {
    if (members.size() < 2) {
      problems.add(
          at.field("touchpoints"),
          "a parallel group has at least two touchpoints, got %s",
          members.size());
    } else if (members.size() > MAX_TOUCHPOINTS) {
      problems.add(
          at.field("touchpoints"),
          "a parallel group has at most %s touchpoints, got %s; split it or model the steps as one"
              + " touchpoint",
          MAX_TOUCHPOINTS,
          members.size());
    } else {
      // within the bound only: a hostile group of thousands gets one problem, not thousands
      Dupes.forEachRepeat(
          members,
          (i, first) ->
              problems.add(
                  at.element("touchpoints", i),
                  "touchpoint '%s' is listed twice (also touchpoints[%s])",
                  members.get(i),
                  first));
    }
    if (note.isPresent() && note.get().isBlank()) {
      problems.add(at.field("note"), "must not be blank when present");
    }
  }

  /**
   * Returns a group without a note.
   *
   * @param touchpoints the members' id slugs
   * @return the group
   * @throws IllegalArgumentException if an id is malformed, or the group breaks a rule of the
   *     constructor
   * @since 0.1
   */
  public static ParallelGroup of(String... touchpoints) {
    requireNonNull(touchpoints, "touchpoints");
    ImmutableList.Builder<TouchpointId> ids = ImmutableList.builder();
    for (int i = 0; i < touchpoints.length; i++) {
      ids.add(TouchpointId.of(requireNonNull(touchpoints[i], "touchpoints[" + i + "]")));
    }
    return new ParallelGroup(ids.build(), Optional.empty());
  }

  /**
   * Returns this group with a note.
   *
   * @param newNote why the order is free or what the group is
   * @return the group with the note
   * @since 0.1
   */
  public ParallelGroup withNote(String newNote) {
    return new ParallelGroup(touchpoints, Optional.of(requireNonNull(newNote, "newNote")));
  }

  /**
   * Returns whether a touchpoint is a member.
   *
   * @param touchpoint a touchpoint id
   * @return true if it is one of the group's touchpoints
   * @since 0.1
   */
  public boolean contains(TouchpointId touchpoint) {
    return touchpoints.contains(requireNonNull(touchpoint, "touchpoint"));
  }

  /** Returns the group as {@code ParallelGroup[a | b | c]}, with its note if any. */
  @Override
  public String toString() {
    return "ParallelGroup["
        + touchpoints.stream().map(TouchpointId::value).collect(Collectors.joining(" | "))
        + note.map(n -> " (" + n + ")").orElse("")
        + "]";
  }
}
