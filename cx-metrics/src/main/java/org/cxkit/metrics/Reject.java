package org.cxkit.metrics;

import static java.util.Objects.requireNonNull;

/**
 * A bad record that was left out instead of failing the call ({@link BadInput#collect(int)}): where
 * it is and why, never its content (survey answers and ids are personal data). Under {@link
 * BadInput#failFast()} the same record fails the call with a {@link BadInputException} of the same
 * location.
 *
 * <pre>{@code
 * for (Reject r : report.rejects()) {
 *   System.err.println(r);   // row 2, column 'score': not an integer score
 * }
 * }</pre>
 *
 * @param location where the record (and, if known, the offending field) is
 * @param reason what is wrong and what was expected
 * @since 0.1
 */
public record Reject(InputLocation location, String reason) {
  /**
   * Validates the components.
   *
   * @param location where the record (and, if known, the offending field) is
   * @param reason what is wrong and what was expected
   * @throws NullPointerException if an argument is null
   */
  public Reject {
    requireNonNull(location, "location");
    requireNonNull(reason, "reason");
  }

  @Override
  public String toString() {
    return location + ": " + reason;
  }
}
