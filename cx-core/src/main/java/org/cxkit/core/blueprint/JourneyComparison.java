package org.cxkit.core.blueprint;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.cxkit.core.JourneyId;
import org.cxkit.core.PersonaId;
import org.cxkit.core.StageId;
import org.cxkit.core.TouchpointId;
import org.cxkit.core.journey.Journey;
import org.cxkit.core.journey.Touchpoint;

/**
 * An as-is journey beside its to-be version: which touchpoints the new design adds, drops or moves
 * to another stage, and, where both name a point on the experience curve, whether it rose or fell;
 * the same for each other persona's {@link PersonaCurve}. Touchpoints are matched by id, persona
 * curves by persona.
 *
 * <pre>{@code
 * JourneyComparison c = JourneyComparison.of(asIs, toBe);
 * c.added();                      // [size-chat]
 * c.changes().get(0).rise();      // Optional[2.0]: from -1 measured to +1 intended
 * c.personas().get(0).rose();     // [delivery]: the leisure rider's curve rose there
 * c.personas().get(1).side();     // TO_BE_ONLY: a curve the as-is map did not draw
 * }</pre>
 *
 * @param asIs the id of the current journey
 * @param toBe the id of the version compared with it
 * @param added the touchpoints only the to-be journey has, in its order
 * @param removed the touchpoints only the as-is journey has, in its order
 * @param moved the touchpoints both have, in another stage in the to-be journey
 * @param changes for each touchpoint both have, in the to-be order, its two points on the curve
 * @param personas for each persona with a curve on either journey (the as-is journey's curves in
 *     their order, then those only the to-be journey has), how its curve changed
 * @since 0.1
 */
