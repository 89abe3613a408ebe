package org.cxkit.metrics.journeys;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableTable;
import com.google.common.collect.Iterables;
import java.util.Locale;
import java.util.Optional;
import org.cxkit.core.JourneyId;
import org.cxkit.core.StageId;
import org.cxkit.core.TouchpointId;
import org.cxkit.core.observed.JourneyObservations;
import org.cxkit.core.observed.Step;

/**
 * How a log of actual journeys conforms to the designed journey ({@link Conformance}): fitness,
 * CJML deviations per touchpoint and per stage, ad hoc steps, undesigned moves customers take and
 * designed moves nobody takes.
 *
 * <p><b>Fitness of the log</b> is {@code 1 − Σ cost / Σ trivial cost} over the aligned journeys
 * (PM4Py's alignment-based log fitness), empty when no journey was aligned. Journeys longer than
 * {@link Conformance#maxEvents()} are not aligned and are counted by {@link #tooLong()}.
 *
 * @param journey the designed journey's id
 * @param journeys the journeys aligned
 * @param tooLong the journeys left out for having more events than the limit
 * @param events the events of the aligned journeys
 * @param cost the sum of the alignments' costs
 * @param trivialCost the sum of the trivial alignments' costs
 * @param perfect the journeys with cost 0 (fitness 1)
 * @param touchpoints one row per designed touchpoint, in journey order
 * @param stages one row per stage, in journey order
 * @param adHoc the steps the design does not have (ad hoc labels and touchpoint ids not in the
 *     journey), most frequent first (ties in {@link Step} order)
 * @param designedMoves every pair of touchpoints a designed move joins, once, in the graph's order,
 *     with how often a journey went straight from one to the other (0: nobody took it)
 * @param undesignedMoves moves between designed touchpoints that customers made straight after each
 *     other although no designed move joins them, most frequent first (ties by from, then to)
 * @since 0.1
 */
