package org.cxkit.core;

import static java.util.Objects.requireNonNull;

import org.cxkit.core.internal.Args;
import org.cxkit.core.internal.Problems;

/**
 * A measure taken from operations rather than asked in a survey: how long a customer waited, how
 * long the service took, how many contacts a case needed. Its values are numbers in its {@link
 * Unit} (seconds, minutes, a percentage, a count), not points on a {@link Scale}, and need not be
 * whole: a wait of 37.5 seconds is a value.
 *
 * <pre>{@code
 * OperationalMeasure shine =
 *     OperationalMeasure.of("shine-time", "Time to shine", Kind.HANDLING_TIME, Unit.SECONDS);
 * // the standard of two minutes, tolerated up to five (Shostack 1984)
 * MetricTarget.of(shine.id(), MetricTarget.Unit.MEAN, 120).withTolerance(300);
 * }</pre>
 *
 * <p>A touchpoint targets an operational measure with a {@link MetricTarget.Unit#MEAN mean}, {@link
 * MetricTarget.Unit#MEDIAN median} or {@link MetricTarget.Unit#P90 90th percentile} of the values,
 * in the measure's unit; box shares and NPS points are for survey {@link Measure}s, and a model
 * that mixes them up fails to build. An operational measure shares the id space of the survey
 * measures.
 *
 * @param id the measure's id, such as {@code wait-time}
 * @param name a human-readable name
 * @param kind what is measured
 * @param unit the unit of its values
 * @param better which values are better: lower for times and counts by default
 * @since 0.1
 */
public record OperationalMeasure(
    MeasureId id, String name, Kind kind, Unit unit, Direction better) {

  /**
   * What an operational measure measures.
   *
   * @since 0.1
   */
  public enum Kind {
    /** Time the customer waits before something starts (a queue, a call on hold). */
    WAITING_TIME,
    /** Time the service takes once it starts (execution time, handling time). */
    HANDLING_TIME,
    /** Time from the customer's request to its resolution, waits included. */
    LEAD_TIME,
    /** A number of occurrences, such as contacts per case. */
    COUNT,
    /** A share of cases, such as first-contact resolution, in percent. */
    RATE,
    /** Any other operational figure. */
    OTHER;

    /**
     * Returns whether this kind is a time.
     *
     * @return true for waiting, handling and lead time
     */
    public boolean isTime() {
      return this == WAITING_TIME || this == HANDLING_TIME || this == LEAD_TIME;
    }
  }

  /**
   * The unit of an operational measure's values.
   *
   * @since 0.1
   */
  public enum Unit {
    /** Seconds. */
    SECONDS("s"),
    /** Minutes. */
    MINUTES("min"),
    /** Hours. */
    HOURS("h"),
    /** Days. */
    DAYS("d"),
    /** Percent, 0..100. */
    PERCENT("%"),
    /** A count of occurrences. */
    COUNT("count");

    private final String symbol;

    Unit(String symbol) {
      this.symbol = symbol;
    }

    /**
     * Returns whether this unit is a time.
     *
     * @return true for seconds, minutes, hours and days
     */
    public boolean isTime() {
      return this == SECONDS || this == MINUTES || this == HOURS || this == DAYS;
    }

    /**
     * Returns the lowest value in this unit: 0 (no unit here has negative values).
     *
     * @return 0
     */
    public double lowest() {
      return 0;
    }

    /**
     * Returns the highest value in this unit: 100 for percent, unbounded otherwise.
     *
     * @return 100 for {@link #PERCENT}, {@link Double#MAX_VALUE} otherwise
     */
    public double highest() {
      return this == PERCENT ? 100 : Double.MAX_VALUE;
    }

    /**
     * Returns the unit's symbol for tables and one-line summaries, such as {@code s}.
     *
     * @return the symbol
     */
    public String symbol() {
      return symbol;
    }
  }

  /**
   * Validates the components.
   *
   * @param id the measure's id
   * @param name a human-readable name
   * @param kind what is measured
   * @param unit the unit of its values
   * @param better which values are better
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the name is blank
   * @throws ModelValidationException if the unit does not fit the kind: a time in seconds, minutes,
   *     hours or days, a rate in percent, a count as a count
   */
  public OperationalMeasure {
    requireNonNull(id, "id");
    Args.text(name, "name");
    requireNonNull(kind, "kind");
    requireNonNull(unit, "unit");
    requireNonNull(better, "better");
    Problems problems = new Problems();
    if (kind.isTime() != unit.isTime()
        || (kind == Kind.RATE && unit != Unit.PERCENT)
        || (kind == Kind.COUNT && unit != Unit.COUNT)) {
      problems.add(
          ModelPath.root().field("unit"),
          "a %s measure is not in %s: use %s",
          kind,
          unit,
          kind.isTime() ? "SECONDS, MINUTES, HOURS or DAYS" : fitting(kind));
    }
    problems.throwIfAny("operational measure '" + id + "'");
  }

  private static String fitting(Kind kind) {
    return switch (kind) {
      case RATE -> "PERCENT";
      case COUNT -> "COUNT";
      default -> "PERCENT or COUNT";
    };
  }

  /**
   * Returns an operational measure where lower values are better, as for times and counts.
   *
   * @param id the id slug, such as {@code wait-time}
   * @param name a human-readable name
   * @param kind what is measured
   * @param unit the unit of its values
   * @return the measure
   * @throws IllegalArgumentException if the id is malformed or the name blank
   * @throws ModelValidationException if the unit does not fit the kind
   */
  public static OperationalMeasure of(String id, String name, Kind kind, Unit unit) {
    return new OperationalMeasure(MeasureId.of(id), name, kind, unit, Direction.LOWER_IS_BETTER);
  }

  /**
   * Returns this measure with another direction, such as higher-is-better for a resolution rate.
   *
   * @param newBetter which values are better
   * @return the changed measure
   */
  public OperationalMeasure withBetter(Direction newBetter) {
    return new OperationalMeasure(id, name, kind, unit, requireNonNull(newBetter, "newBetter"));
  }

  /**
   * Returns whether a higher value is better.
   *
   * @return true if higher is better
   */
  public boolean higherIsBetter() {
    return better == Direction.HIGHER_IS_BETTER;
  }

  /** Returns one line such as {@code OperationalMeasure[wait "Wait" WAITING_TIME in s, lower]}. */
  @Override
  public String toString() {
    return "OperationalMeasure["
        + id
        + " \""
        + name
        + "\" "
        + kind
        + " in "
        + unit.symbol()
        + (better == Direction.LOWER_IS_BETTER ? ", lower is better" : ", higher is better")
        + "]";
  }
}
