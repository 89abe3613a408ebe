package org.cxkit.metrics.internal;

import static com.google.common.base.Preconditions.checkArgument;

/** The checks the grouped accumulators share on their column arguments. */
final class GroupColumns {
  private GroupColumns() {}

  /**
   * Checks that a group column and a score column are as long as each other.
   *
   * @param groupColumn the groups
   * @param scoreCount the length of the score column
   * @throws IllegalArgumentException if they differ
   */
  static void checkSameLength(int[] groupColumn, int scoreCount) {
    checkArgument(
        groupColumn.length == scoreCount,
        "columns differ in length: %s groups, %s scores",
        groupColumn.length,
        scoreCount);
  }
}
