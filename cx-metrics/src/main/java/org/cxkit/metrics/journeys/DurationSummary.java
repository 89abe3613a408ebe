package org.cxkit.metrics.journeys;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.time.Duration;
import java.util.Optional;

/**
 * How long something took over a set of cases: the sample size, the median and the 90th percentile.
 * Quantiles are lower nearest-rank (Hyndman and Fan 1996, definition 1: the value at rank {@code
 * ceil(p · n)} of the sorted durations), read from a constant-memory sketch whose logarithmic
 * buckets keep every reported quantile within 1 % of the true one (DDSketch, Masson, Rim and Lee
 * 2019), rounded to the millisecond. With no durations the quantiles are empty.
 *
 * @param n how many durations
 * @param median the median, empty when {@code n} is 0
 * @param p90 the 90th percentile, empty when {@code n} is 0
 * @since 0.1
 */
public record DurationSummary(long n, Optional<Duration> median, Optional<Duration> p90) {
  /**
   * Validates the components.
   *
   * @param n how many; not negative
   * @param median the median, present exactly when {@code n > 0}
   * @param p90 the 90th percentile, present exactly when {@code n > 0}, not below the median
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the components disagree
   */
  public DurationSummary {
    requireNonNull(median, "median");
    requireNonNull(p90, "p90");
    checkArgument(n >= 0, "n must not be negative, got %s", n);
    checkArgument(
        median.isPresent() == (n > 0) && p90.isPresent() == (n > 0),
        "median and p90 are present exactly when n > 0");
    checkArgument(
        n == 0 || p90.orElseThrow().compareTo(median.orElseThrow()) >= 0,
        "p90 is below the median");
  }

  /**
   * Returns the summary of no durations.
   *
   * @return an empty summary
   * @since 0.1
   */
  public static DurationSummary empty() {
    return new DurationSummary(0, Optional.empty(), Optional.empty());
  }

  /**
   * Returns a summary.
   *
   * @param n how many; positive
   * @param median the median
   * @param p90 the 90th percentile
   * @return the summary
   * @since 0.1
   */
  public static DurationSummary of(long n, Duration median, Duration p90) {
    return new DurationSummary(n, Optional.of(median), Optional.of(p90));
  }

  /** Returns {@code n=12, median PT2H, p90 PT26H}, or {@code n=0 (no data)}. */
  @Override
  public String toString() {
    return n == 0
        ? "n=0 (no data)"
        : "n=" + n + ", median " + median.orElseThrow() + ", p90 " + p90.orElseThrow();
  }
}
