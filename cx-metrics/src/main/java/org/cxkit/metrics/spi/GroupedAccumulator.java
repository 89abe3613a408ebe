package org.cxkit.metrics.spi;

import org.cxkit.metrics.BadColumnValueException;
import org.cxkit.metrics.MetricResult;

/**
 * One accumulator per group (such as per touchpoint), fed from parallel columns: a group index and
 * a score per observation, without an object per observation.
 *
 * <pre>{@code
 * GroupedAccumulator<NpsResult> g = Nps.metric().newGroupedAccumulator(3);
 * g.addAll(new int[] {0, 2, 2}, new byte[] {10, 3, 9});
 * g.result(2);   // NpsResult for group 2: n=2, score 0
 * }</pre>
 *
 * <p>Merging follows the {@link MergeableState} contract, group by group. A grouped accumulator is
 * the column path of an analysis' state (the scorecard keeps one per measure), not a state of its
 * own: it has no byte encoding; encode its groups' {@linkplain #accumulator(int) accumulators}.
 *
 * @param <R> the result type
 */
public interface GroupedAccumulator<R extends MetricResult> {
  /**
   * Returns the number of groups.
   *
   * @return the group count
   */
  int groups();

  /**
   * Adds one score to one group.
   *
   * @param group the group index
   * @param score a point on the scale
   * @throws IndexOutOfBoundsException if the group is out of range
   * @throws org.cxkit.metrics.BadInputException if the score is off the scale
   */
  void add(int group, int score);

  /**
   * Adds parallel columns: {@code scores[i]} to group {@code groups[i]}. The arrays are read during
   * the call only: an implementation keeps no reference to them, so the caller may fill them again.
   *
   * @param groups group indices
   * @param scores scores, as long as {@code groups}
   * @throws IllegalArgumentException if the lengths differ (a programming error)
   * @throws BadColumnValueException naming the first index whose group or score is out of range
   *     (bad data, never the value; its {@link BadColumnValueException#index() index()} is that
   *     index); nothing is added then
   */
  void addAll(int[] groups, byte[] scores);

  /**
   * Adds parallel columns: {@code scores[i]} to group {@code groups[i]}. The arrays are read during
   * the call only: an implementation keeps no reference to them, so the caller may fill them again.
   *
   * @param groups group indices
   * @param scores scores, as long as {@code groups}
   * @throws IllegalArgumentException if the lengths differ (a programming error)
   * @throws BadColumnValueException naming the first index whose group or score is out of range
   *     (bad data, never the value; its {@link BadColumnValueException#index() index()} is that
   *     index); nothing is added then
   */
  void addAll(int[] groups, int[] scores);

  /**
   * Adds {@code count} scores of the same point to one group at once: a count aggregated elsewhere
   * (a database's {@code GROUP BY}, a frequency table, a reader that counted as it went), with no
   * column entry per score. The result is that of adding the score {@code count} times. This
   * default does exactly that, one by one; an accumulator that keeps counts per point overrides it
   * to add the count in one step, and the one {@link Metric#newGroupedAccumulator} gives a
   * calculator without its own adds it in about log2(count) merges.
   *
   * @param group the group index
   * @param score a point on the scale
   * @param count how many times (0 adds nothing)
   * @throws IllegalArgumentException if the count is negative
   * @throws IndexOutOfBoundsException if the group is out of range
   * @throws org.cxkit.metrics.BadInputException if the score is off the scale (nothing is added)
   * @throws ArithmeticException if a count would overflow (nothing is added)
   * @since 0.1
   */
  default void addCount(int group, int score, long count) {
    if (count < 0) {
      throw new IllegalArgumentException("count must not be negative, got " + count);
    }
    for (long k = 0; k < count; k++) {
      add(group, score);
    }
  }

  /**
   * Adds the state of {@code other} group by group and returns this one; {@code other} is left
   * unchanged.
   *
   * @param other a grouped accumulator of the same metric and group count
   * @return this accumulator
   * @throws IllegalArgumentException if the metric or group count differs
   */
  GroupedAccumulator<R> merge(GroupedAccumulator<R> other);

  /**
   * Adds the state of an accumulator of the same metric to one group and returns this one; {@code
   * other} is left unchanged.
   *
   * @param group the group index
   * @param other an accumulator of the same metric
   * @return this grouped accumulator
   * @throws IndexOutOfBoundsException if the group is out of range
   * @throws IllegalArgumentException if {@code other} belongs to another metric
   * @throws ArithmeticException if a count overflows (nothing changes then)
   * @since 0.1
   */
  GroupedAccumulator<R> merge(int group, Accumulator<R> other);

  /**
   * Returns a copy of one group's accumulator.
   *
   * @param group the group index
   * @return an independent accumulator
   * @throws IndexOutOfBoundsException if the group is out of range
   */
  Accumulator<R> accumulator(int group);

  /**
   * Returns the count of one group.
   *
   * @param group the group index
   * @return how many scores the group has
   * @throws IndexOutOfBoundsException if the group is out of range
   */
  long count(int group);

  /**
   * Returns the result of one group.
   *
   * @param group the group index
   * @return the result
   * @throws IndexOutOfBoundsException if the group is out of range
   */
  default R result(int group) {
    return accumulator(group).result();
  }
}
