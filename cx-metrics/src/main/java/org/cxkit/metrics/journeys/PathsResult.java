package org.cxkit.metrics.journeys;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.time.Duration;
import java.util.Optional;
import org.cxkit.core.journey.Channel;
import org.cxkit.core.observed.Step;

/**
 * The paths customers took ({@link JourneyPaths}): the directly-follows graph with start and end
 * counts, variants, channel switches after a failure, drop-off and time between steps.
 *
 * @param journeys the journeys counted
 * @param events their events
 * @param steps one row per step met, in {@link Step} order (designed touchpoints, then ad hoc)
 * @param directlyFollows how often one step came straight after another, by from, then to
 * @param variants the most frequent variants (distinct step sequences), most frequent first; ties
 *     in the order of their steps; at most {@link JourneyPaths#topVariants()}
 * @param distinctVariants how many distinct variants there are in all
 * @param channelSwitches from the channel of a failed event to the channel of the journey's next
 *     event (when both are known), non-zero pairs by from, then to ({@link Channel} order)
 * @param gaps the time from a step to the next one, per directly-follows pair, in the order of
 *     {@code directlyFollows}
 * @since 0.1
 */
public record PathsResult(
    long journeys,
    long events,
    ImmutableList<StepRow> steps,
    ImmutableList<MoveCount> directlyFollows,
    ImmutableList<Variant> variants,
    long distinctVariants,
    ImmutableList<ChannelSwitch> channelSwitches,
    ImmutableList<Gap> gaps) {
  /**
   * Validates the components.
   *
   * @param journeys the journeys
   * @param events the events
   * @param steps per step
   * @param directlyFollows directly-follows counts
   * @param variants the top variants
   * @param distinctVariants all distinct variants
   * @param channelSwitches channel switches after a failure
   * @param gaps time between steps
   * @throws IllegalArgumentException if a count is negative or more variants are listed than exist
   */
  public PathsResult {
    checkArgument(
        journeys >= 0 && events >= journeys, "%s events of %s journeys", events, journeys);
    steps = ImmutableList.copyOf(steps);
    directlyFollows = ImmutableList.copyOf(directlyFollows);
    variants = ImmutableList.copyOf(variants);
    channelSwitches = ImmutableList.copyOf(channelSwitches);
    gaps = ImmutableList.copyOf(gaps);
    checkArgument(
        variants.size() <= distinctVariants && distinctVariants <= journeys,
        "%s variants listed, %s distinct, %s journeys",
        variants.size(),
        distinctVariants,
        journeys);
  }

  /**
   * Returns the share of journeys the {@code k} most frequent variants cover.
   *
   * @param k how many variants, at most the number listed
   * @return the coverage over all journeys
   * @throws IllegalArgumentException if {@code k} is negative or above the variants listed
   * @since 0.1
   */
  public Rate coverage(int k) {
    checkArgument(k >= 0 && k <= variants.size(), "k %s is not in 0..%s", k, variants.size());
    long n = 0;
    for (int i = 0; i < k; i++) {
      n += variants.get(i).count();
    }
    return new Rate(n, journeys);
  }

  /**
   * Returns a step's row.
   *
   * @param step a step
   * @return its row, or empty if no journey met it
   * @since 0.1
   */
  public Optional<StepRow> step(Step step) {
    requireNonNull(step, "step");
    return steps.stream().filter(r -> r.step().equals(step)).findFirst();
  }

  /** Returns {@code PathsResult[40 journeys, 310 events, 9 steps, 14 variants]}. */
  @Override
  public String toString() {
    return "PathsResult["
        + journeys
        + (journeys == 1 ? " journey, " : " journeys, ")
        + events
        + (events == 1 ? " event, " : " events, ")
        + steps.size()
        + (steps.size() == 1 ? " step, " : " steps, ")
        + distinctVariants
        + (distinctVariants == 1 ? " variant]" : " variants]");
  }

  /**
   * What happened at one step.
   *
   * @param step the step
   * @param events the events at it
   * @param journeys the journeys that met it at least once
   * @param starts the journeys that started there
   * @param ends the journeys that ended there (dropped off, or finished)
   * @since 0.1
   */
  public record StepRow(Step step, long events, long journeys, long starts, long ends) {
    /**
     * Validates the components.
     *
     * @param step the step
     * @param events the events at it
     * @param journeys the journeys that met it
     * @param starts the journeys that started there
     * @param ends the journeys that ended there
     * @throws IllegalArgumentException if the counts contradict each other
     */
    public StepRow {
      requireNonNull(step, "step");
      checkArgument(
          journeys >= 0 && journeys <= events, "%s journeys of %s events", journeys, events);
      checkArgument(
          starts >= 0 && starts <= journeys && ends >= 0 && ends <= journeys,
          "starts %s and ends %s must be in 0..%s",
          starts,
          ends,
          journeys);
    }

    /**
     * Returns the drop-off: the share of the journeys that met the step that ended there.
     *
     * @return ends over the journeys that met the step
     * @since 0.1
     */
    public Rate dropOff() {
      return new Rate(ends, journeys);
    }
  }

  /**
   * A variant: one distinct sequence of steps, and how many journeys took it.
   *
   * @param steps the steps in order
   * @param count the journeys
   * @since 0.1
   */
  public record Variant(ImmutableList<Step> steps, long count) {
    /**
     * Validates the components.
     *
     * @param steps the steps; at least one
     * @param count the journeys; at least 1
     * @throws IllegalArgumentException if there are no steps or the count is below 1
     */
    public Variant {
      steps = ImmutableList.copyOf(steps);
      checkArgument(!steps.isEmpty(), "a variant has at least one step");
      checkArgument(count >= 1, "count must be at least 1, got %s", count);
    }

    /** Returns {@code 12 × book-table > compare-dates > book-table}. */
    @Override
    public String toString() {
      StringBuilder s = new StringBuilder().append(count).append(" × ");
      for (int i = 0; i < steps.size(); i++) {
        s.append(i == 0 ? "" : " > ").append(steps.get(i));
      }
      return s.toString();
    }
  }

  /**
   * Journeys that went on on another (or the same) channel after a failed event.
   *
   * @param from the failed event's channel
   * @param to the next event's channel
   * @param count how often
   * @since 0.1
   */
  public record ChannelSwitch(Channel from, Channel to, long count) {
    /**
     * Validates the components.
     *
     * @param from the failed event's channel
     * @param to the next event's channel
     * @param count how often; at least 1
     * @throws IllegalArgumentException if the count is below 1
     */
    public ChannelSwitch {
      requireNonNull(from, "from");
      requireNonNull(to, "to");
      checkArgument(count >= 1, "count must be at least 1, got %s", count);
    }
  }

  /**
   * The time from one step to the next, over the times a journey went straight from one to the
   * other.
   *
   * <p><b>Unit and time zone.</b> A gap is elapsed time: the {@link Duration} between the two
   * events' {@link java.time.Instant}s on the UTC time line, in whole seconds (rounded down). It is
   * the same whatever time zone the events are shown in, and a daylight-saving change does not
   * stretch or shrink it: from 02:30 to 04:30 Helsinki time on the night the clocks go forward (29
   * March 2026) is 1 hour. The zone matters only where a reader turns local times into instants:
   * {@code XesLog} reads times without an offset in its builder's zone (UTC by default), {@code
   * EventCsv} and cx-json's JSON Lines require an offset.
   *
   * <p>Quantiles are nearest-rank (the value at rank ⌈q·n⌉, Hyndman &amp; Fan 1996 definition 1)
   * over whole seconds, kept in buckets: exact below 64 s, above that each bucket spans at most
   * 1/32 of its lower bound, and the quantile is reported as its bucket's midpoint (so within 1.6 %
   * of the exact nearest-rank value).
   *
   * @param from the step before
   * @param to the step after
   * @param count how many times
   * @param median the 0.5 quantile
   * @param p90 the 0.9 quantile
   * @since 0.1
   */
  public record Gap(Step from, Step to, long count, Duration median, Duration p90) {
    /**
     * Validates the components.
     *
     * @param from the step before
     * @param to the step after
     * @param count how many times; at least 1
     * @param median the median; not negative
     * @param p90 the 0.9 quantile; at least the median
     * @throws IllegalArgumentException if the count is below 1 or the quantiles are out of order
     */
    public Gap {
      requireNonNull(from, "from");
      requireNonNull(to, "to");
      requireNonNull(median, "median");
      requireNonNull(p90, "p90");
      checkArgument(count >= 1, "count must be at least 1, got %s", count);
      checkArgument(!median.isNegative() && median.compareTo(p90) <= 0, "median must be in 0..p90");
    }
  }
}
