package org.cxkit.metrics.journeys;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.util.Optional;
import org.cxkit.core.observed.Step;

/**
 * An optimal alignment of one actual journey with the designed journey: its moves, cost, fitness
 * and {@linkplain Deviation deviations}.
 *
 * <p><b>Cost model.</b> A synchronous move (the event is at the touchpoint the design leads to)
 * costs 0; a log move (an event the design does not allow there) and a model move (a designed
 * touchpoint skipped) cost 1 each. The trivial alignment (every event a log move, then the shortest
 * designed way from the entry to an end as model moves) costs {@code events + shortest}, so {@code
 * fitness = 1 − cost / (events + shortest)}, in [0, 1], 1 exactly when the journey is a complete
 * designed way.
 *
 * <p><b>Ties.</b> Optimal alignments are often not unique. The cost and fitness are the same for
 * all; the moves (and so the deviations) are those of the one found by walking back from the end:
 * the end touchpoint with the least cost (the first in journey order among equals), then at each
 * event a synchronous move if one is optimal, else a log move if optimal, else model moves along
 * the breadth-first shortest designed way.
 *
 * @param moves the moves in order
 * @param deviations one per log and model move ({@link Deviation.Kind#AD_HOC} for a step the design
 *     does not have, {@link Deviation.Kind#IRREGULAR_SEQUENCE} for a designed touchpoint out of
 *     order, {@link Deviation.Kind#MISSING}) and one per failed event at a designed touchpoint
 *     ({@link Deviation.Kind#FAILING}), in the order of the moves; empty for a journey that follows
 *     the design without failing
 * @param cost the number of log and model moves
 * @param trivialCost the cost of the trivial alignment: events plus the shortest designed way
 * @since 0.1
 */
public record Alignment(
    ImmutableList<Move> moves, ImmutableList<Deviation> deviations, int cost, int trivialCost) {
  /**
   * The kinds of move.
   *
   * @since 0.1
   */
  public enum MoveKind {
    /** The event is at the touchpoint the design leads to. Cost 0. */
    SYNC,
    /** An event the design does not allow at this point. Cost 1. */
    LOG,
    /** A designed touchpoint the journey skipped. Cost 1. */
    MODEL
  }

  /**
   * One move of an alignment.
   *
   * @param kind the kind
   * @param step the event's step, or the skipped touchpoint of a model move
   * @param event the event's index in the journey, or empty for a model move
   * @param failed whether the event's outcome was {@code FAILED} (false for a model move)
   * @since 0.1
   */
  public record Move(MoveKind kind, Step step, Optional<Integer> event, boolean failed) {
    /**
     * Validates the components.
     *
     * @param kind the kind
     * @param step the step
     * @param event the event's index, empty exactly for a model move
     * @param failed whether the event failed
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if a model move has an event or another move has none
     */
    public Move {
      requireNonNull(kind, "kind");
      requireNonNull(step, "step");
      requireNonNull(event, "event");
      checkArgument(
          event.isEmpty() == (kind == MoveKind.MODEL), "a model move, and only it, has no event");
      checkArgument(!failed || event.isPresent(), "a model move has no outcome");
    }

    /** Returns {@code SYNC book-table}, {@code LOG ~"forum"} or {@code MODEL pay}. */
    @Override
    public String toString() {
      return kind + " " + step + (failed ? " (failed)" : "");
    }
  }

  /**
   * Validates the components.
   *
   * @param moves the moves
   * @param deviations the deviations
   * @param cost the cost
   * @param trivialCost the trivial alignment's cost
   * @throws IllegalArgumentException if the cost is not the number of log and model moves, or is
   *     above the trivial cost
   */
  public Alignment {
    moves = ImmutableList.copyOf(moves);
    deviations = ImmutableList.copyOf(deviations);
    long deviating = moves.stream().filter(m -> m.kind() != MoveKind.SYNC).count();
    checkArgument(cost == deviating, "cost %s is not the %s log and model moves", cost, deviating);
    checkArgument(cost <= trivialCost, "cost %s is above the trivial cost %s", cost, trivialCost);
  }

  /**
   * Returns the fitness, {@code 1 − cost / trivialCost}.
   *
   * @return the fitness in [0, 1]; 1 for an empty journey on an empty way
   * @since 0.1
   */
  public double fitness() {
    return trivialCost == 0 ? 1.0 : 1.0 - (double) cost / trivialCost;
  }

  /** Returns {@code Alignment[cost 2 of 9, fitness 0.778, 7 moves]}. */
  @Override
  public String toString() {
    return String.format(
        java.util.Locale.ROOT,
        "Alignment[cost %d of %d, fitness %.3f, %d moves]",
        cost,
        trivialCost,
        fitness(),
        moves.size());
  }
}
