package org.cxkit.metrics;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import org.cxkit.core.Measure;
import org.jspecify.annotations.Nullable;

/**
 * A record set aside instead of counted, with where it was and why.
 *
 * @param index the record's position in the input (0-based)
 * @param respondent the respondent, if the record names one (empty string otherwise)
 * @param reason what is wrong and what was expected
 */
public record Reject(long index, String respondent, String reason) {
  /**
   * Validates the components.
   *
   * @param index the record's position in the input (0-based)
   * @param respondent the respondent, if the record names one (empty string otherwise)
   * @param reason what is wrong and what was expected
   * @throws NullPointerException if a string is null
   * @throws IllegalArgumentException if the index is negative
   */
  public Reject {
    checkArgument(index >= 0, "index must not be negative, got %s", index);
    requireNonNull(respondent, "respondent");
    requireNonNull(reason, "reason");
  }

  /**
   * Returns what is wrong with a response for a measure, or null if nothing.
   *
   * @param r the response
   * @param measure the measure it should be for
   * @return the problem, or null
   */
  static @Nullable String check(Response r, Measure measure) {
    if (!r.measure().equals(measure.id())) {
      return "measure '" + r.measure() + "' is not '" + measure.id() + "'";
    }
    if (!measure.scale().contains(r.score())) {
      return "score " + r.score() + " is off the " + measure.id() + " scale "
          + measure.scale().min() + ".." + measure.scale().max();
    }
    return null;
  }

  @Override
  public String toString() {
    return "record " + index + (respondent.isEmpty() ? "" : " (respondent " + respondent + ")") + ": " + reason;
  }
}
