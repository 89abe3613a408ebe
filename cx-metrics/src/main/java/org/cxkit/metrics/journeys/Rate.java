package org.cxkit.metrics.journeys;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.Locale;
import java.util.Optional;
import org.cxkit.metrics.Interval;
import org.cxkit.metrics.internal.Stats;

/**
 * A share of a count: {@code count} of {@code of}, with its value and a 95 % Wilson score interval
 * (Wilson 1927; Agresti &amp; Coull 1998 recommend it over the Wald interval for small samples and
 * shares near 0 or 1). A rate of nothing ({@code of == 0}) has no value: too little data is a
 * visible state, never a silent 0.
 *
 * @param count how many had the property
 * @param of out of how many
 * @since 0.1
 */
public record Rate(long count, long of) {
  private static final double Z95 = Stats.z(0.95);

  /**
   * Validates the components.
   *
   * @param count how many; not negative
   * @param of out of how many; at least {@code count}
   * @throws IllegalArgumentException if {@code count} is negative or above {@code of}
   */
  public Rate {
    checkArgument(count >= 0 && count <= of, "count %s is not in 0..%s", count, of);
  }

  /**
   * Returns the share, {@code count / of}.
   *
   * @return the share in [0, 1], or empty when {@code of} is 0
   * @since 0.1
   */
  public Optional<Double> value() {
    return of == 0 ? Optional.empty() : Optional.of((double) count / of);
  }

  /**
   * Returns the 95 % Wilson score interval of the share.
   *
   * @return the interval, or empty when {@code of} is 0
   * @since 0.1
   */
  public Optional<Interval> interval() {
    if (of == 0) {
      return Optional.empty();
    }
    double[] w = Stats.wilson(count, of, Z95);
    return Optional.of(new Interval(w[0], w[1], 0.95, "Wilson score"));
  }

  /** Returns {@code 3/40 (7.5 %)}, or {@code 0/0 (no data)}. */
  @Override
  public String toString() {
    return count
        + "/"
        + of
        + (of == 0 ? " (no data)" : String.format(Locale.ROOT, " (%.1f %%)", 100.0 * count / of));
  }
}
