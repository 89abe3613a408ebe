package org.cxkit.beam;

import static java.util.Objects.requireNonNull;

import java.util.Iterator;
import org.apache.beam.sdk.coders.Coder;
import org.apache.beam.sdk.coders.CoderRegistry;
import org.apache.beam.sdk.transforms.Combine;
import org.apache.beam.sdk.transforms.display.DisplayData;
import org.cxkit.metrics.spi.MergeableState;

/**
 * The combine function over partial states of an analysis, such as the tallies of byte ranges of a
 * file that workers read straight into states: each input is merged into the accumulator, and the
 * accumulators merge as {@link AnalysisFn}'s do. It shares the analysis of the {@link AnalysisFn}
 * it comes from, so states made with that function's analysis (or decoded by its {@link
 * AnalysisFn#stateCoder()}) merge here.
 */
final class StatesFn<I, R, S extends MergeableState<I, R, S>> extends Combine.CombineFn<S, S, R> {
  private static final long serialVersionUID = 1L;

  private final AnalysisFn<I, R, S> fn;

  StatesFn(AnalysisFn<I, R, S> fn) {
    this.fn = fn;
  }

  @Override
  public S createAccumulator() {
    return fn.createAccumulator();
  }

  @Override
  public S addInput(S accumulator, S state) {
    requireNonNull(accumulator, "accumulator").merge(requireNonNull(state, "state"));
    return accumulator;
  }

  @Override
  public S mergeAccumulators(Iterable<S> states) {
    Iterator<S> it = requireNonNull(states, "states").iterator();
    return fn.mergeAccumulators(() -> it);
  }

  @Override
  public R extractOutput(S state) {
    return fn.extractOutput(state);
  }

  @Override
  public Coder<S> getAccumulatorCoder(CoderRegistry registry, Coder<S> inputCoder) {
    return fn.stateCoder();
  }

  @Override
  public Coder<R> getDefaultOutputCoder(CoderRegistry registry, Coder<S> inputCoder) {
    return fn.resultCoder();
  }

  @Override
  public void populateDisplayData(DisplayData.Builder builder) {
    super.populateDisplayData(builder);
    builder.include("analysis", fn);
  }

  @Override
  public String toString() {
    return "StatesFn[" + fn + "]";
  }
}
