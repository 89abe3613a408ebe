package org.cxkit.metrics.analysis;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.Optional;
import org.cxkit.metrics.Interval;

/**
 * Percentile bootstrap intervals for key-driver weights, from {@link KeyDrivers#bootstrap}: each
 * driver's Johnson weight and Shapley value (both in R² units, 0..1) over {@code resamples}
 * resamples of the rows drawn with replacement by a generator seeded with {@code seed}, so the same
 * rows, resamples and seed give the same intervals.
 *
 * <p>A resample in which the regression cannot be estimated (a driver without spread, too few
 * complete rows) is counted but not used; with fewer than two estimated resamples there are no
 * intervals, and {@link #johnson(String)} and {@link #shapley(String)} are empty.
 *
 * @param drivers the drivers, in the analysis's order
 * @param n the number of rows resampled (each resample has as many)
 * @param resamples the number of resamples drawn
 * @param estimated how many of them could be estimated
 * @param seed the generator's seed
 * @param level the confidence level of the intervals
 * @param johnsonIntervals per driver, the interval of its Johnson weight (empty if too few
 *     resamples were estimated)
 * @param shapleyIntervals per driver, the interval of its Shapley value (likewise)
 * @since 0.1
 */
public record DriverIntervals(
    ImmutableList<String> drivers,
    int n,
    int resamples,
    int estimated,
    long seed,
    double level,
    ImmutableMap<String, Interval> johnsonIntervals,
    ImmutableMap<String, Interval> shapleyIntervals) {

  /** The method named on every interval. */
  public static final String METHOD = "bootstrap percentile";

  /**
   * Validates and copies the components.
   *
   * @param drivers the drivers
   * @param n the number of rows
   * @param resamples the number of resamples, at least 2
   * @param estimated how many were estimated, 0..resamples
   * @param seed the seed
   * @param level the confidence level, in (0, 1)
   * @param johnsonIntervals the Johnson intervals, one per driver or none
   * @param shapleyIntervals the Shapley intervals, one per driver or none
   * @throws NullPointerException if a component is null
   * @throws IllegalArgumentException if a count is out of range or the intervals do not match the
   *     drivers
   */
  public DriverIntervals {
    drivers = ImmutableList.copyOf(requireNonNull(drivers, "drivers"));
    johnsonIntervals = ImmutableMap.copyOf(requireNonNull(johnsonIntervals, "johnsonIntervals"));
    shapleyIntervals = ImmutableMap.copyOf(requireNonNull(shapleyIntervals, "shapleyIntervals"));
    checkArgument(n >= 0, "n must not be negative, got %s", n);
    checkArgument(resamples >= 2, "resamples must be at least 2, got %s", resamples);
    checkArgument(
        estimated >= 0 && estimated <= resamples,
        "estimated must be in 0..%s, got %s",
        resamples,
        estimated);
    checkArgument(level > 0 && level < 1, "level must be in (0, 1), got %s", level);
    for (ImmutableMap<String, Interval> m : ImmutableList.of(johnsonIntervals, shapleyIntervals)) {
      checkArgument(
          m.isEmpty() || m.keySet().asList().equals(drivers),
          "the intervals must be one per driver, in order, or none");
    }
  }

  /**
   * Returns the interval of a driver's Johnson weight, if enough resamples were estimated.
   *
   * @param driver the driver's name
   * @return the interval
   * @throws IllegalArgumentException if the driver is not one of the analysis's
   */
  public Optional<Interval> johnson(String driver) {
    return find(johnsonIntervals, driver);
  }

  /**
   * Returns the interval of a driver's Shapley value, if enough resamples were estimated.
   *
   * @param driver the driver's name
   * @return the interval
   * @throws IllegalArgumentException if the driver is not one of the analysis's
   */
  public Optional<Interval> shapley(String driver) {
    return find(shapleyIntervals, driver);
  }

  private Optional<Interval> find(ImmutableMap<String, Interval> m, String driver) {
    requireNonNull(driver, "driver");
    checkArgument(drivers.contains(driver), "no driver of that name (drivers: %s)", drivers);
    return Optional.ofNullable(m.get(driver));
  }

  @Override
  public String toString() {
    return "DriverIntervals["
        + drivers.size()
        + " drivers, n "
        + n
        + ", "
        + estimated
        + " of "
        + resamples
        + " resamples estimated, seed "
        + seed
        + ", level "
        + level
        + (johnsonIntervals.isEmpty() ? ", no intervals" : "")
        + "]";
  }
}
