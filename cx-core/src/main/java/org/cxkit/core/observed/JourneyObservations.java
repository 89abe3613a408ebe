package org.cxkit.core.observed;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableTable;
import org.cxkit.core.JourneyId;
import org.cxkit.core.TouchpointId;

/**
 * What observed journeys did, counted in the design's own terms, for the checks that use observed
 * data ({@link org.cxkit.core.check.ModelCheck#run(org.cxkit.core.CxModel, Iterable)}): how many
 * journeys, how often each move between two touchpoints was made, and how often each touchpoint was
 * met and failed. cx-metrics' conformance result gives one ({@code ConformanceResult
 * .observations()}); a host with its own counts builds one directly.
 *
 * <pre>{@code
 * JourneyObservations seen = conformanceResult.observations();
 * CheckReport report = ModelCheck.defaults().run(model, List.of(seen));
 * }</pre>
 *
 * @param journey the designed journey the counts are about
 * @param journeys how many actual journeys were counted
 * @param moves how often a journey went from one touchpoint straight to another (row: from, column:
 *     to); a move not in the table was never made
 * @param events how often each touchpoint was met; a touchpoint not in the map never was
 * @param failing how often each touchpoint was met with a failed outcome
 * @since 0.1
 */
public record JourneyObservations(
    JourneyId journey,
    long journeys,
    ImmutableTable<TouchpointId, TouchpointId, Long> moves,
    ImmutableMap<TouchpointId, Long> events,
    ImmutableMap<TouchpointId, Long> failing) {
  /**
   * Validates the components.
   *
   * @param journey the designed journey
   * @param journeys how many journeys; not negative
   * @param moves move counts; not negative
   * @param events events per touchpoint; not negative
   * @param failing failed events per touchpoint; at most the events
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if a count is negative or more events failed than were met
   */
  public JourneyObservations {
    requireNonNull(journey, "journey");
    checkArgument(journeys >= 0, "journeys must not be negative, got %s", journeys);
    moves = ImmutableTable.copyOf(requireNonNull(moves, "moves"));
    events = ImmutableMap.copyOf(requireNonNull(events, "events"));
    failing = ImmutableMap.copyOf(requireNonNull(failing, "failing"));
    moves.values().forEach(n -> checkArgument(n >= 0, "a move count is negative"));
    events.values().forEach(n -> checkArgument(n >= 0, "an event count is negative"));
    for (var e : failing.entrySet()) {
      long met = events.getOrDefault(e.getKey(), 0L);
      checkArgument(
          e.getValue() >= 0 && e.getValue() <= met,
          "touchpoint '%s' failed %s times but was met %s times",
          e.getKey(),
          e.getValue(),
          met);
    }
  }

  /** Returns {@code JourneyObservations[first-visit: 40 journeys, 12 moves]}. */
  @Override
  public String toString() {
    return "JourneyObservations["
        + journey
        + ": "
        + journeys
        + (journeys == 1 ? " journey, " : " journeys, ")
        + moves.size()
        + (moves.size() == 1 ? " move]" : " moves]");
  }
}
