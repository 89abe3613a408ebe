package org.cxkit.beam;

import static java.util.Objects.requireNonNull;

import java.util.Iterator;
import org.apache.beam.sdk.coders.Coder;
import org.apache.beam.sdk.coders.CoderRegistry;
import org.apache.beam.sdk.transforms.Combine;
import org.apache.beam.sdk.transforms.display.DisplayData;
import org.cxkit.metrics.spi.Analysis;
import org.cxkit.metrics.spi.MergeableState;

/**
 * Any cxkit analysis as a Beam {@link Combine.CombineFn}: the accumulator is the analysis's {@link
 * MergeableState} ({@link Analysis#newState()}, {@link MergeableState#add}, {@link
 * MergeableState#merge}, {@link MergeableState#result}), encoded between workers by a {@link
 * StateCoder} (the state's own checked bytes), and the output is encoded by the result coder given
 * here. So the pipeline never falls back to Java serialization for data, and, because merging is
 * exact, any split of the input on any runner gives the local one-pass result.
 *
 * <pre>{@code
 * AnalysisFn<Integer, NpsResult, Accumulator<NpsResult>> nps =
 *     AnalysisFn.of(Nps::metric, ResultCoder.of(NpsResult.class));
 * PCollection<NpsResult> r = scores.apply(Combine.globally(nps));
 * PCollection<KV<String, NpsResult>> byMarket = scoresByMarket.apply(Combine.perKey(nps));
 * }</pre>
 *
 * <p>{@link CxTransforms} has the typed entry points (the scorecard of a journey). Exactness: a
 * state that holds only counts (the calculators, the scorecard) merges bit for bit; one that holds
 * floating-point sums merges to rounding, as its documentation says.
 *
 * @param <I> one observation
 * @param <R> the result
 * @param <S> the state, the accumulator
 * @since 0.1
 */
public final class AnalysisFn<I, R, S extends MergeableState<I, R, S>>
    extends Combine.CombineFn<I, S, R> {
  private static final long serialVersionUID = 1L;

  /** The factory of the analysis and its instance in this JVM. */
  private final SharedAnalysis<I, R, S> analysis;

  /** Encodes the results. */
  private final Coder<R> resultCoder;

  private AnalysisFn(SharedAnalysis<I, R, S> analysis, Coder<R> resultCoder) {
    this.analysis = analysis;
    this.resultCoder = resultCoder;
  }

  /**
   * Returns the combine function of the analysis the factory builds. The factory is called once
   * here (so a bad configuration fails while the pipeline is built) and once per worker JVM.
   *
   * @param <I> one observation
   * @param <R> the result
   * @param <S> the state
   * @param factory builds the analysis
   * @param resultCoder encodes the results, such as {@link ResultCoder#of(Class)}
   * @return the combine function
   * @throws NullPointerException if an argument is null
   */
  public static <I, R, S extends MergeableState<I, R, S>> AnalysisFn<I, R, S> of(
      AnalysisFactory<I, R, S> factory, Coder<R> resultCoder) {
    requireNonNull(factory, "factory");
    requireNonNull(resultCoder, "resultCoder");
    return new AnalysisFn<>(SharedAnalysis.of(factory), resultCoder);
  }

  /**
   * Returns the analysis, built once in this JVM.
   *
   * @return the analysis
   */
  public Analysis<I, R, S> analysis() {
    return analysis.get();
  }

  /**
   * Returns the coder of this function's states, the one it uses for its accumulators: for a {@code
   * PCollection} of partial states, such as the tallies a DoFn reads byte ranges of a file into
   * (states made with {@link #createAccumulator()} merge with the ones it decodes).
   *
   * @return the state coder
   * @since 0.1
   */
  public StateCoder<I, R, S> stateCoder() {
    return StateCoder.shared(analysis);
  }

  /**
   * Returns the combine function that merges partial states of this function's analysis into its
   * result, for {@link Combine#perKey} over keyed states; {@link CxTransforms#mergeStates} is the
   * global one. Where the input is one element per observation, use this function itself.
   *
   * <pre>{@code
   * AnalysisFn<Response, ScorecardResult, Scorecard.Tally> fn = CxTransforms.scorecardFn(model, "sign-up", 30);
   * PCollection<KV<String, Scorecard.Tally>> partial = ...;  // coder: KvCoder.of(keys, fn.stateCoder())
   * PCollection<KV<String, ScorecardResult>> cards = partial.apply(Combine.perKey(fn.mergingStates()));
   * }</pre>
   *
   * @return the combine function from states to the result
   * @since 0.1
   */
  public Combine.CombineFn<S, S, R> mergingStates() {
    return new StatesFn<>(this);
  }

  /** The result coder given to {@link #of}. */
  Coder<R> resultCoder() {
    return resultCoder;
  }

  /**
   * Returns a new, empty state.
   *
   * @return {@link Analysis#newState()}
   */
  @Override
  public S createAccumulator() {
    return analysis.get().newState();
  }

  /**
   * Adds one observation to the state.
   *
   * @param state the state
   * @param observation the observation
   * @return {@code state}, with the observation added
   * @throws NullPointerException if an argument is null
   * @throws org.cxkit.metrics.BadInputException if the analysis cannot count the observation (the
   *     message says why, as the analysis's own does)
   */
  @Override
  public S addInput(S state, I observation) {
    requireNonNull(state, "state").add(requireNonNull(observation, "observation"));
    return state;
  }

  /**
   * Merges states into the first one, which Beam allows a combine function to change.
   *
   * @param states the states
   * @return the merged state (a new, empty one if there are none)
   * @throws NullPointerException if {@code states} or one of them is null
   */
  @Override
  public S mergeAccumulators(Iterable<S> states) {
    Iterator<S> it = requireNonNull(states, "states").iterator();
    if (!it.hasNext()) {
      return createAccumulator();
    }
    S merged = requireNonNull(it.next(), "state");
    while (it.hasNext()) {
      merged.merge(requireNonNull(it.next(), "state"));
    }
    return merged;
  }

  /**
   * Returns the state's result.
   *
   * @param state the state
   * @return {@link MergeableState#result()}
   */
  @Override
  public R extractOutput(S state) {
    return requireNonNull(state, "state").result();
  }

  /**
   * Returns the state's coder, whatever the input coder: a {@link StateCoder}.
   *
   * @param registry not used
   * @param inputCoder not used
   * @return the state coder
   */
  @Override
  public Coder<S> getAccumulatorCoder(CoderRegistry registry, Coder<I> inputCoder) {
    return stateCoder();
  }

  /**
   * Returns the result coder given to {@link #of}, never one inferred by Beam.
   *
   * @param registry not used
   * @param inputCoder not used
   * @return the result coder
   */
  @Override
  public Coder<R> getDefaultOutputCoder(CoderRegistry registry, Coder<I> inputCoder) {
    return resultCoder;
  }

  /**
   * Names the analysis in the runner's pipeline view.
   *
   * @param builder the display data
   */
  @Override
  public void populateDisplayData(DisplayData.Builder builder) {
    super.populateDisplayData(builder);
    builder.add(DisplayData.item("analysis", analysis.get().id()).withLabel("cxkit analysis"));
  }

  @Override
  public String toString() {
    return "AnalysisFn[" + analysis + " -> " + resultCoder + "]";
  }
}
