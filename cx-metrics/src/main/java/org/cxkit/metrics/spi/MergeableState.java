package org.cxkit.metrics.spi;

import static java.util.Objects.requireNonNull;

/**
 * The mutable state of one run of an {@link Analysis}: add observations, merge partial states, read
 * the result, encode it as bytes. Every analysis in cxkit keeps its state in one of these (the
 * calculators' {@link Accumulator}s, the scorecard's and the delight uplift's tallies), and a
 * host's own analysis implements it the same way; so one adapter runs any of them in a loop, in a
 * parallel stream ({@link Analysis#collector()}) or on a distributed engine (the bytes as its
 * coder).
 *
 * <p>The contract, which {@code org.cxkit.metrics.tck.AnalysisContract} (cx-metrics' test-jar)
 * checks:
 *
 * <ul>
 *   <li><b>Merge laws.</b> {@link #merge} is commutative and associative, a {@linkplain
 *       Analysis#newState() new} state is its identity, and it never changes its argument. So any
 *       split of the data, merged in any order, gives the result of one sequential run: bit for bit
 *       when the state is exact (counts), to rounding when it holds floating-point sums.
 *   <li><b>Bytes.</b> {@link #toBytes()} is deterministic (equal states give equal bytes) and
 *       versioned; {@link Analysis#decode(byte[])} reads it back and rejects, with an {@link
 *       IllegalArgumentException} that says what is wrong, bytes that are corrupt, truncated, of
 *       another kind or version, or that describe a state no sequence of {@link #add} and {@link
 *       #merge} calls could reach (a negative count, more successes than trials).
 *   <li><b>Numbers.</b> Counts are {@code long} and fail loudly on overflow ({@link
 *       ArithmeticException}, the state unchanged); sums of values are compensated, and non-finite
 *       input is rejected.
 *   <li><b>Failure.</b> A call that throws leaves the state as it was, unless its documentation
 *       says otherwise.
 * </ul>
 *
 * <p>A state is not thread-safe: give each thread its own and merge them.
 *
 * <pre>{@code
 * Accumulator<NpsResult> a = Nps.metric().newState();
 * a.add(10);
 * Accumulator<NpsResult> b = Nps.metric().decode(bytesFromAnotherMachine);
 * NpsResult r = a.merge(b).result();
 * }</pre>
 *
 * @param <I> one observation, such as a score or a {@code Response}
 * @param <R> the result
 * @param <S> the state type itself
 * @since 0.1
 */
public interface MergeableState<I, R, S extends MergeableState<I, R, S>> {
  /**
   * Adds one observation.
   *
   * @param observation the observation
   * @throws NullPointerException if {@code observation} is null
   * @throws org.cxkit.metrics.BadInputException if it cannot be counted: bad data, such as a score
   *     off the scale or a non-finite value (the message says why, never the value; cxkit's own
   *     analyses throw nothing else for bad data)
   * @throws IllegalArgumentException if the observation does not fit how the analysis was set up (a
   *     programming error, not bad data, such as a row with the wrong number of drivers; the
   *     analysis's documentation says when)
   * @throws ArithmeticException if a count overflows
   */
  void add(I observation);

  /**
   * Adds every observation, in order. If one fails, the ones before it stay added.
   *
   * @param observations the observations
   * @return this state
   * @throws NullPointerException if {@code observations} or one of them is null
   * @throws org.cxkit.metrics.BadInputException if one cannot be counted
   */
  @SuppressWarnings("unchecked")
  default S addAll(Iterable<? extends I> observations) {
    for (I o : requireNonNull(observations, "observations")) {
      add(o);
    }
    return (S) this;
  }

  /**
   * Adds the state of {@code other} to this one and returns this one; {@code other} is left
   * unchanged.
   *
   * @param other a state of the same analysis
   * @return this state
   * @throws IllegalArgumentException if {@code other} belongs to another analysis
   * @throws ArithmeticException if a count overflows (this state is then unchanged)
   */
  S merge(S other);

  /**
   * Returns the result of what was added so far; the state stays usable.
   *
   * @return the result
   */
  R result();

  /**
   * Returns an independent copy.
   *
   * @return the copy
   */
  S copy();

  /**
   * Encodes the state in the deterministic, versioned, checksummed byte format that {@link
   * Analysis#decode(byte[])} reads. Equal states give equal bytes.
   *
   * @return the encoded state
   */
  byte[] toBytes();
}
