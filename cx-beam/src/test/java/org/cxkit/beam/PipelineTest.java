package org.cxkit.beam;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.SplittableRandom;
import java.util.stream.LongStream;
import org.apache.beam.runners.direct.DirectOptions;
import org.apache.beam.runners.direct.DirectRunner;
import org.apache.beam.sdk.Pipeline;
import org.apache.beam.sdk.coders.Coder;
import org.apache.beam.sdk.coders.KvCoder;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.options.PipelineOptionsFactory;
import org.apache.beam.sdk.testing.CombineFnTester;
import org.apache.beam.sdk.testing.PAssert;
import org.apache.beam.sdk.transforms.Create;
import org.apache.beam.sdk.transforms.Flatten;
import org.apache.beam.sdk.transforms.WithKeys;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionList;
import org.apache.beam.sdk.values.TypeDescriptors;
import org.cxkit.core.journey.Journey;
import org.cxkit.core.testing.Seeds;
import org.cxkit.metrics.Nps;
import org.cxkit.metrics.NpsResult;
import org.cxkit.metrics.Response;
import org.cxkit.metrics.analysis.Scorecard;
import org.cxkit.metrics.analysis.ScorecardResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * On the DirectRunner, for random splits and orders of the same responses, the pipeline's result
 * equals the local one-pass result exactly ({@code equals} on results whose every double is
 * compared bit for bit, as records compare them).
 */
class PipelineTest {
  private static final Journey JOURNEY = Data.model().journey(Data.JOURNEY).orElseThrow();

  /** Six seeds (or the one of -Dcx.seed): each pipeline takes 2-3 s on the DirectRunner. */
  static LongStream pipelineSeeds() {
    return Seeds.seeds(6);
  }

  static Pipeline pipeline() {
    DirectOptions options = PipelineOptionsFactory.as(DirectOptions.class);
    options.setRunner(DirectRunner.class);
    options.setTargetParallelism(2);
    options.setBlockOnRun(true);
    return Pipeline.create(options);
  }

  /** The responses in a shuffled order, cut into 1–6 random parts, each its own source. */
  static PCollection<Response> splitAndShuffled(Pipeline p, List<Response> all, long seed) {
    return splitAndShuffled(p, all, seed, ResponseCoder.of());
  }

