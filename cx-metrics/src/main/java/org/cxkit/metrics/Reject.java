package org.cxkit.metrics;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

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

  @Override
  public String toString() {
    return "record "
        + index
        + (respondent.isEmpty() ? "" : " (respondent " + respondent + ")")
        + ": "
        + reason;
  }
}