public record JourneyComparison(
    JourneyId asIs,
    JourneyId toBe,
    ImmutableList<TouchpointId> added,
    ImmutableList<TouchpointId> removed,
    ImmutableList<TouchpointId> moved,
    ImmutableList<CurveChange> changes,
    ImmutableList<PersonaChange> personas) {

  /**
   * On which of the two journeys a persona has a curve.
   *
   * @since 0.1
   */
  public enum Side {
    /** Both journeys draw the persona's curve: its points are compared. */
    BOTH,
    /** Only the as-is journey draws it: the to-be design says nothing about this persona. */
    AS_IS_ONLY,
    /** Only the to-be journey draws it: a persona the current map did not show. */
    TO_BE_ONLY
  }

  /**
   * How one persona's curve changed from the as-is to the to-be journey: for each touchpoint where
   * both curves have a point, in the to-be curve's order, the two points (see {@link
   * CurveChange#rise()}); a curve on one side only has no changes, and says on which side it is.
   *
   * @param persona whose curve it is
   * @param side on which journeys the persona has a curve
   * @param changes the points both curves have, in the to-be curve's order; empty unless {@link
   *     Side#BOTH}
   * @since 0.1
   */
  public record PersonaChange(PersonaId persona, Side side, ImmutableList<CurveChange> changes) {
    /**
     * Validates and copies the components.
     *
     * @param persona whose curve it is
     * @param side on which journeys it has a curve
     * @param changes the points both curves have
     * @throws NullPointerException if an argument or element is null
     * @throws IllegalArgumentException if a curve on one side only has changes
     * @since 0.1
     */
    public PersonaChange {
      requireNonNull(persona, "persona");
      requireNonNull(side, "side");
      changes = ImmutableList.copyOf(requireNonNull(changes, "changes"));
      if (side != Side.BOTH && !changes.isEmpty()) {
        throw new IllegalArgumentException(
            "changes: a curve on one side only (" + side + ") has no points to compare");
      }
    }

    /**
     * Returns the touchpoints where this persona's curve rose, in the to-be curve's order.
     *
     * @return the touchpoints with a positive {@link CurveChange#rise() rise}
     * @since 0.1
     */
    public ImmutableList<TouchpointId> rose() {
      return moving(changes, 1);
    }

    /**
     * Returns the touchpoints where this persona's curve fell, in the to-be curve's order.
     *
     * @return the touchpoints with a negative {@link CurveChange#rise() rise}
     * @since 0.1
     */
    public ImmutableList<TouchpointId> fell() {
      return moving(changes, -1);
    }
  }

  /** The touchpoints whose rise has the sign given (1 rose, -1 fell). */
  private static ImmutableList<TouchpointId> moving(
      ImmutableList<CurveChange> changes, int signum) {
    return changes.stream()
        .filter(c -> c.rise().filter(r -> Math.signum(r) == signum).isPresent())
        .map(CurveChange::touchpoint)
        .collect(ImmutableList.toImmutableList());
  }

  /**
   * One touchpoint's point on the curve in the as-is and the to-be journey.
   *
   * @param touchpoint the touchpoint
   * @param before its emotion in the as-is journey
   * @param after its emotion in the to-be journey
   * @since 0.1
   */
  public record CurveChange(TouchpointId touchpoint, Emotion before, Emotion after) {
    /**
     * Validates the components.
     *
     * @param touchpoint the touchpoint
     * @param before its emotion in the as-is journey
     * @param after its emotion in the to-be journey
     * @throws NullPointerException if an argument is null
     * @since 0.1
     */
    public CurveChange {
      requireNonNull(touchpoint, "touchpoint");
      requireNonNull(before, "before");
      requireNonNull(after, "after");
    }

    /**
     * Returns how far the curve rose here (negative: it fell): the to-be value (intended, else
     * measured) minus the as-is value (measured, else intended), so a design is set against what
     * customers feel today where that is known.
     *
     * @return the rise, or empty when either journey has no value here
     * @since 0.1
     */
    public Optional<Double> rise() {
      Optional<Double> from = before.measured().or(before::intended);
      Optional<Double> to = after.intended().or(after::measured);
      return from.isPresent() && to.isPresent()
          ? Optional.of(to.get() - from.get())
          : Optional.empty();
    }
  }

  /**
   * Validates and copies the components.
   *
   * @param asIs the id of the current journey
   * @param toBe the id of the version compared with it
   * @param added the touchpoints only the to-be journey has
   * @param removed the touchpoints only the as-is journey has
   * @param moved the touchpoints in another stage
   * @param changes the points on the curve of the touchpoints both have
   * @param personas the persona curves' changes
   * @throws NullPointerException if an argument or element is null
   * @since 0.1
   */
  public JourneyComparison {
    requireNonNull(asIs, "asIs");
    requireNonNull(toBe, "toBe");
    added = ImmutableList.copyOf(requireNonNull(added, "added"));
    removed = ImmutableList.copyOf(requireNonNull(removed, "removed"));
    moved = ImmutableList.copyOf(requireNonNull(moved, "moved"));
    changes = ImmutableList.copyOf(requireNonNull(changes, "changes"));
    personas = ImmutableList.copyOf(requireNonNull(personas, "personas"));
  }

  /**
   * Compares a journey with another version of it.
   *
   * @param asIs the current journey
   * @param toBe the version to compare with it (typically one whose {@link Journey#versionOf()}
   *     names {@code asIs})
   * @return the comparison
   * @throws IllegalArgumentException if both journeys state emotion scales and they differ, so
   *     their curves cannot be set side by side
   * @since 0.1
   */
  public static JourneyComparison of(Journey asIs, Journey toBe) {
    requireNonNull(asIs, "asIs");
    requireNonNull(toBe, "toBe");
    if (asIs.emotionScale().isPresent()
        && toBe.emotionScale().isPresent()
        && !asIs.emotionScale().equals(toBe.emotionScale())) {
      throw new IllegalArgumentException(
          "the two journeys draw their curves on different emotion scales ("
              + asIs.emotionScale().get()
              + " and "
              + toBe.emotionScale().get()
              + "); state one scale for both");
    }
    ImmutableList.Builder<TouchpointId> added = ImmutableList.builder();
    ImmutableList.Builder<TouchpointId> moved = ImmutableList.builder();
    ImmutableList.Builder<CurveChange> changes = ImmutableList.builder();
    for (Touchpoint t : toBe.touchpoints()) {
      Optional<Touchpoint> before = asIs.touchpoint(t.id());
      if (before.isEmpty()) {
        added.add(t.id());
        continue;
      }
      Optional<StageId> was = asIs.stageOf(t.id()).map(s -> s.id());
      Optional<StageId> is = toBe.stageOf(t.id()).map(s -> s.id());
      if (!was.equals(is)) {
        moved.add(t.id());
      }
      changes.add(new CurveChange(t.id(), before.get().emotion(), t.emotion()));
    }
    ImmutableList.Builder<TouchpointId> removed = ImmutableList.builder();
    for (Touchpoint t : asIs.touchpoints()) {
      if (toBe.touchpoint(t.id()).isEmpty()) {
        removed.add(t.id());
      }
    }
    return new JourneyComparison(
        asIs.id(),
        toBe.id(),
        added.build(),
        removed.build(),
        moved.build(),
        changes.build(),
        personas(asIs, toBe));
  }

  /** Each persona curve's change: the as-is curves in order, then the to-be-only ones. */
  private static ImmutableList<PersonaChange> personas(Journey asIs, Journey toBe) {
    Map<PersonaId, PersonaCurve> after = new LinkedHashMap<>();
    toBe.personaCurves().forEach(c -> after.put(c.persona(), c));
    ImmutableList.Builder<PersonaChange> out = ImmutableList.builder();
    for (PersonaCurve before : asIs.personaCurves()) {
      PersonaCurve now = after.remove(before.persona());
      if (now == null) {
        out.add(new PersonaChange(before.persona(), Side.AS_IS_ONLY, ImmutableList.of()));
        continue;
      }
      ImmutableList.Builder<CurveChange> changes = ImmutableList.builder();
      now.points()
          .forEach(
              (touchpoint, emotion) -> {
                Emotion was = before.points().get(touchpoint);
                if (was != null) {
                  changes.add(new CurveChange(touchpoint, was, emotion));
                }
              });
      out.add(new PersonaChange(before.persona(), Side.BOTH, changes.build()));
    }
    after.keySet().forEach(p -> out.add(new PersonaChange(p, Side.TO_BE_ONLY, ImmutableList.of())));
    return out.build();
  }

  /**
   * Returns the touchpoints where the curve rose, in the to-be order.
   *
   * @return the touchpoints with a positive {@link CurveChange#rise() rise}
   * @since 0.1
   */
  public ImmutableList<TouchpointId> rose() {
    return moving(changes, 1);
  }

  /**
   * Returns the touchpoints where the curve fell, in the to-be order.
   *
   * @return the touchpoints with a negative {@link CurveChange#rise() rise}
   * @since 0.1
   */
  public ImmutableList<TouchpointId> fell() {
    return moving(changes, -1);
  }

  /**
   * Returns one line: the two journeys, what was added, removed and moved, where the journey's own
   * curve rose and fell and, when there are persona curves, how many were compared and how many are
   * on one side only, such as {@code JourneyComparison[buy-e-bike -> buy-e-bike-future: 1 added, 0
   * removed, 0 moved, curve rose at 2, fell at 0; persona curves: 1 compared, 0 as-is only, 1 to-be
   * only]}.
   */
  @Override
  public String toString() {
    return "JourneyComparison["
        + asIs
        + " -> "
        + toBe
        + ": "
        + added.size()
        + " added, "
        + removed.size()
        + " removed, "
        + moved.size()
        + " moved, curve rose at "
        + rose().size()
        + ", fell at "
        + fell().size()
        + (personas.isEmpty()
            ? ""
            : "; persona curves: "
                + count(Side.BOTH)
                + " compared, "
                + count(Side.AS_IS_ONLY)
                + " as-is only, "
                + count(Side.TO_BE_ONLY)
                + " to-be only")
        + "]";
  }

  private long count(Side side) {
    return personas.stream().filter(p -> p.side() == side).count();
  }
}
