package org.cxkit.core.observed;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkState;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * Journey events grouped into {@link ActualJourney}s by a {@link Grain}: the input of conformance
 * checking and path analysis.
 *
 * <pre>{@code
 * EventLog log = EventLog.of(Grain.CUSTOMER, events);
 * log.journeys();            // one per customer, sorted by customer id
 *
 * // Streaming, for input whose journeys come one after another (an XES trace, a sorted CSV):
 * try (EventLog.Grouper g = EventLog.grouper(Grain.CASE, journey -> conformance.add(journey))) {
 *   csv.read(file, g);
 * }
 * }</pre>
 *
 * <p><b>Order.</b> Within a journey, events are sorted by time, and events at the same instant keep
 * the order they were added in (a stable sort). Journeys are sorted by key (string order), then by
 * {@linkplain ActualJourney#sequence() sequence}, so the log does not depend on how the events of
 * different journeys were interleaved. An event without the grain's key (a case grain, an event
 * without a case id) joins no journey and is counted by {@link #withoutKey()}.
 *
 * <p>An event log holds every event in memory. The {@link Grouper} holds one journey's events at a
 * time (and the keys it has seen), for logs too large to hold.
 *
 * @since 0.1
 */
public final class EventLog {
  private final Grain grain;
  private final ImmutableList<ActualJourney> journeys;
  private final long events;
  private final long withoutKey;

  private EventLog(
      Grain grain, ImmutableList<ActualJourney> journeys, long events, long withoutKey) {
    this.grain = grain;
    this.journeys = journeys;
    this.events = events;
    this.withoutKey = withoutKey;
  }

  /**
   * Groups events into journeys.
   *
   * @param grain what one journey is
   * @param events the events, in any order
   * @return the log
   * @since 0.1
   */
  public static EventLog of(Grain grain, Iterable<JourneyEvent> events) {
    requireNonNull(events, "events");
    Builder b = builder(grain);
    for (JourneyEvent e : events) {
      b.add(requireNonNull(e, () -> "events[" + (b.added + b.withoutKey) + "]"));
    }
    return b.build();
  }

  /**
   * Starts a log to add events to one at a time (a reader's sink).
   *
   * @param grain what one journey is
   * @return a builder
   * @since 0.1
   */
  public static Builder builder(Grain grain) {
    return new Builder(requireNonNull(grain, "grain"));
  }

  /**
   * Returns a streaming grouper: it takes events whose journeys come one after another and hands
   * each journey to the sink as soon as the next one starts, and the last one on {@link
   * Grouper#close()}.
   *
   * @param grain what one journey is
   * @param sink receives each journey
   * @return the grouper
   * @since 0.1
   */
  public static Grouper grouper(Grain grain, Consumer<? super ActualJourney> sink) {
    return new Grouper(requireNonNull(grain, "grain"), requireNonNull(sink, "sink"));
  }

  /**
   * Returns what one journey is.
   *
   * @return the grain
   * @since 0.1
   */
  public Grain grain() {
    return grain;
  }

  /**
   * Returns the journeys, sorted by key and sequence.
   *
   * @return the journeys
   * @since 0.1
   */
  public ImmutableList<ActualJourney> journeys() {
    return journeys;
  }

  /**
   * Returns the number of events in journeys.
   *
   * @return the events grouped into journeys
   * @since 0.1
   */
  public long eventCount() {
    return events;
  }

  /**
   * Returns the number of events that joined no journey, having no key under the grain.
   *
   * @return the events left out
   * @since 0.1
   */
  public long withoutKey() {
    return withoutKey;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof EventLog l
        && grain.equals(l.grain)
        && journeys.equals(l.journeys)
        && withoutKey == l.withoutKey;
  }

  @Override
  public int hashCode() {
    return (grain.hashCode() * 31 + journeys.hashCode()) * 31 + Long.hashCode(withoutKey);
  }

  /** Returns a one-line summary such as {@code EventLog[CUSTOMER: 120 journeys, 950 events]}. */
  @Override
  public String toString() {
    return "EventLog["
        + grain
        + ": "
        + journeys.size()
        + (journeys.size() == 1 ? " journey, " : " journeys, ")
        + events
        + (events == 1 ? " event" : " events")
        + (withoutKey == 0 ? "" : ", " + withoutKey + " without a key")
        + "]";
  }

  /** Splits one key's events (in input order) into its journeys. */
  private static void split(
      Grain grain, String key, List<JourneyEvent> events, Consumer<? super ActualJourney> out) {
    ImmutableList<JourneyEvent> sorted = ActualJourney.sortedByTime(ImmutableList.copyOf(events));
    int from = 0;
    int sequence = 0;
    for (int i = 1; i <= sorted.size(); i++) {
      if (i == sorted.size() || grain.splits(sorted.get(i - 1), sorted.get(i))) {
        out.accept(ActualJourney.ordered(grain, key, sequence++, sorted.subList(from, i)));
        from = i;
      }
    }
  }

  /**
   * Collects events into an {@link EventLog}; it is also a sink for readers ({@code csv.read(file,
   * builder)}).
   *
   * @since 0.1
   */
  public static final class Builder implements Consumer<JourneyEvent> {
    private final Grain grain;
    private final Map<String, List<JourneyEvent>> byKey = new TreeMap<>();
    private long added;
    private long withoutKey;

    private Builder(Grain grain) {
      this.grain = grain;
    }

    /**
     * Adds an event.
     *
     * @param event the event
     * @return this builder
     * @since 0.1
     */
    public Builder add(JourneyEvent event) {
      requireNonNull(event, "event");
      Optional<String> key = grain.key(event);
      if (key.isPresent()) {
        byKey.computeIfAbsent(key.get(), k -> new ArrayList<>()).add(event);
        added++;
      } else {
        withoutKey++;
      }
      return this;
    }

    /**
     * Adds an event; the same as {@link #add}.
     *
     * @param event the event
     * @since 0.1
     */
    @Override
    public void accept(JourneyEvent event) {
      add(event);
    }

    /**
     * Builds the log.
     *
     * @return the log
     * @since 0.1
     */
    public EventLog build() {
      ImmutableList.Builder<ActualJourney> journeys = ImmutableList.builder();
      byKey.forEach((key, events) -> split(grain, key, events, journeys::add));
      return new EventLog(grain, journeys.build(), added, withoutKey);
    }

    @Override
    public String toString() {
      return "EventLog.Builder[" + grain + ", " + added + " events]";
    }
  }

  /**
   * Groups a stream of events whose journeys come one after another (all events of one key, then
   * all of the next) into journeys, holding one key's events at a time. Events of a key are sorted
   * by time before its journeys are handed on, so only the keys need to be contiguous, not the
   * times.
   *
   * <p>A key that comes back after another key's events fails with an {@link
   * IllegalArgumentException} (use {@link EventLog#of} for such input); an event without the
   * grain's key is counted by {@link #withoutKey()}.
   *
   * @since 0.1
   */
  public static final class Grouper implements Consumer<JourneyEvent>, AutoCloseable {
    private final Grain grain;
    private final Consumer<? super ActualJourney> sink;
    private final Set<String> done = new HashSet<>();
    private final List<JourneyEvent> current = new ArrayList<>();
    private @Nullable String key;
    private long events;
    private long withoutKey;
    private boolean closed;

    private Grouper(Grain grain, Consumer<? super ActualJourney> sink) {
      this.grain = grain;
      this.sink = sink;
    }

    /**
     * Takes the next event; hands the previous key's journeys to the sink when its key changes.
     *
     * @param event the event
     * @throws IllegalArgumentException if the event's key came before, with other keys between
     * @throws IllegalStateException if the grouper is closed
     * @since 0.1
     */
    @Override
    public void accept(JourneyEvent event) {
      requireNonNull(event, "event");
      checkState(!closed, "the grouper is closed");
      Optional<String> k = grain.key(event);
      if (k.isEmpty()) {
        withoutKey++;
        return;
      }
      String next = k.get();
      if (!next.equals(key)) {
        flush();
        checkArgument(
            done.add(next),
            "event %s comes back to a journey that other journeys' events followed: group"
                + " unsorted input with EventLog.of",
            events + withoutKey + 1);
        key = next;
      }
      current.add(event);
      events++;
    }

    private void flush() {
      if (key != null && !current.isEmpty()) {
        split(grain, key, current, sink);
        current.clear();
      }
    }

    /**
     * Returns the number of events grouped so far.
     *
     * @return the events with a key
     * @since 0.1
     */
    public long events() {
      return events;
    }

    /**
     * Returns the number of events that joined no journey, having no key under the grain.
     *
     * @return the events left out
     * @since 0.1
     */
    public long withoutKey() {
      return withoutKey;
    }

    /**
     * Hands the last journey to the sink. Closing again does nothing.
     *
     * @since 0.1
     */
    @Override
    public void close() {
      if (!closed) {
        closed = true;
        flush();
      }
    }

    @Override
    public String toString() {
      return "EventLog.Grouper[" + grain + ", " + events + " events]";
    }
  }
}
