package org.cxkit.metrics.journeys;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.util.Optional;
import org.cxkit.core.observed.Step;
import org.cxkit.metrics.internal.Exact;

/**
 * A directly-follows graph ({@link DirectlyFollows}): per step its events, starts and ends, and how
 * often each step came straight after another.
 *
 * @param journeys the journeys counted
 * @param events their events
 * @param steps one row per step met, in {@link Step} order (designed touchpoints, then ad hoc)
 * @param directlyFollows the pairs that occurred, by from, then to (in {@link Step} order)
 * @since 0.1
 */
public record DirectlyFollowsResult(
    long journeys,
    long events,
    ImmutableList<StepCount> steps,
    ImmutableList<MoveCount> directlyFollows) {
  /**
   * Validates the components.
   *
   * @param journeys the journeys
   * @param events their events
   * @param steps per step
   * @param directlyFollows per pair
   * @throws IllegalArgumentException if there are fewer events than journeys, or a list and the
   *     totals contradict each other
   */
  public DirectlyFollowsResult {
    checkArgument(
        journeys >= 0 && events >= journeys, "%s events of %s journeys", events, journeys);
    steps = ImmutableList.copyOf(steps);
    directlyFollows = ImmutableList.copyOf(directlyFollows);
    long sum = 0;
    for (StepCount s : steps) {
      sum = Exact.add(sum, s.events());
    }
    checkArgument(sum == events, "the steps have %s events, not %s", sum, events);
  }

  /**
   * Returns how often {@code to} came straight after {@code from}.
   *
   * @param from the step before
   * @param to the step after
   * @return the count, 0 if never
   * @since 0.1
   */
  public long count(Step from, Step to) {
    requireNonNull(from, "from");
    requireNonNull(to, "to");
    for (MoveCount m : directlyFollows) {
      if (m.from().equals(from) && m.to().equals(to)) {
        return m.count();
      }
    }
    return 0;
  }

  /**
   * Returns a step's row.
   *
   * @param step a step
   * @return its row, or empty if no journey met it
   * @since 0.1
   */
  public Optional<StepCount> step(Step step) {
    requireNonNull(step, "step");
    return steps.stream().filter(r -> r.step().equals(step)).findFirst();
  }

  /** Returns {@code DirectlyFollowsResult[6 journeys, 42 events, 8 steps, 15 pairs]}. */
  @Override
  public String toString() {
    return "DirectlyFollowsResult["
        + journeys
        + (journeys == 1 ? " journey, " : " journeys, ")
        + events
        + (events == 1 ? " event, " : " events, ")
        + steps.size()
        + (steps.size() == 1 ? " step, " : " steps, ")
        + directlyFollows.size()
        + (directlyFollows.size() == 1 ? " pair]" : " pairs]");
  }

  /**
   * A step's events, and the journeys that started and ended there.
   *
   * @param step the step
   * @param events the events at it; at least 1
   * @param starts the journeys whose first event it was
   * @param ends the journeys whose last event it was
   * @since 0.1
   */
  public record StepCount(Step step, long events, long starts, long ends) {
    /**
     * Validates the components.
     *
     * @param step the step
     * @param events the events at it
     * @param starts the journeys that started there
     * @param ends the journeys that ended there
     * @throws IllegalArgumentException if a count is out of range
     */
    public StepCount {
      requireNonNull(step, "step");
      checkArgument(events >= 1, "events must be at least 1, got %s", events);
      checkArgument(
          starts >= 0 && starts <= events && ends >= 0 && ends <= events,
          "starts %s and ends %s must be in 0..%s",
          starts,
          ends,
          events);
    }
  }
}
