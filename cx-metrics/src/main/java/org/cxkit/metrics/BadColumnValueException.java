package org.cxkit.metrics;

import org.cxkit.metrics.analysis.Scorecard;
import org.cxkit.metrics.analysis.Trends;
import org.cxkit.metrics.spi.GroupedAccumulator;

/**
 * A bulk column path ({@link GroupedAccumulator#addAll(int[], byte[])}, {@link
 * Scorecard.Tally#addColumns}, {@link Trends.State#addColumns(long[], int[])}) met a value it
 * cannot count: a group (touchpoint) index out of range or a score off the measure's scale. Nothing
 * of that call was added. {@link #index()} names the offending position, so a caller can set that
 * record aside and add the others: the values before it are known to be good. It is bad input like
 * any other ({@linkplain BadInputException.Kind#STRUCTURE structure}, located at the {@linkplain
 * InputLocation.RecordPosition record and column}), and its message names the column and the
 * expected range, never the value.
 *
 * <pre>{@code
 * try {
 *   tally.addColumns(nps, touchpoints, scores);
 * } catch (BadColumnValueException e) {
 *   int bad = e.index();   // scores[bad] or touchpoints[bad] is the problem; e.getMessage() says which
 * }
 * }</pre>
 *
 * @since 0.1
 */
public final class BadColumnValueException extends BadInputException {
  private static final long serialVersionUID = 1L;

  /** The position of the offending value in the columns. */
  private final int index;

  /**
   * Creates the exception.
   *
   * @param index the position of the offending value in the columns, from 0
   * @param column the column that holds it ({@code "scores"}, {@code "groups"}, ...)
   * @param reason what is wrong and what was expected, never the value
   * @throws NullPointerException if {@code column} or {@code reason} is null
   * @throws IllegalArgumentException if {@code index} is negative
   */
  public BadColumnValueException(int index, String column, String reason) {
    super(Kind.STRUCTURE, InputLocation.record(index, column), reason);
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
