package org.cxkit.metrics;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.util.Locale;

/**
 * A confidence interval: lower and upper bound, the confidence level, and the method that made it.
 *
 * @param lower the lower bound
 * @param upper the upper bound (at least {@code lower})
 * @param level the confidence level, such as 0.95
 * @param method the method, such as {@code adjusted Wald}
 */
public record Interval(double lower, double upper, double level, String method) {
  /**
   * Validates the components.
   *
   * @param lower the lower bound
   * @param upper the upper bound (at least {@code lower})
   * @param level the confidence level, such as 0.95
   * @param method the method, such as {@code adjusted Wald}
   * @throws NullPointerException if the method is null
   * @throws IllegalArgumentException if a bound is not finite, the bounds are reversed or the level
   *     is not strictly between 0 and 1
   */
  public Interval {
    checkArgument(
        Double.isFinite(lower) && Double.isFinite(upper),
        "bounds must be finite: %s, %s",
        lower,
        upper);
    checkArgument(lower <= upper, "lower bound %s is above upper bound %s", lower, upper);
    checkArgument(level > 0 && level < 1, "confidence level must be in (0, 1), got %s", level);
    requireNonNull(method, "method");
    lower = lower == 0.0 ? 0.0 : lower;
    upper = upper == 0.0 ? 0.0 : upper;
  }

  /**
   * Returns whether {@code value} lies within the bounds (inclusive).
   *
   * @param value a value
   * @return true if {@code lower <= value <= upper}
   */
  public boolean contains(double value) {
    return value >= lower && value <= upper;
  }

  /**
   * Returns the half width, {@code (upper − lower) / 2}.
   *
   * @return the margin
   */
  public double margin() {
    return (upper - lower) / 2;
  }

  @Override
  public String toString() {
    return String.format(
        Locale.ROOT, "[%.2f, %.2f] %s%% %s", lower, upper, trim(level * 100), method);
  }

  private static String trim(double d) {
    return d == Math.rint(d) ? Long.toString((long) d) : Double.toString(d);
  }
}