public record ConformanceResult(
    JourneyId journey,
    long journeys,
    long tooLong,
    long events,
    long cost,
    long trivialCost,
    long perfect,
    ImmutableList<TouchpointRow> touchpoints,
    ImmutableList<StageRow> stages,
    ImmutableList<StepCount> adHoc,
    ImmutableList<MoveCount> designedMoves,
    ImmutableList<MoveCount> undesignedMoves) {

  /**
   * Validates the components.
   *
   * @param journey the designed journey's id
   * @param journeys the journeys aligned
   * @param tooLong the journeys left out
   * @param events the events aligned
   * @param cost the sum of costs
   * @param trivialCost the sum of trivial costs
   * @param perfect the journeys with cost 0
   * @param touchpoints per touchpoint
   * @param stages per stage
   * @param adHoc ad hoc steps
   * @param designedMoves designed moves with their counts
   * @param undesignedMoves undesigned moves
   * @throws IllegalArgumentException if a count is negative, the cost is above the trivial cost or
   *     more journeys are perfect than were aligned
   */
  public ConformanceResult {
    requireNonNull(journey, "journey");
    checkArgument(
        journeys >= 0 && tooLong >= 0 && events >= 0 && cost >= 0 && perfect >= 0,
        "counts must not be negative");
    checkArgument(cost <= trivialCost, "cost %s above trivial cost %s", cost, trivialCost);
    checkArgument(perfect <= journeys, "%s perfect of %s journeys", perfect, journeys);
    touchpoints = ImmutableList.copyOf(touchpoints);
    stages = ImmutableList.copyOf(stages);
    adHoc = ImmutableList.copyOf(adHoc);
    designedMoves = ImmutableList.copyOf(designedMoves);
    undesignedMoves = ImmutableList.copyOf(undesignedMoves);
  }

  /**
   * Returns the designed moves no journey took: those of {@link #designedMoves()} with count 0.
   * With a parallel group, these include the group's orders nobody took (every order is a designed
   * move); the model check's CX501 leaves those out, since a group designs no single order.
   *
   * @return the untaken moves, in the graph's order
   * @since 0.1
   */
  public ImmutableList<MoveCount> untakenMoves() {
    return designedMoves.stream()
        .filter(m -> m.count() == 0)
        .collect(ImmutableList.toImmutableList());
  }

  /**
   * Returns the log's fitness, {@code 1 − cost / trivialCost}.
   *
   * @return the fitness in [0, 1], or empty when no journey was aligned
   * @since 0.1
   */
  public Optional<Double> fitness() {
    return journeys == 0 || trivialCost == 0
        ? Optional.empty()
        : Optional.of(1.0 - (double) cost / trivialCost);
  }

  /**
   * Returns the share of journeys that follow a complete designed way exactly (fitness 1).
   *
   * @return the rate over the aligned journeys
   * @since 0.1
   */
  public Rate perfectRate() {
    return new Rate(perfect, journeys);
  }

  /**
   * Returns a touchpoint's row.
   *
   * @param touchpoint a designed touchpoint
   * @return its row, or empty if the journey has no such touchpoint
   * @since 0.1
   */
  public Optional<TouchpointRow> touchpoint(TouchpointId touchpoint) {
    requireNonNull(touchpoint, "touchpoint");
    return touchpoints.stream().filter(r -> r.touchpoint().equals(touchpoint)).findFirst();
  }

  /**
   * Returns the counts in cx-core's terms, for the model checks that use observed data ({@code
   * ModelCheck.defaults().run(model, List.of(result.observations()))}).
   *
   * @return the journeys, the moves made between designed touchpoints, and the events and failed
   *     events per touchpoint
   * @since 0.1
   */
  public JourneyObservations observations() {
    ImmutableTable.Builder<TouchpointId, TouchpointId, Long> moves = ImmutableTable.builder();
    for (MoveCount m : Iterables.concat(designedMoves, undesignedMoves)) {
      if (m.count() > 0) {
        moves.put(
            m.from().touchpoint().orElseThrow(), m.to().touchpoint().orElseThrow(), m.count());
      }
    }
    ImmutableMap.Builder<TouchpointId, Long> events = ImmutableMap.builder();
    ImmutableMap.Builder<TouchpointId, Long> failed = ImmutableMap.builder();
    for (TouchpointRow r : touchpoints) {
      if (r.met() > 0) {
        events.put(r.touchpoint(), r.met());
      }
      if (r.failing() > 0) {
        failed.put(r.touchpoint(), r.failing());
      }
    }
    return new JourneyObservations(
        journey, journeys, moves.build(), events.buildOrThrow(), failed.buildOrThrow());
  }

  /**
   * Returns {@code ConformanceResult[waffle-wednesday: 40 journeys, fitness 0.912, 12 perfect]}.
   */
  @Override
  public String toString() {
    return "ConformanceResult["
        + journey
        + ": "
        + journeys
        + (journeys == 1 ? " journey, " : " journeys, ")
        + fitness().map(f -> String.format(Locale.ROOT, "fitness %.3f", f)).orElse("no fitness")
        + ", "
        + perfect
        + " perfect"
        + (tooLong == 0 ? "" : ", " + tooLong + " too long")
        + "]";
  }

  /**
   * The deviations at one designed touchpoint.
   *
   * @param touchpoint the touchpoint
   * @param stage its stage
   * @param met the events at it in aligned journeys (in order or not)
   * @param failing those with a {@code FAILED} outcome
   * @param irregular those the design does not allow there (log moves)
   * @param missing the journeys that skipped it at least once (a model move)
   * @param journeys the journeys aligned, the base of the missing rate
   * @since 0.1
   */
  public record TouchpointRow(
      TouchpointId touchpoint,
      StageId stage,
      long met,
      long failing,
      long irregular,
      long missing,
      long journeys) {
    /**
     * Validates the components.
     *
     * @param touchpoint the touchpoint
     * @param stage its stage
     * @param met the events at it
     * @param failing those that failed
     * @param irregular those out of order
     * @param missing the journeys that skipped it
     * @param journeys the journeys aligned
     * @throws IllegalArgumentException if a count is negative or above its base
     */
    public TouchpointRow {
      requireNonNull(touchpoint, "touchpoint");
      requireNonNull(stage, "stage");
      checkArgument(failing >= 0 && failing <= met, "failing %s of %s met", failing, met);
      checkArgument(irregular >= 0 && irregular <= met, "irregular %s of %s met", irregular, met);
      checkArgument(
          missing >= 0 && missing <= journeys, "missing %s of %s journeys", missing, journeys);
    }

    /**
     * Returns the share of events at the touchpoint that failed.
     *
     * @return the failing rate over the events met
     * @since 0.1
     */
    public Rate failingRate() {
      return new Rate(failing, met);
    }

    /**
     * Returns the share of events at the touchpoint out of designed order.
     *
     * @return the irregular rate over the events met
     * @since 0.1
     */
    public Rate irregularRate() {
      return new Rate(irregular, met);
    }

    /**
     * Returns the share of journeys that skipped the touchpoint.
     *
     * @return the missing rate over the journeys aligned
     * @since 0.1
     */
    public Rate missingRate() {
      return new Rate(missing, journeys);
    }
  }

  /**
   * The journeys with each kind of deviation at a stage's touchpoints.
   *
   * @param stage the stage
   * @param missing the journeys that skipped one of its touchpoints
   * @param failing the journeys with a failed event at one of its touchpoints
   * @param irregular the journeys with an out-of-order event at one of its touchpoints
   * @param journeys the journeys aligned, the base of the rates
   * @since 0.1
   */
  public record StageRow(StageId stage, long missing, long failing, long irregular, long journeys) {
    /**
     * Validates the components.
     *
     * @param stage the stage
     * @param missing journeys with a missing touchpoint
     * @param failing journeys with a failing event
     * @param irregular journeys with an out-of-order event
     * @param journeys the journeys aligned
     * @throws IllegalArgumentException if a count is negative or above the journeys
     */
    public StageRow {
      requireNonNull(stage, "stage");
      for (long c : new long[] {missing, failing, irregular}) {
        checkArgument(c >= 0 && c <= journeys, "count %s is not in 0..%s", c, journeys);
      }
    }

    /**
     * Returns the share of journeys that skipped a touchpoint of the stage.
     *
     * @return the rate
     * @since 0.1
     */
    public Rate missingRate() {
      return new Rate(missing, journeys);
    }

    /**
     * Returns the share of journeys with a failed event in the stage.
     *
     * @return the rate
     * @since 0.1
     */
    public Rate failingRate() {
      return new Rate(failing, journeys);
    }

    /**
     * Returns the share of journeys with an out-of-order event in the stage.
     *
     * @return the rate
     * @since 0.1
     */
    public Rate irregularRate() {
      return new Rate(irregular, journeys);
    }
  }

  /**
   * How often a step occurred.
   *
   * @param step the step
   * @param count how often
   * @since 0.1
   */
  public record StepCount(Step step, long count) {
    /**
     * Validates the components.
     *
     * @param step the step
     * @param count how often; not negative
     * @throws IllegalArgumentException if the count is negative
     */
    public StepCount {
      requireNonNull(step, "step");
      checkArgument(count >= 0, "count must not be negative, got %s", count);
    }
  }
}
