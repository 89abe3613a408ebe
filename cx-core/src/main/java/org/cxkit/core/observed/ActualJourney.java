package org.cxkit.core.observed;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.time.Duration;
import java.time.Instant;
import org.cxkit.core.internal.Args;
import org.jspecify.annotations.Nullable;

/**
 * The events of one customer, case or session (its {@link Grain}) in time order: a journey as it
 * was actually walked, to compare with the designed one.
 *
 * <pre>{@code
 * ActualJourney j = ActualJourney.of(Grain.CUSTOMER, "c-42", events);
 * j.steps();        // [book-table, compare-dates, book-table, ...]
 * j.duration();     // PT25M
 * }</pre>
 *
 * <p><b>Order.</b> Events are sorted by time; events at the same instant keep the order they were
 * given in (a stable sort), so equal inputs always give equal journeys. Under a session grain one
 * key may have several journeys; {@link #sequence()} numbers them from 0 in time order.
 *
 * <p>Instances are immutable and compare by value. The key is personal data: {@link #toString()}
 * leaves it out.
 *
 * @since 0.1
 */
public final class ActualJourney {
  private final Grain grain;
  private final String key;
  private final int sequence;
  private final ImmutableList<JourneyEvent> events;

  private ActualJourney(Grain grain, String key, int sequence, ImmutableList<JourneyEvent> events) {
    this.grain = grain;
    this.key = key;
    this.sequence = sequence;
    this.events = events;
  }

  /**
   * Returns a journey of the given events, sorted by time (ties keep the given order).
   *
   * @param grain what the journey is
   * @param key the customer, case or session id
   * @param events the events; at least one
   * @return the journey
   * @throws IllegalArgumentException if the key is blank or there are no events
   * @since 0.1
   */
  public static ActualJourney of(Grain grain, String key, Iterable<JourneyEvent> events) {
    requireNonNull(grain, "grain");
    Args.text(key, "key");
    ImmutableList<JourneyEvent> list = Args.list(events, "events");
    checkArgument(!list.isEmpty(), "a journey has at least one event");
    return new ActualJourney(grain, key, 0, sortedByTime(list));
  }

  /** Builds a journey whose events are already in order (package use: {@link EventLog}). */
  static ActualJourney ordered(
      Grain grain, String key, int sequence, ImmutableList<JourneyEvent> events) {
    return new ActualJourney(grain, key, sequence, events);
  }

  static ImmutableList<JourneyEvent> sortedByTime(ImmutableList<JourneyEvent> events) {
    for (int i = 1; i < events.size(); i++) {
      if (events.get(i).time().isBefore(events.get(i - 1).time())) {
        // List.sort is stable (a merge sort): ties keep their order.
        java.util.List<JourneyEvent> copy = new java.util.ArrayList<>(events);
        copy.sort(java.util.Comparator.comparing(JourneyEvent::time));
        return ImmutableList.copyOf(copy);
      }
    }
    return events;
  }

  /**
   * Returns what the journey is.
   *
   * @return the grain
   * @since 0.1
   */
  public Grain grain() {
    return grain;
  }

  /**
   * Returns the journey's key: the customer, case or session id its events share.
   *
   * @return the key
   * @since 0.1
   */
  public String key() {
    return key;
  }

  /**
   * Returns the number of this journey among the journeys of its key: 0 except for the later
   * sessions of a key under a session grain.
   *
   * @return the sequence number, from 0
   * @since 0.1
   */
  public int sequence() {
    return sequence;
  }

  /**
   * Returns the events in time order.
   *
   * @return the events; never empty
   * @since 0.1
   */
  public ImmutableList<JourneyEvent> events() {
    return events;
  }

  /**
   * Returns the steps the journey passed, in order (a step met twice appears twice).
   *
   * @return the steps
   * @since 0.1
   */
  public ImmutableList<Step> steps() {
    ImmutableList.Builder<Step> b = ImmutableList.builderWithExpectedSize(events.size());
    for (JourneyEvent e : events) {
      b.add(e.step());
    }
    return b.build();
  }

  /**
   * Returns the number of events.
   *
   * @return at least 1
   * @since 0.1
   */
  public int size() {
    return events.size();
  }

  /**
   * Returns when the journey started.
   *
   * @return the first event's time
   * @since 0.1
   */
  public Instant start() {
    return events.get(0).time();
  }

  /**
   * Returns when the journey ended.
   *
   * @return the last event's time
   * @since 0.1
   */
  public Instant end() {
    return events.get(events.size() - 1).time();
  }

  /**
   * Returns how long the journey took.
   *
   * @return the time from the first event to the last
   * @since 0.1
   */
  public Duration duration() {
    return Duration.between(start(), end());
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof ActualJourney j
        && grain.equals(j.grain)
        && key.equals(j.key)
        && sequence == j.sequence
        && events.equals(j.events);
  }

  @Override
  public int hashCode() {
    return java.util.Objects.hash(grain, key, sequence, events);
  }

  /**
   * Returns a one-line summary such as {@code ActualJourney[CUSTOMER, 5 events,
   * 2026-11-04T17:02:00Z for PT25M]}, without the key.
   */
  @Override
  public String toString() {
    return "ActualJourney["
        + grain
        + ", "
        + events.size()
        + (events.size() == 1 ? " event, " : " events, ")
        + start()
        + " for "
        + duration()
        + "]";
  }
}
