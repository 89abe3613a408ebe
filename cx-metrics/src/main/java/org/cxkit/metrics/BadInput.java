package org.cxkit.metrics;

import static com.google.common.base.Preconditions.checkArgument;

/**
 * What a reader or a calculator does with bad input (a malformed row, a score off the scale, a
 * response for another measure): fail on the first one, or leave each one out and go on, counting
 * every one and listing the first few as {@link Reject}s. The same policy serves the CSV and JSON
 * Lines readers ({@link ReadReport}), the calculators ({@link Computation}) and the scorecard.
 *
 * <pre>{@code
 * BadInput.failFast();       // the default: the first bad record throws a BadInputException
 * BadInput.collect(100);     // go on; count every reject and list the first 100 with their location
 * BadInput.collect(0);       // go on; only count
 * }</pre>
 *
 * <p>Listing is bounded so that reading a file of any size with any number of bad rows takes
 * constant memory; the count is always complete.
 *
 * <p>Immutable value; instances are equal when their policies are.
 *
 * @since 0.1
 */
public final class BadInput {
  private static final BadInput FAIL_FAST = new BadInput(-1);

  /** How many rejects to list, or -1 to fail fast. */
  private final int maxListed;

  private BadInput(int maxListed) {
    this.maxListed = maxListed;
  }

  /**
   * Returns the policy that fails on the first bad record, with a {@link BadInputException} naming
   * where it is and what was expected.
   *
   * @return the fail-fast policy
   */
  public static BadInput failFast() {
    return FAIL_FAST;
  }

  /**
   * Returns the policy that leaves bad records out and goes on: every one is counted, the first
   * {@code maxListed} are listed with their location and reason.
   *
   * @param maxListed how many rejects to list, at least 0 (0: only count them)
   * @return the collecting policy
   * @throws IllegalArgumentException if {@code maxListed} is negative
   */
  public static BadInput collect(int maxListed) {
    checkArgument(maxListed >= 0, "maxListed must not be negative, got %s", maxListed);
    return new BadInput(maxListed);
  }

  /**
   * Returns whether the first bad record fails the call.
   *
   * @return true for {@link #failFast()}
   */
  public boolean failsFast() {
    return maxListed < 0;
  }

  /**
   * Returns how many rejects are listed when collecting.
   *
   * @return the limit of the list; 0 when failing fast (nothing is collected then)
   */
  public int maxListed() {
    return Math.max(0, maxListed);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof BadInput b && b.maxListed == maxListed;
  }

  @Override
  public int hashCode() {
    return Integer.hashCode(maxListed);
  }

  @Override
  public String toString() {
    return failsFast() ? "BadInput[fail fast]" : "BadInput[collect, list up to " + maxListed + "]";
  }
}
