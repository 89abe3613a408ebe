package org.cxkit.beam;

import java.io.Serializable;
import org.cxkit.metrics.spi.Analysis;
import org.cxkit.metrics.spi.MergeableState;

/**
 * Builds an analysis where a pipeline runs: Beam ships functions to its workers with Java
 * serialization, and an {@link Analysis} (a journey, a scale, calculators) is not serializable, so
 * the pipeline carries this small recipe instead and each worker builds the analysis from it once.
 *
 * <pre>{@code
 * AnalysisFactory<Integer, NpsResult, Accumulator<NpsResult>> nps = Nps::metric;
 * AnalysisFn<Integer, NpsResult, Accumulator<NpsResult>> fn =
 *     AnalysisFn.of(nps, ResultCoder.of(NpsResult.class));
 * }</pre>
 *
 * <p>The factory must build equal analyses every time it is called, on every machine: the states
 * that workers encode are decoded and merged by other workers. A lambda or method reference is
 * serializable when its target type is this interface and everything it captures is serializable.
 *
 * @param <I> one observation
 * @param <R> the result
 * @param <S> the state
 * @since 0.1
 */
@FunctionalInterface
public interface AnalysisFactory<I, R, S extends MergeableState<I, R, S>> extends Serializable {
  /**
   * Builds the analysis.
   *
   * @return the analysis
   */
  Analysis<I, R, S> create();
}
