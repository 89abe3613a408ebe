package org.cxkit.beam;

import static java.util.Objects.requireNonNull;

import org.apache.beam.sdk.coders.Coder;
import org.apache.beam.sdk.transforms.Combine;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.values.PCollection;
import org.cxkit.core.CxModel;
import org.cxkit.core.observed.ActualJourney;
import org.cxkit.core.observed.Grain;
import org.cxkit.core.observed.JourneyEvent;
import org.cxkit.metrics.Nps;
import org.cxkit.metrics.NpsResult;
import org.cxkit.metrics.Response;
import org.cxkit.metrics.analysis.DelightUplift;
import org.cxkit.metrics.analysis.KeyDrivers;
import org.cxkit.metrics.analysis.KeyDriversResult;
import org.cxkit.metrics.analysis.Scorecard;
import org.cxkit.metrics.analysis.ScorecardResult;
import org.cxkit.metrics.analysis.TrendResult;
import org.cxkit.metrics.analysis.Trends;
import org.cxkit.metrics.analysis.UpliftResult;
import org.cxkit.metrics.journeys.JourneyPaths;
import org.cxkit.metrics.journeys.PathsResult;
import org.cxkit.metrics.spi.Accumulator;
import org.cxkit.metrics.spi.MergeableState;

/**
 * cxkit analyses as Beam transforms that read naturally in a pipeline: the scorecard of a journey
 * over a {@code PCollection<Response>}, globally or per key (a segment, a market), the delight
 * uplift, key drivers, trends, NPS over scores, and any analysis written to the mergeable-state
 * contract.
 *
 * <pre>{@code
 * PCollection<Response> responses = pipeline.apply(...);
 * PCollection<ScorecardResult> card = responses.apply(CxTransforms.scorecard(model, "sign-up"));
 *
 * PCollection<KV<String, Response>> byMarket = ...;
 * PCollection<KV<String, ScorecardResult>> cards =
 *     byMarket.apply(CxTransforms.scorecardPerKey(model, "sign-up"));
 * }</pre>
 *
 * <p>Each transform is a {@link Combine} over an {@link AnalysisFn}: states cross the shuffle in
 * their own checked bytes ({@link StateCoder}), results as cxkit JSON ({@link ResultCoder}), and
 * the result equals the local one-pass result bit for bit. A global combine of an empty input gives
 * the analysis's empty result (in the global window; in other windows, a window without input has
 * no result). The global transforms never Java-serialize a result: they do not use {@code
 * Combine.globally}'s default-value insertion, which does.
 *
 * @since 0.1
 */
public final class CxTransforms {
  private CxTransforms() {}

  /**
   * Returns the combine function of a journey's scorecard ({@code Scorecard.builder(journey)
   * .model(model).minimumN(minimumN)}), for {@link Combine#globally}, {@link Combine#perKey} or
   * {@link Combine#groupedValues} (for a global combine prefer {@link #globally}'s shape: {@code
   * Combine.globally(fn)} ships its empty result with Java serialization, which fails, unless
   * {@code .withoutDefaults()}). The model travels to the workers as cxkit JSON.
   *
   * @param model the model, with the journey and its measures
   * @param journey the journey's id
   * @param minimumN the minimum n below which a target is not judged
   * @return the combine function
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the model has no such journey, {@code minimumN} is below 1,
   *     or a touchpoint targets a measure the model does not know
   */
  public static AnalysisFn<Response, ScorecardResult, Scorecard.Tally> scorecardFn(
      CxModel model, String journey, long minimumN) {
    requireNonNull(model, "model");
    requireNonNull(journey, "journey");
    return AnalysisFn.of(
        new ScorecardFactory(model, journey, minimumN), ResultCoder.of(ScorecardResult.class));
  }