  /** Any elements in a shuffled order, cut into 1–6 random parts, each its own source. */
  static <T> PCollection<T> splitAndShuffled(Pipeline p, List<T> all, long seed, Coder<T> coder) {
    List<T> shuffled = new ArrayList<>(all);
    Collections.shuffle(shuffled, new Random(seed));
    SplittableRandom random = new SplittableRandom(seed);
    int parts = 1 + random.nextInt(6);
    List<Integer> cuts = new ArrayList<>();
    for (int i = 0; i < parts - 1; i++) {
      cuts.add(random.nextInt(shuffled.size() + 1));
    }
    Collections.sort(cuts);
    cuts.add(shuffled.size());
    PCollectionList<T> list = PCollectionList.empty(p);
    int from = 0;
    for (int i = 0; i < cuts.size(); i++) {
      int to = cuts.get(i);
      list = list.and(p.apply("part " + i, Create.of(shuffled.subList(from, to)).withCoder(coder)));
      from = to;
    }
    return list.apply(Flatten.pCollections());
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("pipelineSeeds")
  void scorecardOnBeamEqualsTheLocalOnePassResult(long seed) {
    ImmutableList<Response> responses = Data.responses(seed, 400);
    ScorecardResult local = Scorecard.of(JOURNEY).compute(responses);

    Pipeline p = pipeline();
    PCollection<ScorecardResult> card =
        splitAndShuffled(p, responses, seed)
            .apply(CxTransforms.scorecard(Data.model(), Data.JOURNEY));
    assertThat(card.getCoder()).isEqualTo(ResultCoder.of(ScorecardResult.class));
    PAssert.thatSingleton(card).isEqualTo(local);
    p.run().waitUntilFinish();
  }

  @Test
  void scorecardPerKeyEqualsTheLocalResultOfEachGroup() {
    long seed = Seeds.seeds(1).findFirst().orElseThrow();
    ImmutableList<Response> responses = Data.responses(seed, 600);
    Map<String, List<Response>> groups = new HashMap<>();
    for (Response r : responses) {
      groups.computeIfAbsent(r.attributes().get("segment"), k -> new ArrayList<>()).add(r);
    }
    List<KV<String, ScorecardResult>> expected = new ArrayList<>();
    groups.forEach((k, v) -> expected.add(KV.of(k, Scorecard.of(JOURNEY).compute(v))));

    Pipeline p = pipeline();
    PCollection<KV<String, ScorecardResult>> cards =
        splitAndShuffled(p, responses, seed)
            .apply(
                WithKeys.of((Response r) -> r.attributes().get("segment"))
                    .withKeyType(TypeDescriptors.strings()))
            .apply(CxTransforms.scorecardPerKey(Data.model(), Data.JOURNEY));
    assertThat(cards.getCoder())
        .isEqualTo(KvCoder.of(StringUtf8Coder.of(), ResultCoder.of(ScorecardResult.class)));
    PAssert.that(cards).containsInAnyOrder(expected);
    p.run().waitUntilFinish();
  }

  @Test
  void aWrongExpectationFailsThePipeline() {
    // the check above can fail: a result that differs in one response is caught
    ImmutableList<Response> responses = Data.responses(7, 200);
    ScorecardResult offByOne = Scorecard.of(JOURNEY).compute(responses.subList(1, 200));
    Pipeline p = pipeline();
    PCollection<ScorecardResult> card =
        splitAndShuffled(p, responses, 7).apply(CxTransforms.scorecard(Data.model(), Data.JOURNEY));
    PAssert.thatSingleton(card).isEqualTo(offByOne);
    assertThatThrownBy(() -> p.run().waitUntilFinish())
        .hasRootCauseInstanceOf(AssertionError.class);
  }

  @Test
  void npsPerKeyAndGlobally() {
    Pipeline p = pipeline();
    PCollection<KV<String, Integer>> scores =
        p.apply(
            Create.of(
                KV.of("fi", 10), KV.of("fi", 9), KV.of("fi", 3), KV.of("se", 7), KV.of("se", 0)));
    PAssert.that(scores.apply(CxTransforms.npsPerKey()))
        .containsInAnyOrder(List.of(KV.of("fi", Nps.of(10, 9, 3)), KV.of("se", Nps.of(7, 0))));
    PCollection<Integer> none = p.apply("none", Create.empty(TypeDescriptors.integers()));
    PAssert.thatSingleton(none.apply(CxTransforms.nps())).isEqualTo(Nps.of());
    p.run().waitUntilFinish();
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("org.cxkit.core.testing.Seeds#some")
  void combineFnTesterAgreesOnEverySplit(long seed) {
    // Beam's own tester: shards, merges in several orders and compacts the accumulators
    AnalysisFn<Response, ScorecardResult, Scorecard.Tally> fn =
        CxTransforms.scorecardFn(Data.model(), Data.JOURNEY, Scorecard.DEFAULT_MINIMUM_N);
    ImmutableList<Response> responses = Data.responses(seed, 120);
    CombineFnTester.testCombineFn(
        fn, new ArrayList<>(responses), Scorecard.of(JOURNEY).compute(responses));

    AnalysisFn<Integer, NpsResult, ?> nps =
        AnalysisFn.of(Nps::metric, ResultCoder.of(NpsResult.class));
    SplittableRandom random = new SplittableRandom(seed);
    int[] scores = random.ints(300, 0, 11).toArray();
    List<Integer> boxed = new ArrayList<>(java.util.Arrays.stream(scores).boxed().toList());
    CombineFnTester.testCombineFn(nps, boxed, Nps.of(scores));
  }

  @Test
  void theAccumulatorCoderIsTheStateCoder() throws Exception {
    AnalysisFn<Response, ScorecardResult, Scorecard.Tally> fn =
        CxTransforms.scorecardFn(Data.model(), Data.JOURNEY, 30);
    Pipeline p = pipeline();
    var coder = fn.getAccumulatorCoder(p.getCoderRegistry(), ResponseCoder.of());
    assertThat(coder).isInstanceOf(StateCoder.class);
    coder.verifyDeterministic();
    assertThat(fn.getDefaultOutputCoder(p.getCoderRegistry(), ResponseCoder.of()))
        .isEqualTo(ResultCoder.of(ScorecardResult.class));
    assertThat(((Scorecard) fn.analysis()).minimumN()).isEqualTo(30);
  }

  @Test
  @SuppressWarnings("NullAway") // passes null on purpose
  void badConfigurationFailsWhileThePipelineIsBuilt() {
    assertThatThrownBy(() -> CxTransforms.scorecard(Data.model(), "no-such-journey"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("the model has no journey 'no-such-journey' (journeys: [first-visit])");
    assertThatThrownBy(() -> CxTransforms.scorecardFn(Data.model(), Data.JOURNEY, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("minimumN must be at least 1, got 0");
    assertThatThrownBy(() -> CxTransforms.scorecard(null, Data.JOURNEY))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("model");
    assertThatThrownBy(() -> AnalysisFn.of(Nps::metric, null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("resultCoder");
  }
}
