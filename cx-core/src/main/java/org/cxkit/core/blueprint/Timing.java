package org.cxkit.core.blueprint;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.time.Duration;
import java.util.Optional;

/**
 * The time standards of a touchpoint, after Shostack (1984), <i>Designing Services That
 * Deliver</i>, Harvard Business Review 62(1): how long it should take (the execution standard), the
 * longest the customer tolerates before the perceived quality drops (the tolerance), and how long
 * the customer waits before it begins.
 *
 * <pre>{@code
 * Timing.standard(Duration.ofSeconds(30)).toleratingUpTo(Duration.ofSeconds(45));
 * }</pre>
 *
 * @param standard how long it should take, if set
 * @param tolerance the longest acceptable time, at least the standard; set only with a standard
 * @param waitBefore how long the customer waits before it begins, if set
 * @since 0.1
 */
public record Timing(
    Optional<Duration> standard, Optional<Duration> tolerance, Optional<Duration> waitBefore) {
  /** No time standard and no wait. */
  public static final Timing NONE =
      new Timing(Optional.empty(), Optional.empty(), Optional.empty());

  /**
   * Validates the components.
   *
   * @param standard how long it should take, if set
   * @param tolerance the longest acceptable time, if set
   * @param waitBefore how long the customer waits before it begins, if set
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if a duration is negative, a tolerance is set without a
   *     standard, or the tolerance is shorter than the standard
   * @since 0.1
   */
  public Timing {
    requireNonNull(standard, "standard");
    requireNonNull(tolerance, "tolerance");
    requireNonNull(waitBefore, "waitBefore");
    standard.ifPresent(d -> checkArgument(!d.isNegative(), "standard must not be negative"));
    waitBefore.ifPresent(d -> checkArgument(!d.isNegative(), "waitBefore must not be negative"));
    if (tolerance.isPresent()) {
      checkArgument(standard.isPresent(), "a tolerance needs a standard to tolerate more than");
      checkArgument(
          tolerance.get().compareTo(standard.get()) >= 0,
          "the tolerance is the longest acceptable time, so it must not be shorter than the"
              + " standard");
    }
  }

  /**
   * Returns a timing with an execution standard only.
   *
   * @param standard how long it should take
   * @return the timing
   * @since 0.1
   */
  public static Timing standard(Duration standard) {
    return new Timing(
        Optional.of(requireNonNull(standard, "standard")), Optional.empty(), Optional.empty());
  }

  /**
   * Returns this timing with a tolerance.
   *
   * @param longest the longest acceptable time
   * @return the changed timing
   * @since 0.1
   */
  public Timing toleratingUpTo(Duration longest) {
    return new Timing(standard, Optional.of(requireNonNull(longest, "longest")), waitBefore);
  }

  /**
   * Returns this timing with a wait before the touchpoint.
   *
   * @param wait how long the customer waits
   * @return the changed timing
   * @since 0.1
   */
  public Timing afterWaiting(Duration wait) {
    return new Timing(standard, tolerance, Optional.of(requireNonNull(wait, "wait")));
  }

  /**
   * Returns whether an observed duration is within the tolerance (or, with no tolerance, within the
   * standard).
   *
   * @param observed how long it took
   * @return true if it took no longer than the tolerance (or standard)
   * @throws IllegalStateException if there is no standard
   * @since 0.1
   */
  public boolean withinTolerance(Duration observed) {
    requireNonNull(observed, "observed");
    Duration limit =
        tolerance.or(() -> standard).orElseThrow(() -> new IllegalStateException("no standard"));
    return observed.compareTo(limit) <= 0;
  }

  /**
   * Returns whether nothing is set.
   *
   * @return true if there is no standard and no wait
   * @since 0.1
   */
  public boolean isEmpty() {
    return standard.isEmpty() && waitBefore.isEmpty();
  }

  @Override
  public String toString() {
    return "Timing[standard="
        + standard.map(Duration::toString).orElse("-")
        + tolerance.map(t -> ", tolerance=" + t).orElse("")
        + waitBefore.map(w -> ", wait=" + w).orElse("")
        + "]";
  }
}