  /**
   * Returns the scorecard of a journey over all responses (minimum n {@value
   * Scorecard#DEFAULT_MINIMUM_N}, the scorecard's default).
   *
   * @param model the model, with the journey and its measures
   * @param journey the journey's id
   * @return the transform from responses to one scorecard result
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the model has no such journey
   */
  public static PTransform<PCollection<Response>, PCollection<ScorecardResult>> scorecard(
      CxModel model, String journey) {
    return Globally.of(scorecardFn(model, journey, Scorecard.DEFAULT_MINIMUM_N));
  }

  /**
   * Returns the scorecard of a journey per key, such as a segment or a market (minimum n {@value
   * Scorecard#DEFAULT_MINIMUM_N}, the scorecard's default).
   *
   * @param <K> the key
   * @param model the model, with the journey and its measures
   * @param journey the journey's id
   * @return the transform from keyed responses to one scorecard result per key
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the model has no such journey
   */
  public static <K> Combine.PerKey<K, Response, ScorecardResult> scorecardPerKey(
      CxModel model, String journey) {
    return Combine.perKey(scorecardFn(model, journey, Scorecard.DEFAULT_MINIMUM_N));
  }

  /**
   * Returns the paths customers took ({@link JourneyPaths} with its defaults) over journey events:
   * the events are grouped into {@link ActualJourney}s by the grain, as an {@link
   * org.cxkit.core.observed.EventLog} groups them, and the paths of all journeys come out as one
   * result. Events without the grain's key belong to no journey and are left out.
   *
   * <pre>{@code
   * PCollection<PathsResult> paths = events.apply(CxTransforms.paths(Grain.CUSTOMER));
   * }</pre>
   *
   * @param grain what one journey is
   * @return the transform from events to one paths result
   * @throws NullPointerException if {@code grain} is null
   * @since 0.1
   */
  public static PTransform<PCollection<JourneyEvent>, PCollection<PathsResult>> paths(Grain grain) {
    return journeys(grain, JourneyPaths::create, ResultCoder.of(PathsResult.class));
  }

  /**
   * Returns any analysis of actual journeys over journey events: the events are grouped into {@link
   * ActualJourney}s by the grain, each key's journeys go into one state, and the states are merged
   * into one result. A key's events are ordered by time and, at the same instant, by their {@link
   * JourneyEventCoder} bytes (a group-by-key keeps no input order): where the events of a journey
   * have distinct times the result equals the local one-pass result.
   *
   * <pre>{@code
   * events.apply(
   *     CxTransforms.journeys(
   *         Grain.session(Duration.ofMinutes(30)),
   *         () -> JourneyPaths.create().topVariants(5),
   *         ResultCoder.of(PathsResult.class)));
   * }</pre>
   *
   * @param <R> the result
   * @param <S> the state
   * @param grain what one journey is
   * @param factory builds the analysis on each worker
   * @param resultCoder encodes the result
   * @return the transform from events to one result
   * @throws NullPointerException if an argument is null
   * @since 0.1
   */
  public static <R, S extends MergeableState<ActualJourney, R, S>>
      PTransform<PCollection<JourneyEvent>, PCollection<R>> journeys(
          Grain grain, AnalysisFactory<ActualJourney, R, S> factory, Coder<R> resultCoder) {
    return new Journeys<>(grain, factory, resultCoder);
  }

  /**
   * Returns the Net Promoter Score of 0–10 scores ({@link Nps#metric()}).
   *
   * @return the transform from scores to one NPS result
   */
  public static PTransform<PCollection<Integer>, PCollection<NpsResult>> nps() {
    return Globally.of(npsFn());
  }

  /**
   * Returns the Net Promoter Score of 0–10 scores per key.
   *
   * @param <K> the key
   * @return the transform from keyed scores to one NPS result per key
   */
  public static <K> Combine.PerKey<K, Integer, NpsResult> npsPerKey() {
    return Combine.perKey(npsFn());
  }

  private static AnalysisFn<Integer, NpsResult, Accumulator<NpsResult>> npsFn() {
    return AnalysisFn.of(Nps::metric, ResultCoder.of(NpsResult.class));
  }

