package org.cxkit.core.observed;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.time.Duration;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * What one {@link ActualJourney} is: all events of a customer, all events of a case, or a session:
 * a customer's run of events without a pause longer than an inactivity gap.
 *
 * <pre>{@code
 * EventLog.of(Grain.CUSTOMER, events);
 * EventLog.of(Grain.CASE, events);
 * EventLog.of(Grain.session(Duration.ofMinutes(30)), events);
 * }</pre>
 *
 * <p>The key of an event is its customer id ({@link #CUSTOMER}), its case id ({@link #CASE}), or
 * its session id, falling back to its customer id when it has none ({@link #session}). A session
 * ends where the next event of the same key comes more than the gap later (a pause of exactly the
 * gap continues it). An event without the grain's key belongs to no journey; an {@link EventLog}
 * counts it.
 *
 * @since 0.1
 */
public final class Grain {
  /** One journey per customer. */
  public static final Grain CUSTOMER = new Grain(Kind.CUSTOMER, null);

  /** One journey per case (an order, a claim, a ticket). */
  public static final Grain CASE = new Grain(Kind.CASE, null);

  /**
   * The kinds of grain.
   *
   * @since 0.1
   */
  public enum Kind {
    /** By customer. */
    CUSTOMER,
    /** By case. */
    CASE,
    /** By session, split at an inactivity gap. */
    SESSION
  }

  private final Kind kind;
  private final @Nullable Duration gap;

  private Grain(Kind kind, @Nullable Duration gap) {
    this.kind = kind;
    this.gap = gap;
  }

  /**
   * Returns the session grain: the events of a session id (or of a customer, for events without
   * one), split where a pause is longer than the gap.
   *
   * @param gap the longest pause within a session; positive
   * @return the grain
   * @throws IllegalArgumentException if the gap is not positive
   * @since 0.1
   */
  public static Grain session(Duration gap) {
    requireNonNull(gap, "gap");
    checkArgument(!gap.isNegative() && !gap.isZero(), "gap must be positive, got %s", gap);
    return new Grain(Kind.SESSION, gap);
  }

  /**
   * Returns the kind of grain.
   *
   * @return the kind
   * @since 0.1
   */
  public Kind kind() {
    return kind;
  }

  /**
   * Returns the inactivity gap of a session grain.
   *
   * @return the gap, or empty for the customer and case grains
   * @since 0.1
   */
  public Optional<Duration> gap() {
    return Optional.ofNullable(gap);
  }

  /**
   * Returns an event's key under this grain: the id of the journey it belongs to.
   *
   * @param event the event
   * @return the key, or empty if the event has none under this grain
   * @since 0.1
   */
  public Optional<String> key(JourneyEvent event) {
    requireNonNull(event, "event");
    switch (kind) {
      case CUSTOMER:
        return event.customer();
      case CASE:
        return event.caseId();
      default:
        return event.session().or(event::customer);
    }
  }

  /** Whether a pause from one event to the next ends a session. */
  boolean splits(JourneyEvent before, JourneyEvent after) {
    return gap != null && Duration.between(before.time(), after.time()).compareTo(gap) > 0;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof Grain g && kind == g.kind && java.util.Objects.equals(gap, g.gap);
  }

  @Override
  public int hashCode() {
    return kind.hashCode() * 31 + (gap == null ? 0 : gap.hashCode());
  }

  /** Returns {@code CUSTOMER}, {@code CASE} or {@code SESSION(PT30M)}. */
  @Override
  public String toString() {
    return gap == null ? kind.name() : kind + "(" + gap + ")";
  }
}
