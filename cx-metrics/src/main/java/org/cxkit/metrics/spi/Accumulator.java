package org.cxkit.metrics.spi;

import static java.util.Objects.requireNonNull;

import java.util.stream.IntStream;
import org.cxkit.metrics.BadInputException;
import org.cxkit.metrics.MetricResult;
import org.cxkit.metrics.internal.BadValues;

/**
 * The state of one {@link Metric} run, a {@link MergeableState} of scores: feed it scores (one at a
 * time, or whole primitive columns without an object per score), merge partial accumulators, read
 * the {@linkplain #result() result}, encode it as bytes for {@link Metric#decode(byte[])}.
 *
 * <p>It keeps the {@link MergeableState} contract, which the contract kit checks for every
 * calculator; the built-in calculators' state is an exact histogram (one {@code long} per scale
 * point: 11 for NPS), so any split of the data in any order gives a bit-identical result, and the
 * state does not grow with the number of scores.
 *
 * <p>An accumulator is not thread-safe; give each thread its own and merge them.
 *
 * <pre>{@code
 * Accumulator<NpsResult> a = Nps.metric().newAccumulator();
 * a.addAll(new byte[] {10, 9, 7, 3});
 * Accumulator<NpsResult> b = Nps.metric().newAccumulator();
 * b.add(10);
 * NpsResult r = a.merge(b).result();   // n=5, score 40
 * }</pre>
 *
 * @param <R> the result type
 */
public interface Accumulator<R extends MetricResult>
    extends MergeableState<Integer, R, Accumulator<R>> {
  /**
   * Adds one score.
   *
   * @param score a point on the metric's scale
   * @throws org.cxkit.metrics.BadInputException if the score is off the scale (the message names
   *     the range)
   */
  void add(int score);

  /**
   * Adds one score: the {@link MergeableState} form of {@link #add(int)}.
   *
   * @param score a point on the metric's scale
   * @throws NullPointerException if {@code score} is null
   * @throws org.cxkit.metrics.BadInputException if the score is off the scale
   */
  @Override
  default void add(Integer score) {
    add(requireNonNull(score, "score").intValue());
  }

  /**
   * Adds every score of an array (no object per score).
   *
   * @param scores points on the scale
   * @throws org.cxkit.metrics.BadColumnValueException naming the first index whose score is off the
   *     scale; nothing from the array is added then
   */
  void addAll(byte[] scores);

  /**
   * Adds every score of an array (no object per score).
   *
   * @param scores points on the scale
   * @throws org.cxkit.metrics.BadColumnValueException naming the first index whose score is off the
   *     scale; nothing from the array is added then
   */
  void addAll(int[] scores);

  /**
   * Adds every score of a stream, in one pass and without boxing.
   *
   * @param scores points on the scale
   * @throws org.cxkit.metrics.BadInputException naming the position of the first score off the
   *     scale; the scores before it have been added
   */
  default void addAll(IntStream scores) {
    long[] index = {0};
    scores.forEachOrdered(
        s -> {
          try {
            add(s);
          } catch (BadInputException e) {
            throw BadValues.atRecord(index[0], e);
          }
          index[0]++;
        });
  }

  /**
   * Adds the state of {@code other} to this accumulator and returns this one. {@code other} is left
   * unchanged.
   *
   * @param other an accumulator of the same metric (same id and scale)
   * @return this accumulator
   * @throws IllegalArgumentException if {@code other} belongs to another metric or scale
   * @throws ArithmeticException if a count overflows
   */
  @Override
  Accumulator<R> merge(Accumulator<R> other);

  /**
   * Returns how many scores were added.
   *
   * @return the count
   */
  long count();

  /**
   * Returns the result of the scores added so far; the accumulator stays usable.
   *
   * @return an immutable result
   */
  @Override
  R result();

  /**
   * Returns an independent copy of this accumulator.
   *
   * @return the copy
   */
  @Override
  Accumulator<R> copy();

  /**
   * Encodes the state in the deterministic, versioned byte format read by {@link
   * Metric#decode(byte[])}. Equal states give equal bytes.
   *
   * @return the encoded state
   */
  @Override
  byte[] toBytes();
}