  /**
   * Returns the delight uplift of customers: delighted against satisfied, on a yes/no, NPS or
   * numeric outcome. The factory builds the analysis as a local run would, and is shipped to the
   * workers (a lambda that captures nothing, or only serializable values):
   *
   * <pre>{@code
   * PCollection<Customer<Boolean>> customers = ...;   // coder: CustomerCoder.binary()
   * PCollection<UpliftResult> r =
   *     customers.apply(CxTransforms.uplift(() -> DelightUplift.binary(Scale.CSAT)));
   * }</pre>
   *
   * <p>A yes/no or NPS outcome's tally holds counts, so any split gives the local result bit for
   * bit; a numeric outcome's holds compensated floating-point sums, so a split may differ from one
   * pass in the last bits of the mean and variance.
   *
   * @param <O> the outcome
   * @param <T> the tally
   * @param uplift builds the analysis, such as {@code () -> DelightUplift.binary(Scale.CSAT)}
   * @return the transform from customers to one uplift result
   * @throws NullPointerException if {@code uplift} is null
   * @since 0.1
   */
  public static <O, T extends DelightUplift.Tally<O, T>>
      PTransform<PCollection<DelightUplift.Customer<O>>, PCollection<UpliftResult>> uplift(
          AnalysisFactory<DelightUplift.Customer<O>, UpliftResult, T> uplift) {
    return globally(uplift, ResultCoder.of(UpliftResult.class));
  }

  /**
   * Returns the delight uplift per key, such as a segment or a market (see {@link
   * #uplift(AnalysisFactory)}).
   *
   * @param <K> the key
   * @param <O> the outcome
   * @param <T> the tally
   * @param uplift builds the analysis
   * @return the transform from keyed customers to one uplift result per key
   * @throws NullPointerException if {@code uplift} is null
   * @since 0.1
   */
  public static <K, O, T extends DelightUplift.Tally<O, T>>
      Combine.PerKey<K, DelightUplift.Customer<O>, UpliftResult> upliftPerKey(
          AnalysisFactory<DelightUplift.Customer<O>, UpliftResult, T> uplift) {
    return perKey(uplift, ResultCoder.of(UpliftResult.class));
  }

  /**
   * Returns the key drivers of an outcome: each driver's importance from the weighted co-moments of
   * the rows ({@link KeyDrivers}).
   *
   * <pre>{@code
   * PCollection<KeyDrivers.Row> rows = ...;             // coder: DriverRowCoder
   * PCollection<KeyDriversResult> r =
   *     rows.apply(CxTransforms.keyDrivers(() -> KeyDrivers.of("nps", "ease", "speed")));
   * }</pre>
   *
   * <p>The state holds floating-point co-moments, merged with the parallel update (Chan, Golub and
   * LeVeque), so a split may differ from one pass in the last bits; the counts are exact.
   *
   * @param drivers builds the analysis, such as {@code () -> KeyDrivers.of("nps", "ease")}
   * @return the transform from rows to one key-drivers result
   * @throws NullPointerException if {@code drivers} is null
   * @since 0.1
   */
  public static PTransform<PCollection<KeyDrivers.Row>, PCollection<KeyDriversResult>> keyDrivers(
      AnalysisFactory<KeyDrivers.Row, KeyDriversResult, KeyDrivers.State> drivers) {
    return globally(drivers, ResultCoder.of(KeyDriversResult.class));
  }

  /**
   * Returns the key drivers per key (see {@link #keyDrivers(AnalysisFactory)}).
   *
   * @param <K> the key
   * @param drivers builds the analysis
   * @return the transform from keyed rows to one key-drivers result per key
   * @throws NullPointerException if {@code drivers} is null
   * @since 0.1
   */
  public static <K> Combine.PerKey<K, KeyDrivers.Row, KeyDriversResult> keyDriversPerKey(
      AnalysisFactory<KeyDrivers.Row, KeyDriversResult, KeyDrivers.State> drivers) {
    return perKey(drivers, ResultCoder.of(KeyDriversResult.class));
  }

