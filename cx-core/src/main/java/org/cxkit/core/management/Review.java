package org.cxkit.core.management;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.time.Period;
import java.util.Optional;
import org.cxkit.core.internal.Args;

/**
 * A journey owner's review in the management cadence: who reviews, how often, and when they last
 * did.
 *
 * <pre>{@code
 * Review.every("Permit services lead", Period.ofMonths(1)).withLastHeld(LocalDate.of(2026, 2, 27));
 * }</pre>
 *
 * @param owner the journey owner who reviews; not blank
 * @param every how often; positive
 * @param lastHeld when the last review was held, if ever
 * @since 0.1
 */
public record Review(String owner, Period every, Optional<LocalDate> lastHeld) {
  /**
   * Validates the components.
   *
   * @param owner the journey owner who reviews
   * @param every how often
   * @param lastHeld when the last review was held
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the owner is blank or the period not positive
   */
  public Review {
    requireNonNull(owner, "owner");
    requireNonNull(every, "every");
    requireNonNull(lastHeld, "lastHeld");
    Args.text(owner, "owner");
    checkArgument(
        !every.isNegative() && !every.isZero(), "every must be a positive period, got %s", every);
    requireNonNull(lastHeld, "lastHeld");
  }

  /**
   * Returns a review that has not been held yet.
   *
   * @param owner the journey owner
   * @param every how often
   * @return the review
   * @since 0.1
   */
  public static Review every(String owner, Period every) {
    return new Review(owner, every, Optional.empty());
  }

  /**
   * Returns this review last held on a date.
   *
   * @param date when
   * @return the changed review
   * @since 0.1
   */
  public Review withLastHeld(LocalDate date) {
    return new Review(owner, every, Optional.of(requireNonNull(date, "date")));
  }

  @Override
  public String toString() {
    return "Review["
        + owner
        + " every "
        + every
        + lastHeld.map(d -> ", last " + d).orElse("")
        + "]";
  }
}
