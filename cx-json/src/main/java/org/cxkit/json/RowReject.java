package org.cxkit.json;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

/**
 * A row a reader rejected: where, and why (never the rejected content itself).
 *
 * @param row the 1-based data row (for JSON Lines: the line)
 * @param column the column (CSV header name) or JSON Pointer of the offending value, or {@code ""}
 *     for the whole row
 * @param reason what was wrong and what was expected
 * @since 0.1
 */
public record RowReject(long row, String column, String reason) {
  /**
   * Creates a reject.
   *
   * @param row the 1-based data row
   * @param column the column or pointer, or {@code ""}
   * @param reason what was wrong and what was expected
   */
  public RowReject {
    checkArgument(row >= 1, "row must be >= 1, got %s", row);
    requireNonNull(column, "column");
    requireNonNull(reason, "reason");
  }

  @Override
  public String toString() {
    return "row " + row + (column.isEmpty() ? "" : ", column '" + column + "'") + ": " + reason;
  }
}
