package org.cxkit.core.blueprint;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.util.Optional;
import org.cxkit.core.JourneyId;
import org.cxkit.core.StageId;
import org.cxkit.core.TouchpointId;
import org.cxkit.core.journey.Journey;
import org.cxkit.core.journey.Touchpoint;

/**
 * An as-is journey beside its to-be version: which touchpoints the new design adds, drops or moves
 * to another stage, and, where both name a point on the experience curve, whether it rose or fell.
 * Touchpoints are matched by id.
 *
 * <pre>{@code
 * JourneyComparison c = JourneyComparison.of(asIs, toBe);
 * c.added();                      // [size-chat]
 * c.changes().get(0).rise();      // Optional[2.0]: from -1 measured to +1 intended
 * }</pre>
 *
 * @param asIs the id of the current journey
 * @param toBe the id of the version compared with it
 * @param added the touchpoints only the to-be journey has, in its order
 * @param removed the touchpoints only the as-is journey has, in its order
 * @param moved the touchpoints both have, in another stage in the to-be journey
 * @param changes for each touchpoint both have, in the to-be order, its two points on the curve
 * @since 0.1
 */
public record JourneyComparison(
    JourneyId asIs,
    JourneyId toBe,
    ImmutableList<TouchpointId> added,
    ImmutableList<TouchpointId> removed,
    ImmutableList<TouchpointId> moved,
    ImmutableList<CurveChange> changes) {

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
        asIs.id(), toBe.id(), added.build(), removed.build(), moved.build(), changes.build());
  }

  /**
   * Returns the touchpoints where the curve rose, in the to-be order.
   *
   * @return the touchpoints with a positive {@link CurveChange#rise() rise}
   * @since 0.1
   */
  public ImmutableList<TouchpointId> rose() {
    return changes.stream()
        .filter(c -> c.rise().filter(r -> r > 0).isPresent())
        .map(CurveChange::touchpoint)
        .collect(ImmutableList.toImmutableList());
  }

  /**
   * Returns the touchpoints where the curve fell, in the to-be order.
   *
   * @return the touchpoints with a negative {@link CurveChange#rise() rise}
   * @since 0.1
   */
  public ImmutableList<TouchpointId> fell() {
    return changes.stream()
        .filter(c -> c.rise().filter(r -> r < 0).isPresent())
        .map(CurveChange::touchpoint)
        .collect(ImmutableList.toImmutableList());
  }

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
        + "]";
  }
}
