package org.cxkit.beam;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import org.apache.beam.sdk.coders.ByteArrayCoder;
import org.apache.beam.sdk.coders.CoderException;
import org.apache.beam.sdk.coders.CustomCoder;
import org.cxkit.metrics.spi.Analysis;
import org.cxkit.metrics.spi.MergeableState;
import org.jspecify.annotations.Nullable;

/**
 * The coder of an analysis's state: the state's own deterministic, versioned, checked bytes ({@link
 * MergeableState#toBytes()}), length-prefixed, read back with {@link Analysis#decode(byte[])},
 * which checks every invariant. Equal states give equal bytes, so the coder is deterministic
 * ({@link #verifyDeterministic()} passes) and a state can be a grouping key or cross any runner's
 * shuffle.
 *
 * <p>{@link AnalysisFn} uses it for its accumulators; a pipeline that moves states itself (to store
 * partial results, say) gets one with {@link #of(AnalysisFactory)}.
 *
 * <pre>{@code
 * StateCoder<Integer, NpsResult, Accumulator<NpsResult>> coder = StateCoder.of(Nps::metric);
 * }</pre>
 *
 * @param <I> one observation
 * @param <R> the result
 * @param <S> the state
 * @since 0.1
 */
public final class StateCoder<I, R, S extends MergeableState<I, R, S>> extends CustomCoder<S> {
  private static final long serialVersionUID = 1L;

  /** The analysis whose states this coder reads, built once per JVM. */
  private final SharedAnalysis<I, R, S> analysis;

  private StateCoder(SharedAnalysis<I, R, S> analysis) {
    this.analysis = analysis;
  }

  /**
   * Returns a coder for the states of the analysis the factory builds.
   *
   * @param <I> one observation
   * @param <R> the result
   * @param <S> the state
   * @param factory builds the analysis (once per JVM)
   * @return the coder
   * @throws NullPointerException if {@code factory} is null
   */
  public static <I, R, S extends MergeableState<I, R, S>> StateCoder<I, R, S> of(
      AnalysisFactory<I, R, S> factory) {
    return new StateCoder<>(SharedAnalysis.of(factory));
  }

  static <I, R, S extends MergeableState<I, R, S>> StateCoder<I, R, S> shared(
      SharedAnalysis<I, R, S> analysis) {
    return new StateCoder<>(analysis);
  }

  /**
   * Writes the state's bytes, length-prefixed.
   *
   * @param state the state
   * @param out where to write
   * @throws IOException if writing fails
   * @throws NullPointerException if an argument is null
   */
  @Override
  public void encode(S state, OutputStream out) throws IOException {
    requireNonNull(state, "state");
    requireNonNull(out, "out");
    ByteArrayCoder.of().encode(state.toBytes(), out);
  }

  /**
   * Reads a state written by {@link #encode}.
   *
   * @param in where to read
   * @return the state
   * @throws CoderException if the bytes are not a valid state of this analysis (the message says
   *     what is wrong, never the bytes)
   * @throws IOException if reading fails
   */
  @Override
  public S decode(InputStream in) throws IOException {
    byte[] bytes = ByteArrayCoder.of().decode(requireNonNull(in, "in"));
    Analysis<I, R, S> a = analysis.get();
    try {
      return a.decode(bytes);
    } catch (IllegalArgumentException e) {
      throw new CoderException(
          "not a valid state of analysis '" + a.id() + "': " + e.getMessage(), e);
    }
  }

  /** Passes: equal states give equal bytes (the state contract), so this coder is deterministic. */
  @Override
  public void verifyDeterministic() {}

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof StateCoder<?, ?, ?> other && analysis.equals(other.analysis);
  }

  @Override
  public int hashCode() {
    return analysis.hashCode();
  }

  @Override
  public String toString() {
    return "StateCoder[" + analysis + "]";
  }
}