  /**
   * Returns a measure's trend by period, with its tested changes ({@link Trends}).
   *
   * <pre>{@code
   * PCollection<TrendResult> monthly = responses.apply(CxTransforms.trends(() ->
   *     Trends.of(Measure.NPS, Trends.Statistic.NPS, Trends.Period.MONTH, ZoneId.of("Europe/Helsinki"))));
   * }</pre>
   *
   * <p>The state is one exact histogram per series and period, so any split gives the local result
   * bit for bit.
   *
   * @param trends builds the analysis
   * @return the transform from responses to one trend result
   * @throws NullPointerException if {@code trends} is null
   * @since 0.1
   */
  public static PTransform<PCollection<Response>, PCollection<TrendResult>> trends(
      AnalysisFactory<Response, TrendResult, Trends.State> trends) {
    return globally(trends, ResultCoder.of(TrendResult.class));
  }

  /**
   * Returns a measure's trend per key (see {@link #trends(AnalysisFactory)}).
   *
   * @param <K> the key
   * @param trends builds the analysis
   * @return the transform from keyed responses to one trend result per key
   * @throws NullPointerException if {@code trends} is null
   * @since 0.1
   */
  public static <K> Combine.PerKey<K, Response, TrendResult> trendsPerKey(
      AnalysisFactory<Response, TrendResult, Trends.State> trends) {
    return perKey(trends, ResultCoder.of(TrendResult.class));
  }

  /**
   * Returns any analysis over all elements: a calculator, a host's own analysis.
   *
   * @param <I> one observation
   * @param <R> the result
   * @param <S> the state
   * @param factory builds the analysis on each worker
   * @param resultCoder encodes the result
   * @return the transform
   * @throws NullPointerException if an argument is null
   */
  public static <I, R, S extends MergeableState<I, R, S>>
      PTransform<PCollection<I>, PCollection<R>> globally(
          AnalysisFactory<I, R, S> factory, Coder<R> resultCoder) {
    return Globally.of(AnalysisFn.of(factory, resultCoder));
  }

  /**
   * Returns the result of partial states of an analysis, merged: the shape for workers that read
   * their input straight into states (byte ranges of a large file read into scorecard tallies, say)
   * instead of emitting one element per observation. The states must come from {@code fn}'s
   * analysis ({@link AnalysisFn#createAccumulator()}, or decoded by {@link
   * AnalysisFn#stateCoder()}, which their {@code PCollection} should use). Merging is exact, so the
   * result is that of one pass over all the input; no states give the empty result, as {@link
   * #globally} does.
   *
   * <pre>{@code
   * AnalysisFn<Response, ScorecardResult, Scorecard.Tally> fn = CxTransforms.scorecardFn(model, "sign-up", 30);
   * PCollection<Scorecard.Tally> tallies = ranges.apply(ParDo.of(new ReadRange(fn)))
   *     .setCoder(fn.stateCoder());
   * PCollection<ScorecardResult> card = tallies.apply(CxTransforms.mergeStates(fn));
   * }</pre>
   *
   * @param <I> one observation
   * @param <R> the result
   * @param <S> the state
   * @param fn the analysis's combine function, whose analysis made the states
   * @return the transform from partial states to one result
   * @throws NullPointerException if {@code fn} is null
   * @since 0.1
   */
  public static <I, R, S extends MergeableState<I, R, S>>
      PTransform<PCollection<S>, PCollection<R>> mergeStates(AnalysisFn<I, R, S> fn) {
    return Globally.ofStates(requireNonNull(fn, "fn"));
  }

  /**
   * Returns any analysis per key.
   *
   * @param <K> the key
   * @param <I> one observation
   * @param <R> the result
   * @param <S> the state
   * @param factory builds the analysis on each worker
   * @param resultCoder encodes the result
   * @return the transform
   * @throws NullPointerException if an argument is null
   */
  public static <K, I, R, S extends MergeableState<I, R, S>> Combine.PerKey<K, I, R> perKey(
      AnalysisFactory<I, R, S> factory, Coder<R> resultCoder) {
    return Combine.perKey(AnalysisFn.of(factory, resultCoder));
  }
}
