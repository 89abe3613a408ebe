package org.cxkit.beam;

import org.apache.beam.sdk.coders.VoidCoder;
import org.apache.beam.sdk.transforms.Combine;
import org.apache.beam.sdk.transforms.Create;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.Flatten;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.transforms.View;
import org.apache.beam.sdk.transforms.windowing.GlobalWindows;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionList;
import org.apache.beam.sdk.values.PCollectionView;
import org.cxkit.metrics.spi.MergeableState;

/**
 * A global combine whose empty input still gives the analysis's empty result (no responses is a
 * visible state, not a missing element). Beam's own {@code Combine.globally} inserts that default
 * by capturing the result object in a function, which Java serialization then has to ship; here the
 * default is computed where it is needed, from the combine function, so no result is ever
 * Java-serialized. Outside the global window a window without input has no result, as with {@code
 * Combine.globally(fn).withoutDefaults()}.
 */
final class Globally<I, A, R> extends PTransform<PCollection<I>, PCollection<R>> {
  private static final long serialVersionUID = 1L;

  private final Combine.CombineFn<I, A, R> fn;

  Globally(String name, Combine.CombineFn<I, A, R> fn) {
    super(name);
    this.fn = fn;
  }

  /** The global combine of an analysis. */
  static <I, R, S extends MergeableState<I, R, S>> Globally<I, S, R> of(AnalysisFn<I, R, S> fn) {
    return new Globally<>("Combine.globally(" + fn.analysis().id() + ")", fn);
  }

  /** The analysis over partial states. */
  static <I, R, S extends MergeableState<I, R, S>> Globally<S, S, R> ofStates(
      AnalysisFn<I, R, S> fn) {
    return new Globally<>("MergeStates(" + fn.analysis().id() + ")", fn.mergingStates());
  }

  @Override
  public PCollection<R> expand(PCollection<I> input) {
    PCollection<R> combined = input.apply("Combine", Combine.globally(fn).withoutDefaults());
    if (!(input.getWindowingStrategy().getWindowFn() instanceof GlobalWindows)) {
      return combined;
    }
    PCollectionView<Iterable<R>> results = combined.apply("Results", View.asIterable());
    PCollection<R> empty =
        input
            .getPipeline()
            .apply("Once", Create.of((Void) null).withCoder(VoidCoder.of()))
            .apply(
                "EmptyResultIfNoInput",
                ParDo.of(new EmptyResult<>(fn, results)).withSideInputs(results))
            .setCoder(combined.getCoder());
    return PCollectionList.of(combined).and(empty).apply("Flatten", Flatten.pCollections());
  }

  private static final class EmptyResult<I, A, R> extends DoFn<Void, R> {
    private static final long serialVersionUID = 1L;
    private final Combine.CombineFn<I, A, R> fn;
    private final PCollectionView<Iterable<R>> results;

    EmptyResult(Combine.CombineFn<I, A, R> fn, PCollectionView<Iterable<R>> results) {
      this.fn = fn;
      this.results = results;
    }

    @ProcessElement
    public void processElement(ProcessContext c) {
      if (!c.sideInput(results).iterator().hasNext()) {
        c.output(fn.extractOutput(fn.createAccumulator()));
      }
    }
  }
}
