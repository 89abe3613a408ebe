package org.cxkit.metrics;

import org.cxkit.metrics.analysis.Scorecard;
import org.cxkit.metrics.spi.GroupedAccumulator;

/**
 * A bulk column path ({@link GroupedAccumulator#addAll(int[], byte[])}, {@link
 * Scorecard.Tally#addColumns}) met a value it cannot count: a group (touchpoint) index out of range
 * or a score off the measure's scale. Nothing of that call was added. {@link #index()} names the
 * offending position, so a caller can set that record aside and add the others: the values before
 * it are known to be good.
 *
 * <pre>{@code
 * try {
 *   tally.addColumns(nps, touchpoints, scores);
 * } catch (BadColumnValueException e) {
 *   int bad = e.index();   // scores[bad] or touchpoints[bad] is the problem; e.getMessage() says which
 * }
 * }</pre>
 */
public final class BadColumnValueException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  /** The position of the offending value in the columns. */
  private final int index;

  /**
   * Creates the exception.
   *
   * @param index the position of the offending value in the columns
   * @param message what is wrong, naming the column, the position and the expected range
   */
  public BadColumnValueException(int index, String message) {
    super(message);
    this.index = index;
  }

  /**
   * Returns the position of the offending value in the columns that were passed.
   *
   * @return the index, from 0
   */
  public int index() {
    return index;
  }
}
