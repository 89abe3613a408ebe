package org.cxkit.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.within;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.LongStream;
import org.cxkit.core.Measure;
import org.cxkit.core.MeasureId;
import org.cxkit.core.MetricTarget;
import org.cxkit.core.TouchpointId;
import org.cxkit.core.journey.Journey;
import org.cxkit.core.journey.Phase;
import org.cxkit.core.journey.Stage;
import org.cxkit.core.journey.Touchpoint;
import org.cxkit.core.testing.Seeds;
import org.cxkit.metrics.analysis.LowestExperience;
import org.cxkit.metrics.analysis.Rollup;
import org.cxkit.metrics.analysis.Scorecard;
import org.cxkit.metrics.analysis.ScorecardResult;
import org.cxkit.metrics.analysis.TargetStatus;
import org.cxkit.metrics.analysis.TouchpointScore;
import org.cxkit.metrics.spi.Metric;
import org.cxkit.metrics.spi.MetricProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class ScorecardTest {
  static LongStream seeds5() {
    return Seeds.seeds(5);
  }

  static Journey journey() {
    return Journey.builder("onboarding")
        .persona("maria")
        .stage(
            Stage.builder("discover", Phase.BEFORE)
                .touchpoint(
                    Touchpoint.builder("event-page").measure(MetricTarget.npsPoints("nps", 30))))
        .stage(
            Stage.builder("join", Phase.DURING)
                .touchpoint(
                    Touchpoint.builder("sign-up").measure(MetricTarget.goodBoxShare("csat", 80)))
                .touchpoint(
                    Touchpoint.builder("welcome-call").measure(MetricTarget.mean("ces", 5))))
        .stage(
            Stage.builder("support", Phase.AFTER)
                .touchpoint(
                    Touchpoint.builder("help-desk").measure(MetricTarget.goodBoxShare("fcr", 70)))
                .touchpoint(Touchpoint.builder("survey")))
        .build();
  }

  static Response r(String who, String measure, int score, String tp) {
    return Response.of(who, measure, score).withTouchpoint(tp);
  }

  static List<Response> responses() {
    List<Response> rs = new ArrayList<>();
    // event-page NPS: 10, 9, 9, 8, 3 -> 40 (target 30: met, gap +10)
    int[] nps = {10, 9, 9, 8, 3};
    for (int i = 0; i < nps.length; i++) {
      rs.add(r("c" + i, "nps", nps[i], "event-page"));
    }
    // sign-up CSAT: 5, 4, 3, 2, 1 -> 40 % top-2 (target 80: missed, gap -40, relative -0.4)
    int[] csat = {5, 4, 3, 2, 1};
    for (int i = 0; i < csat.length; i++) {
      rs.add(r("c" + i, "csat", csat[i], "sign-up"));
    }
    // welcome-call CES: 7, 6 -> mean 6.5 (target 5: met, gap +1.5, relative 0.25)
    rs.add(r("c0", "ces", 7, "welcome-call"));
    rs.add(r("c1", "ces", 6, "welcome-call"));
    // help-desk FCR: 1, 0, 1, 1 -> 75 % (target 70: met, gap +5, relative 0.05)
    int[] fcr = {1, 0, 1, 1};
    for (int i = 0; i < fcr.length; i++) {
      rs.add(r("c" + i, "fcr", fcr[i], "help-desk"));
    }
    rs.add(r("c9", "nps", 10, "checkout")); // unknown touchpoint
    rs.add(r("c9", "nps", 8, "checkout"));
    rs.add(Response.of("c8", "nps", 7)); // no touchpoint
    return rs;
  }

  static Scorecard card(BadInput policy) {
    Metrics metrics = Metrics.discover(ScorecardTest.class.getClassLoader());
    return Scorecard.builder(journey())
        .measure(MetricsTest.FCR)
        .metrics(metrics)
        .onBadInput(policy)
        .minimumN(1) // these fixtures are tiny; the default minimum n is tested on its own
        .build();
  }

  @Test
  void scoresEveryTouchpointAgainstItsTarget() {
    ScorecardResult r = card(BadInput.failFast()).compute(responses());
    TouchpointScore page = r.rows(TouchpointId.of("event-page")).get(0);
    assertThat(page.metric()).isEqualTo("nps");
    assertThat(page.measure()).isEqualTo(MeasureId.of("nps"));
    assertThat(page.result().headline()).hasValue(40.0);
    assertThat(page.status()).isEqualTo(TargetStatus.MET);
    assertThat(page.gap()).hasValue(10.0);
    TouchpointScore signUp = r.rows(TouchpointId.of("sign-up")).get(0);
    assertThat(signUp.status()).isEqualTo(TargetStatus.MISSED);
    assertThat(signUp.gap()).hasValue(-40.0);
    TouchpointScore call = r.rows(TouchpointId.of("welcome-call")).get(0);
    assertThat(call.result().headline()).hasValue(6.5);
    assertThat(call.relativeGap().orElseThrow()).isCloseTo(0.25, within(1e-12));
    TouchpointScore desk = r.rows(TouchpointId.of("help-desk")).get(0);
    assertThat(desk.result())
        .as("the custom calculator from the test provider file")
        .isInstanceOf(FcrProvider.FcrResult.class);
    assertThat(desk.result().headline()).hasValue(75.0);
    assertThat(desk.status()).isEqualTo(TargetStatus.MET);

    assertThat(r.ranking())
        .extracting(s -> s.touchpoint().value())
        .containsExactly("welcome-call", "event-page", "help-desk", "sign-up");
    assertThat(r.weakestLink().orElseThrow().touchpoint()).isEqualTo(TouchpointId.of("sign-up"));
    assertThat(r.noData()).containsExactly(TouchpointId.of("survey"));
    assertThat(r.unknownTouchpoints()).containsEntry(TouchpointId.of("checkout"), 2L);
    assertThat(r.unknownTouchpointResponses()).isEqualTo(2);
    assertThat(r.untagged()).isEqualTo(1);
    assertThat(r.rejected()).isZero();
  }

  @Test
  void rollsUpByStagePhaseAndJourney() {
    List<Response> rs = new ArrayList<>(responses());
    rs.add(r("c7", "csat", 5, "welcome-call"));
    ScorecardResult r = card(BadInput.failFast()).compute(rs);
    Rollup join =
        r.stages().stream()
            .filter(x -> x.name().equals("join") && x.measure().equals(MeasureId.of("csat")))
            .findFirst()
            .orElseThrow();
    assertThat(join.level()).isEqualTo(Rollup.Level.STAGE);
    assertThat(join.result().n()).isEqualTo(6);
    assertThat(join.result().headline().orElseThrow()).isCloseTo(50.0, within(1e-12));
    Rollup during =
        r.phases().stream()
            .filter(x -> x.name().equals("DURING") && x.measure().equals(MeasureId.of("csat")))
            .findFirst()
            .orElseThrow();
    assertThat(during.level()).isEqualTo(Rollup.Level.PHASE);
    assertThat(during.result().n()).isEqualTo(6);
    Rollup before =
        r.phases().stream()
            .filter(x -> x.name().equals("BEFORE") && x.measure().equals(MeasureId.of("csat")))
            .findFirst()
            .orElseThrow();
    assertThat(before.result().n()).isZero();
    assertThat(before.result().headline()).as("an empty rollup has no value, not 0").isEmpty();
    Rollup all =
        r.overall().stream()
            .filter(x -> x.measure().equals(MeasureId.of("nps")))
            .findFirst()
            .orElseThrow();
    assertThat(all.level()).isEqualTo(Rollup.Level.JOURNEY);
    assertThat(all.result().n()).isEqualTo(5);
    // a touchpoint with data on a measure without a target gets a NO_TARGET row
    assertThat(r.rows(TouchpointId.of("welcome-call")))
        .extracting(TouchpointScore::status)
        .containsExactly(TargetStatus.MET, TargetStatus.NO_TARGET);
    // The table is cx-report's TextReport.table(r); the value prints one line.
    assertThat(r)
        .hasToString(
            "ScorecardResult[onboarding: 5 rows, weakest link sign-up csat, 1 without data,"
                + " 0 rejected]");
  }

  /**
   * A headline exactly on its target meets it (TargetStatus: "equal counts as met"), one point of
   * target more misses it. The values are exact in binary: NPS (3 - 1) / 5 = 40, CSAT 2 / 5 = 40 %,
   * CES mean (7 + 6) / 2 = 6.5.
   */
  @Test
  void aHeadlineExactlyOnItsTargetIsMet() {
    for (int above : new int[] {0, 1}) {
      Journey j =
          Journey.builder("onboarding")
              .persona("maria")
              .stage(
                  Stage.builder("join", Phase.DURING)
                      .touchpoint(
                          Touchpoint.builder("event-page")
                              .measure(MetricTarget.npsPoints("nps", 40 + above)))
                      .touchpoint(
                          Touchpoint.builder("sign-up")
                              .measure(MetricTarget.goodBoxShare("csat", 40 + above))))
              .build();
      List<Response> rs =
          responses().stream().filter(x -> !x.measure().value().equals("fcr")).toList();
      ScorecardResult r = Scorecard.builder(j).minimumN(1).build().compute(rs);
      TouchpointScore nps = r.rows(TouchpointId.of("event-page")).get(0);
      TouchpointScore csat = r.rows(TouchpointId.of("sign-up")).get(0);
      assertThat(nps.result().headline()).hasValue(40.0);
      assertThat(csat.result().headline()).hasValue(40.0);
      TargetStatus expected = above == 0 ? TargetStatus.MET : TargetStatus.MISSED;
      assertThat(nps.status()).as("NPS 40 against %s", 40 + above).isEqualTo(expected);
      assertThat(csat.status()).as("CSAT 40 %% against %s", 40 + above).isEqualTo(expected);
      assertThat(nps.gap()).hasValue(-above);
      assertThat(csat.gap()).hasValue(-above);
      assertThat(r.weakestLink().isPresent()).as("a weakest link misses").isEqualTo(above == 1);
    }
    Scorecard card =
        Scorecard.builder(
                Journey.builder("calls")
                    .persona("maria")
                    .stage(
                        Stage.builder("join", Phase.DURING)
                            .touchpoint(
                                Touchpoint.builder("welcome-call")
                                    .measure(MetricTarget.mean("ces", 7))))
                    .build())
            .minimumN(1)
            .build();
    ScorecardResult exact =
        card.compute(List.of(r("a", "ces", 7, "welcome-call"), r("b", "ces", 7, "welcome-call")));
    assertThat(exact.rows(TouchpointId.of("welcome-call")).get(0).status())
        .as("CES mean 7 against 7")
        .isEqualTo(TargetStatus.MET);
    ScorecardResult below =
        card.compute(List.of(r("a", "ces", 7, "welcome-call"), r("b", "ces", 6, "welcome-call")));
    assertThat(below.rows(TouchpointId.of("welcome-call")).get(0).status())
        .as("CES mean 6.5 against 7")
        .isEqualTo(TargetStatus.MISSED);
  }

  @Test
  void minimumNMakesSmallSamplesVisible() {
    Scorecard c = Scorecard.builder(journey()).measure(MetricsTest.FCR).minimumN(5).build();
    ScorecardResult r = c.compute(responses());
    TouchpointScore call = r.rows(TouchpointId.of("welcome-call")).get(0);
    assertThat(call.status()).isEqualTo(TargetStatus.TOO_FEW);
    assertThat(call.gap()).isEmpty();
    assertThat(call.value()).as("the value stays").hasValue(6.5);
    assertThat(r.rows(TouchpointId.of("event-page")).get(0).status()).isEqualTo(TargetStatus.MET);
    // the help-desk row falls back to the generic mean without the provider; below n 5 anyway
    assertThat(r.rows(TouchpointId.of("help-desk")).get(0).status())
        .isEqualTo(TargetStatus.TOO_FEW);
  }

  /**
   * The string of pearls, by hand: a, b and c answered two touchpoints each, so each touchpoint
   * they answered would hold their lowest with chance 1/2.
   */
  @Test
  void lowestExperiencesAreNormalisedForHowManyTouchpointsEachAnswered() {
    List<Response> rs = new ArrayList<>();
    // normalised: nps 10 -> 1.0; csat 1 -> 0.0; ces 4 -> 0.5
    rs.add(r("a", "nps", 10, "event-page"));
    rs.add(r("a", "csat", 1, "sign-up"));
    rs.add(r("b", "nps", 0, "event-page"));
    rs.add(r("b", "csat", 5, "sign-up"));
    rs.add(r("c", "nps", 8, "event-page"));
    rs.add(r("c", "ces", 1, "welcome-call"));
    rs.add(r("d", "csat", 2, "sign-up")); // one touchpoint only: not compared
    ScorecardResult res = card(BadInput.failFast()).compute(rs);
    assertThat(res.respondentsCompared()).isEqualTo(3);
    // event-page: lowest for b (1), answered by a, b, c (3 × 1/2 = 1.5 expected)
    // sign-up: lowest for a (1), answered by a, b (1.0 expected)
    // welcome-call: lowest for c (1), answered by c (0.5 expected)
    assertThat(res.lowestExperiences())
        .extracting(
            x -> x.touchpoint().value(), LowestExperience::lowest, LowestExperience::expected)
        .containsExactly(
            tuple("event-page", 1.0, 1.5),
            tuple("sign-up", 1.0, 1.0),
            tuple("welcome-call", 1.0, 0.5));
    assertThat(res.lowestExperiences().get(2).normalised()).isEqualTo(2.0);
    assertThat(res.lowestExperiences().get(0).share()).isCloseTo(1 / 3.0, within(1e-12));
  }

  @Test
  void badInputFailsNamingTheRecordOrIsSetAside() {
    List<Response> rs = new ArrayList<>(responses());
    rs.add(2, r("bad-1", "nps", 11, "event-page"));
    rs.add(4, r("bad-2", "loyalty", 3, "event-page"));
    assertThatThrownBy(() -> card(BadInput.failFast()).compute(rs))
        .isInstanceOf(BadInputException.class)
        .hasMessageContaining("record 2")
        .hasMessageContaining("0..10")
        .hasMessageNotContaining("bad-1")
        .hasMessageNotContaining("11");
    ScorecardResult r = card(BadInput.collect(10)).compute(rs);
    assertThat(r.rejected()).isEqualTo(2);
    assertThat(r.rejects().get(0).location()).isEqualTo(InputLocation.record(2, "score"));
    assertThat(r.rejects().get(1).reason()).contains("measure 'loyalty' is not declared");
    assertThat(r.rows(TouchpointId.of("event-page")).get(0).result().headline()).hasValue(40.0);
    assertThatThrownBy(() -> Scorecard.of(journey()))
        .hasMessageContaining("help-desk")
        .hasMessageContaining("'fcr'");
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds5")
  void columnsTallyMergeAndResponsesAgree(long seed) {
    SplittableRandom rnd = new SplittableRandom(seed);
    Scorecard c = card(BadInput.failFast());
    int tps = c.touchpoints().size();
    int n = rnd.nextInt(0, 500);
    int[] idx = new int[n];
    byte[] scores = new byte[n];
    List<Response> rs = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      idx[i] = rnd.nextInt(tps);
      scores[i] = (byte) rnd.nextInt(11);
      rs.add(
          Response.of("x", "nps", scores[i]).withTouchpoint(c.touchpoints().get(idx[i]).value()));
    }
    Scorecard.Tally cols = c.newTally();
    cols.addColumns(MeasureId.of("nps"), idx, scores);
    Scorecard.Tally a = c.newTally();
    Scorecard.Tally b = c.newTally();
    for (int i = 0; i < n; i++) {
      (rnd.nextBoolean() ? a : b).add(rs.get(i));
    }
    ScorecardResult viaResponses = c.compute(rs);
    ScorecardResult merged = c.newTally().merge(b).merge(a).result();
    assertThat(cols.result().rows()).as(Seeds.describe(seed)).isEqualTo(viaResponses.rows());
    assertThat(merged.rows()).as(Seeds.describe(seed)).isEqualTo(viaResponses.rows());
    assertThat(merged.stages()).as(Seeds.describe(seed)).isEqualTo(viaResponses.stages());
    assertThatThrownBy(
            () -> cols.addColumns(MeasureId.of("nps"), new int[] {0, 99}, new byte[] {1, 2}))
        .hasMessageStartingWith("record 1, field 'groups': group out of range 0..")
        .hasMessageNotContaining("99");
  }

  /**
   * Counts aggregated elsewhere give the scorecard of the answers they count; a count that cannot
   * be added (unknown measure, touchpoint out of range, score off the scale, negative, overflowing)
   * is refused and adds nothing.
   */
  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds5")
  void countsGiveTheScorecardOfTheAnswersTheyCount(long seed) {
    SplittableRandom rnd = new SplittableRandom(seed);
    Scorecard c = card(BadInput.failFast());
    int tps = c.touchpoints().size();
    long[][] counts = new long[tps][11];
    List<Response> rs = new ArrayList<>();
    for (int i = rnd.nextInt(0, 500); i > 0; i--) {
      int t = rnd.nextInt(tps);
      int s = rnd.nextInt(11);
      counts[t][s]++;
      rs.add(Response.of("x", "nps", s).withTouchpoint(c.touchpoints().get(t).value()));
    }
    Scorecard.Tally tally = c.newTally();
    for (int t = 0; t < tps; t++) {
      for (int s = 0; s < 11; s++) {
        tally.addCount(MeasureId.of("nps"), t, s, counts[t][s]); // zeros too
      }
    }
    assertThat(tally.result().rows()).as(Seeds.describe(seed)).isEqualTo(c.compute(rs).rows());
    MeasureId nps = MeasureId.of("nps");
    assertThatThrownBy(() -> tally.addCount(MeasureId.of("loyalty"), 0, 5, 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'loyalty' is not declared");
    assertThatThrownBy(() -> tally.addCount(nps, tps, 5, 1))
        .isInstanceOf(IndexOutOfBoundsException.class);
    assertThatThrownBy(() -> tally.addCount(nps, 0, 11, 1))
        .isInstanceOf(BadInputException.class)
        .hasMessageContaining("0..10");
    assertThatThrownBy(() -> tally.addCount(nps, 0, 5, -1))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(tally.result().rows()).as(Seeds.describe(seed)).isEqualTo(c.compute(rs).rows());
    Scorecard.Tally big = c.newTally();
    big.addCount(nps, 0, 5, Long.MAX_VALUE - 1_000);
    assertThatThrownBy(() -> big.addCount(nps, 0, 5, 1_001))
        .isInstanceOf(ArithmeticException.class);
    big.addCount(nps, 0, 5, 1_000); // the refused count added nothing: this one still fits
    assertThatThrownBy(() -> big.addCount(nps, 0, 5, 1)).isInstanceOf(ArithmeticException.class);
  }

  /**
   * Rollups by hand: a stage without touchpoints rolls up to an empty result (no answers), a phase
   * holds every answer of its stages, the journey every answer. NPS = 100 × (promoters −
   * detractors) / n: stage a (10, 9, 3) 33.3; empty stage none; b (8, 10) 50; c (0) −100; DURING
   * (b) 50; journey (10, 9, 3, 8, 10, 0) 100 × (3 − 2) / 6 = 16.7.
   */
  @Test
  void rollupsOfStagesPhasesAndTheJourneyIncludingAnEmptyStage() {
    Journey j =
        Journey.builder("j")
            .persona("p")
            .stage(
                Stage.builder("a", Phase.BEFORE)
                    .touchpoint(Touchpoint.builder("t1"))
                    .touchpoint(Touchpoint.builder("t2")))
            .stage(Stage.builder("empty", Phase.DURING))
            .stage(Stage.builder("b", Phase.DURING).touchpoint(Touchpoint.builder("t3")))
            .stage(Stage.builder("c", Phase.AFTER).touchpoint(Touchpoint.builder("t4")))
            .build();
    Scorecard card = Scorecard.builder(j).minimumN(1).build();
    ScorecardResult r =
        card.compute(
            List.of(
                r("x1", "nps", 10, "t1"),
                r("x2", "nps", 9, "t1"),
                r("x3", "nps", 3, "t2"),
                r("x4", "nps", 8, "t3"),
                r("x5", "nps", 10, "t3"),
                r("x6", "nps", 0, "t4")));
    assertThat(r.stages())
        .extracting(Rollup::name, x -> x.result().n(), x -> x.result().headline())
        .containsExactly(
            tuple("a", 3L, java.util.OptionalDouble.of(100.0 / 3)),
            tuple("empty", 0L, java.util.OptionalDouble.empty()),
            tuple("b", 2L, java.util.OptionalDouble.of(50.0)),
            tuple("c", 1L, java.util.OptionalDouble.of(-100.0)));
    assertThat(r.phases())
        .extracting(Rollup::name, x -> x.result().n())
        .containsExactly(tuple("BEFORE", 3L), tuple("DURING", 2L), tuple("AFTER", 1L));
    assertThat(r.phases().get(1).result().headline()).hasValue(50.0);
    assertThat(r.overall())
        .singleElement()
        .satisfies(
            o -> {
              assertThat(o.result().n()).isEqualTo(6);
              assertThat(o.result().headline().getAsDouble()).isCloseTo(100.0 / 6, within(1e-12));
            });
  }

  /**
   * The result's constructor refuses overall-answer rollups of another level and unlocated rejects.
   */
  @Test
  void theResultRefusesMislabelledRollupsAndRejectsWithoutARecord() {
    ScorecardResult r = card(BadInput.failFast()).compute(responses());
    assertThatThrownBy(() -> withAnswersAndRejects(r, r.stages(), r.rejects()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("overallAnswers holds rollups of level OVERALL_ANSWERS only");
    Reject unlocated = new Reject(InputLocation.row(3), "bad");
    assertThatThrownBy(
            () -> withAnswersAndRejects(r, r.overallAnswers(), ImmutableList.of(unlocated)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a scorecard's rejects are located by their record");
    assertThat(withAnswersAndRejects(r, r.overallAnswers(), r.rejects())).isEqualTo(r);
  }

  /** {@code r} with other overall-answer rollups and rejects (as many rejected as listed). */
  private static ScorecardResult withAnswersAndRejects(
      ScorecardResult r, ImmutableList<Rollup> overallAnswers, ImmutableList<Reject> rejects) {
    return new ScorecardResult(
        r.journey(),
        r.minimumN(),
        r.correction(),
        r.alpha(),
        r.rows(),
        r.stages(),
        r.phases(),
        r.overall(),
        overallAnswers,
        r.noData(),
        r.unknownTouchpoints(),
        r.untagged(),
        Math.max(r.rejected(), rejects.size()),
        rejects,
        r.lowestExperiences(),
        r.respondentsCompared());
  }

  /**
   * A whole frequency table in one call gives the scorecard of the answers it counts, on the
   * built-in histogram (NPS) and on a host's calculator without a grouped accumulator of its own
   * (FCR here, through the SPI's default); a table that cannot be added (wrong length, a negative
   * cell, an overflow, an unknown measure) is refused, names the place, and adds nothing.
   */
  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds5")
  void aFrequencyTableGivesTheScorecardOfTheAnswersItCounts(long seed) {
    SplittableRandom rnd = new SplittableRandom(seed);
    Metric<FcrProvider.FcrResult> histogram =
        Metric.ofHistogram("fcr", MetricsTest.FCR, FcrProvider.FcrResult::new);
    Metric<FcrProvider.FcrResult> plain = new DefaultGroupedTest.Plain<>("fcr", histogram);
    MetricProvider plainFcr =
        new MetricProvider() {
          @Override
          public String id() {
            return "fcr";
          }

          @Override
          public Metric<? extends MetricResult> create(Measure measure) {
            return plain;
          }
        };
    Scorecard custom =
        Scorecard.builder(journey())
            .measure(MetricsTest.FCR)
            .metrics(Metrics.builder().add(plainFcr).build())
            .onBadInput(BadInput.failFast())
            .minimumN(1)
            .build();
    assertThat(plain.newGroupedAccumulator(1))
        .isNotInstanceOf(histogram.newGroupedAccumulator(1).getClass());
    frequencyTable(rnd, seed, card(BadInput.failFast()), "nps", 0, 11);
    frequencyTable(rnd, seed, custom, "fcr", 0, 2);
  }

  @SuppressWarnings("NullAway") // passes null on purpose
  private static void frequencyTable(
      SplittableRandom rnd, long seed, Scorecard c, String measure, int min, int points) {
    MeasureId id = MeasureId.of(measure);
    int tps = c.touchpoints().size();
    int cells = tps * points;
    long[] table = new long[cells];
    List<Response> rs = new ArrayList<>();
    for (int i = rnd.nextInt(1, 500); i > 0; i--) {
      int t = rnd.nextInt(tps);
      int s = rnd.nextInt(points);
      table[t * points + s]++;
      rs.add(Response.of("x", measure, min + s).withTouchpoint(c.touchpoints().get(t).value()));
    }
    String as = Seeds.describe(seed) + ", " + measure;
    long[] before = table.clone();
    Scorecard.Tally tally = c.newTally();
    tally.addCounts(id, table);
    assertThat(table).as(as + ": the table is only read").isEqualTo(before);
    ScorecardResult expected = c.compute(rs);
    assertThat(tally.result().rows()).as(as).isEqualTo(expected.rows());
    assertThat(tally.result().stages()).as(as).isEqualTo(expected.stages());

    assertThatThrownBy(() -> tally.addCounts(id, new long[cells - 1]))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "counts must hold "
                + cells
                + " entries ("
                + tps
                + " touchpoints times "
                + points
                + " scale points), got "
                + (cells - 1));
    long[] negative = new long[cells];
    negative[0] = 5;
    negative[points + 1] = -2;
    assertThatThrownBy(() -> tally.addCounts(id, negative))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "counts["
                + (points + 1)
                + "] (touchpoint index 1, score "
                + (min + 1)
                + ") must not"
                + " be negative");
    assertThatThrownBy(() -> tally.addCounts(MeasureId.of("loyalty"), table))
        .hasMessageContaining("'loyalty' is not declared");
    assertThatThrownBy(() -> tally.addCounts(id, null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("counts");
    assertThat(tally.result().rows())
        .as(as + ": refused tables added nothing")
        .isEqualTo(expected.rows());

    // an overflow in the last cell refuses the whole table, the first cell too
    long[] huge = new long[cells];
    huge[0] = 1;
    huge[cells - 1] = Long.MAX_VALUE;
    Scorecard.Tally one = c.newTally();
    one.addCount(id, tps - 1, min + points - 1, 1);
    assertThatThrownBy(() -> one.addCounts(id, huge)).isInstanceOf(ArithmeticException.class);
    assertThat(
            one.result().rows().stream()
                .filter(r -> r.measure().equals(id))
                .mapToLong(r -> r.result().n())
                .sum())
        .as(as + ": the cell that fitted was not added either")
        .isEqualTo(1);
  }

  /**
   * A bad score in a column chunk names its index, so the caller sets aside that record alone: the
   * values before it are good and the values after it are added by the next call; the message names
   * the position and the scale, never the value.
   */
  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds5")
  void badColumnValueNamesItsIndexSoOnlyThatRecordIsSetAside(long seed) {
    SplittableRandom rnd = new SplittableRandom(seed);
    Scorecard c = card(BadInput.failFast());
    int tps = c.touchpoints().size();
    int n = rnd.nextInt(1, 300);
    int[] idx = new int[n];
    byte[] scores = new byte[n];
    List<Response> good = new ArrayList<>();
    List<Integer> badAt = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      idx[i] = rnd.nextInt(tps);
      boolean bad = rnd.nextInt(10) == 0;
      scores[i] =
          (byte)
              (bad
                  ? (rnd.nextBoolean() ? 11 + rnd.nextInt(100) : -1 - rnd.nextInt(100))
                  : rnd.nextInt(11));
      if (bad) {
        badAt.add(i);
      } else {
        good.add(
            Response.of("x", "nps", scores[i]).withTouchpoint(c.touchpoints().get(idx[i]).value()));
      }
    }
    Scorecard.Tally t = c.newTally();
    List<Integer> setAside = new ArrayList<>();
    int from = 0;
    while (from < n) {
      int[] i2 = java.util.Arrays.copyOfRange(idx, from, n);
      byte[] s2 = java.util.Arrays.copyOfRange(scores, from, n);
      try {
        t.addColumns(MeasureId.of("nps"), i2, s2);
        from = n;
      } catch (BadColumnValueException e) {
        int k = e.index();
        assertThat(e.getMessage())
            .as(Seeds.describe(seed))
            .isEqualTo("record " + k + ", field 'scores': score off the nps scale 0..10");
        // nothing was added: add the good values before the bad one, then go on after it
        t.addColumns(
            MeasureId.of("nps"), java.util.Arrays.copyOf(i2, k), java.util.Arrays.copyOf(s2, k));
        setAside.add(from + k);
        from += k + 1;
      }
    }
    assertThat(setAside).as(Seeds.describe(seed)).isEqualTo(badAt);
    assertThat(t.result().rows()).as(Seeds.describe(seed)).isEqualTo(c.compute(good).rows());
    BadColumnValueException group =
        catchThrowableOfType(
            BadColumnValueException.class,
            () -> t.addColumns(MeasureId.of("nps"), new int[] {0, 1, tps}, new byte[] {1, 2, 3}));
    assertThat(group.index()).isEqualTo(2);
    assertThat(group)
        .hasMessage("record 2, field 'groups': group out of range 0.." + (tps - 1))
        .hasMessageNotContaining(" " + tps + " ");
  }

  /**
   * A tally with rejects, unknown touchpoints, untagged responses and respondents' lowest scores
   * survives the bytes, merges the same way round, and a decoded tally keeps counting.
   */
  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds5")
  void talliesWithEverythingRoundTripAndMergeEitherWayRound(long seed) {
    SplittableRandom rnd = new SplittableRandom(seed);
    Scorecard c = card(BadInput.collect(100));
    List<Response> rs = new ArrayList<>(responses());
    rs.add(2, r("bad-1", "nps", 11, "event-page"));
    rs.add(4, r("bad-2", "loyalty", 3, "event-page"));
    Scorecard.Tally a = c.newTally();
    Scorecard.Tally b = c.newTally();
    for (Response x : rs) {
      (rnd.nextBoolean() ? a : b).add(x);
    }
    Scorecard.Tally ab = a.copy().merge(b);
    assertThat(ab.toBytes()).as(Seeds.describe(seed)).isEqualTo(b.copy().merge(a).toBytes());
    Scorecard.Tally back = c.decode(ab.toBytes());
    assertThat(back.toBytes()).isEqualTo(ab.toBytes());
    assertThat(back.result()).as(Seeds.describe(seed)).isEqualTo(ab.result());
    assertThat(back.result().rejected()).isEqualTo(2);
    assertThat(back.result().unknownTouchpointResponses()).isEqualTo(2);
    back.add(r("late", "nps", 12, "event-page"));
    assertThat(((InputLocation.RecordPosition) back.result().rejects().get(2).location()).index())
        .as("a decoded tally numbers new records after the ones it saw")
        .isEqualTo(rs.size());
    assertThatThrownBy(() -> card(BadInput.failFast()).decode(ab.toBytes()))
        .as(
            "another scorecard with the same journey reads the bytes, but not rejects it would fail on")
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("fails on bad input");
  }

  @Test
  void aFailedAddOrMergeLeavesTheTallyAsItWas() {
    Scorecard c = card(BadInput.failFast());
    Scorecard.Tally t = c.newTally().addAll(responses());
    byte[] before = t.toBytes();
    assertThatThrownBy(() -> t.add(r("bad", "nps", 11, "event-page")))
        .hasMessageContaining("record " + responses().size());
    assertThatThrownBy(() -> t.addColumns(MeasureId.of("ces"), new int[] {0}, new byte[] {9}))
        .isInstanceOf(BadColumnValueException.class);
    assertThat(t.toBytes()).isEqualTo(before);
    Scorecard other = card(BadInput.failFast());
    assertThatThrownBy(() -> t.merge(other.newTally())).hasMessageContaining("another scorecard");
    assertThat(t.result()).isEqualTo(c.decode(before).result());
    assertThat(c.id()).isEqualTo("scorecard");
    assertThat(responses().parallelStream().collect(c.collector()))
        .isEqualTo(c.compute(responses()));
  }
}
