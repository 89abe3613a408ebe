package org.cxkit.formats;

/**
 * Receives scores without an object per answer: the primitive path from a responses file into bulk
 * accumulators (for example cx-metrics' scorecard columns: a touchpoint-index column and a score
 * column).
 *
 * <pre>{@code
 * int[][] counts = new int[touchpoints.size()][11];
 * csv.readScores(file, touchpoints, MeasureId.of("nps"), (tp, score) -> counts[tp][score]++);
 * }</pre>
 *
 * @since 0.1
 */
@FunctionalInterface
public interface ScoreSink {
  /**
   * Accepts one score.
   *
   * @param touchpoint the index of the answer's touchpoint in the list given to the reader, or
   *     {@code -1} for an answer about no touchpoint (a blank touchpoint cell)
   * @param score the score, as written (range checks belong to the calculator)
   */
  void accept(int touchpoint, int score);
}
