package org.cxkit.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import org.apache.commons.statistics.distribution.NormalDistribution;
import org.apache.commons.statistics.distribution.TDistribution;
import org.cxkit.core.Measure;
import org.cxkit.core.MeasureId;
import org.cxkit.core.MetricTarget;
import org.cxkit.core.Scale;
import org.cxkit.core.StageId;
import org.cxkit.core.TouchpointId;
import org.cxkit.core.journey.Journey;
import org.cxkit.core.journey.Phase;
import org.cxkit.core.journey.Stage;
import org.cxkit.core.journey.Touchpoint;
import org.cxkit.metrics.analysis.Rollup;
import org.cxkit.metrics.analysis.Scorecard;
import org.cxkit.metrics.analysis.ScorecardResult;
import org.cxkit.metrics.analysis.TargetStatus;
import org.cxkit.metrics.analysis.TouchpointScore;
import org.cxkit.metrics.analysis.Trends;
import org.junit.jupiter.api.Test;

/** Issue #11: a scorecard that cannot mislead. Each test failed on the scorecard before it. */
class ScorecardUnitsTest {
  private static final NormalDistribution Z = NormalDistribution.of(0, 1);

  static Journey oneTouchpoint(MetricTarget target) {
    return Journey.builder("j")
        .persona("p")
        .stage(Stage.builder("s", Phase.DURING).touchpoint(Touchpoint.builder("t").measure(target)))
        .build();
  }

  static List<Response> answers(String tp, String measure, int score, int count) {
    List<Response> rs = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      rs.add(
          Response.of(tp + "-" + measure + "-" + score + "-" + i, measure, score)
              .withTouchpoint(tp));
    }
    return rs;
  }

  /**
   * The README's CSAT target of 4.2 with 36 of 40 answers at 1 showed "10.0 vs 4.20 met". As a mean
   * it is missed (mean 1.4); as a good-box share of 80 % it is missed (10 %).
   */
  @Test
  void aTargetIsJudgedInItsUnit() {
    List<Response> rs = new ArrayList<>(answers("t", "csat", 1, 36));
    rs.addAll(answers("t", "csat", 5, 4));
    ScorecardResult mean = Scorecard.of(oneTouchpoint(MetricTarget.mean("csat", 4.2))).compute(rs);
    TouchpointScore row = mean.rows().get(0);
    assertThat(row.value()).hasValue((36 * 1 + 4 * 5) / 40.0);
    assertThat(row.unit()).hasValue(MetricTarget.Unit.MEAN);
    assertThat(row.status()).isEqualTo(TargetStatus.MISSED);
    assertThat(row.gap().orElseThrow()).isCloseTo(1.4 - 4.2, within(1e-12));
    assertThat(mean.weakestLink()).contains(row);
    assertThat(row.interval()).isPresent();
    TouchpointScore share =
        Scorecard.of(oneTouchpoint(MetricTarget.goodBoxShare("csat", 80)))
            .compute(rs)
            .rows()
            .get(0);
    assertThat(share.value()).hasValue(10.0);
    assertThat(share.status()).isEqualTo(TargetStatus.MISSED);
    TouchpointScore top =
        Scorecard.of(oneTouchpoint(MetricTarget.topBoxShare("csat", 10))).compute(rs).rows().get(0);
    assertThat(top.value()).hasValue(10.0);
    assertThat(top.status()).as("equal meets").isEqualTo(TargetStatus.MET);
  }

  /** A target the scale rules out is refused when the scorecard is built, without the value. */
  @Test
  void aScorecardRefusesTargetsItsMeasuresRuleOut() {
    Journey j = oneTouchpoint(MetricTarget.mean("ces", 9.5));
    assertThatThrownBy(() -> Scorecard.of(j))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("1..7")
        .hasMessageNotContaining("9.5");
    Measure fcr = Measure.of("fcr", "FCR", Scale.higherIsBetter(0, 1, 1, 1, 0));
    assertThatThrownBy(
            () ->
                Scorecard.builder(oneTouchpoint(MetricTarget.npsPoints("fcr", 10)))
                    .measure(fcr)
                    .build())
        .hasMessageContaining("NPS points");
  }

  /** The default minimum n was 1: a touchpoint was "met" on one answer. */
  @Test
  void belowTheDefaultMinimumNTheValueStaysButNothingIsJudged() {
    Scorecard card = Scorecard.of(oneTouchpoint(MetricTarget.goodBoxShare("csat", 80)));
    assertThat(card.minimumN()).isEqualTo(30).isEqualTo(Scorecard.DEFAULT_MINIMUM_N);
    TouchpointScore few = card.compute(answers("t", "csat", 5, 29)).rows().get(0);
    assertThat(few.status()).isEqualTo(TargetStatus.TOO_FEW);
    assertThat(few.value()).hasValue(100.0);
    assertThat(few.interval()).isPresent();
    assertThat(few.gap()).isEmpty();
    assertThat(few.adjustedP()).isEmpty();
    TouchpointScore enough = card.compute(answers("t", "csat", 5, 30)).rows().get(0);
    assertThat(enough.status()).isEqualTo(TargetStatus.MET);
    TouchpointScore none = card.compute(List.of()).rows().get(0);
    assertThat(none.status()).isEqualTo(TargetStatus.NOT_ENOUGH_DATA);
    assertThat(none.value()).isEmpty();
  }

  /**
   * Tests against targets: the one-sample score test of a proportion (Agresti &amp; Coull 1998), z
   * = (p̂ − p₀)/√(p₀(1 − p₀)/n), and Holm's (1979) step-down adjustment as R's {@code p.adjust}
   * defines it; Benjamini–Hochberg (1995) on request.
   */
  @Test
  void flagsAgainstTargetsAreAdjustedForTheNumberOfTargets() {
    Journey j =
        Journey.builder("j")
            .persona("p")
            .stage(
                Stage.builder("s", Phase.DURING)
                    .touchpoint(
                        Touchpoint.builder("a").measure(MetricTarget.goodBoxShare("csat", 70)))
                    .touchpoint(
                        Touchpoint.builder("b").measure(MetricTarget.goodBoxShare("csat", 70)))
                    .touchpoint(
                        Touchpoint.builder("c").measure(MetricTarget.goodBoxShare("csat", 50))))
            .build();
    List<Response> rs = new ArrayList<>();
    rs.addAll(answers("a", "csat", 5, 60)); // 60 of 100 good vs 70
    rs.addAll(answers("a", "csat", 1, 40));
    rs.addAll(answers("b", "csat", 4, 75)); // 75 of 100 good vs 70
    rs.addAll(answers("b", "csat", 2, 25));
    rs.addAll(answers("c", "csat", 5, 30)); // 30 of 50 good vs 50
    rs.addAll(answers("c", "csat", 3, 20));
    double pa = 2 * Z.survivalProbability(Math.abs((0.60 - 0.70) / Math.sqrt(0.7 * 0.3 / 100)));
    double pb = 2 * Z.survivalProbability(Math.abs((0.75 - 0.70) / Math.sqrt(0.7 * 0.3 / 100)));
    double pc = 2 * Z.survivalProbability(Math.abs((0.60 - 0.50) / Math.sqrt(0.5 * 0.5 / 50)));
    assertThat(pa).isCloseTo(0.029096, within(1e-5)); // z = -2.18218
    // Holm: sorted a (0.0291) < c (0.157) < b (0.275): 3·pa, max(3·pa, 2·pc), max(.., pb)
    ScorecardResult holm = Scorecard.of(j).compute(rs);
    assertThat(holm.correction()).isEqualTo(Trends.Correction.HOLM);
    assertThat(p(holm, "a")).isCloseTo(3 * pa, within(1e-9));
    assertThat(p(holm, "c")).isCloseTo(Math.max(3 * pa, 2 * pc), within(1e-9));
    assertThat(p(holm, "b")).isCloseTo(Math.max(2 * pc, pb), within(1e-9));
    assertThat(holm.flagged()).as("0.087 is not beyond noise at 0.05").isEmpty();
    ScorecardResult bh =
        Scorecard.builder(j).correction(Trends.Correction.BENJAMINI_HOCHBERG).build().compute(rs);
    assertThat(p(bh, "a")).isCloseTo(Math.min(3 * pa, Math.min(1.5 * pc, pb)), within(1e-9));
    assertThat(p(bh, "b")).isCloseTo(pb, within(1e-9));
    ScorecardResult loose = Scorecard.builder(j).alpha(0.1).build().compute(rs);
    assertThat(loose.flagged()).extracting(r -> r.touchpoint().value()).containsExactly("a");
  }

  private static double p(ScorecardResult r, String tp) {
    return r.rows(TouchpointId.of(tp)).get(0).adjustedP().orElseThrow();
  }

  private static Journey twoStages() {
    return Journey.builder("j")
        .persona("p")
        .stage(
            Stage.builder("weak", Phase.DURING)
                .touchpoint(Touchpoint.builder("w").measure(MetricTarget.goodBoxShare("csat", 80))))
        .stage(
            Stage.builder("busy", Phase.DURING)
                .touchpoint(Touchpoint.builder("b1").measure(MetricTarget.goodBoxShare("csat", 70)))
                .touchpoint(Touchpoint.builder("b2").measure(MetricTarget.goodBoxShare("csat", 70)))
                .touchpoint(
                    Touchpoint.builder("b3").measure(MetricTarget.goodBoxShare("csat", 70))))
        .build();
  }

  /**
   * "Weakest stage" counted where each respondent's lowest score fell, so a stage of three decent
   * touchpoints beat the stage holding the weakest link. Now stages are scored and compared.
   */
  @Test
  void theWeakestStageIsScoredNotCountedAndNeverNamedOnNoise() {
    List<Response> rs = new ArrayList<>();
    for (int i = 0; i < 60; i++) {
      String who = "r" + i;
      rs.add(Response.of(who, "csat", i < 30 ? 5 : 2).withTouchpoint("w")); // 50 % good
      for (String tp : List.of("b1", "b2", "b3")) {
        rs.add(Response.of(who, "csat", i < 45 ? 4 : 3).withTouchpoint(tp)); // 75 % good each
      }
    }
    ScorecardResult r = Scorecard.of(twoStages()).compute(rs);
    assertThat(r.weakestLink().orElseThrow().touchpoint()).isEqualTo(TouchpointId.of("w"));
    Rollup weak =
        r.stages().stream().filter(x -> x.name().equals("weak")).findFirst().orElseThrow();
    assertThat(weak.value()).hasValue(50.0);
    assertThat(weak.interval()).isPresent();
    assertThat(r.weakestStage(MeasureId.of("csat"))).contains(StageId.of("weak"));
    assertThat(r.weakestStages()).containsEntry(MeasureId.of("csat"), StageId.of("weak"));
    // the lowest experience of most respondents falls in the busy stage, but normalised for the
    // three touchpoints each answered there, the weak touchpoint still stands out
    assertThat(r.lowestExperiences().get(0).normalised())
        .isGreaterThan(r.lowestExperiences().get(1).normalised());

    List<Response> close = new ArrayList<>();
    for (int i = 0; i < 60; i++) {
      String who = "r" + i;
      close.add(Response.of(who, "csat", i < 42 ? 5 : 2).withTouchpoint("w")); // 70 % good
      for (String tp : List.of("b1", "b2", "b3")) {
        close.add(Response.of(who, "csat", i < 45 ? 4 : 3).withTouchpoint(tp));
      }
    }
    assertThat(Scorecard.of(twoStages()).compute(close).weakestStage(MeasureId.of("csat")))
        .as("70 % vs 75 % on 60 and 180 answers is noise")
        .isEmpty();
  }

  /**
   * A real export mixed touchpoint answers into the overall NPS (n = 117 instead of 39). An overall
   * calculator now refuses a touchpoint's answer; the scorecard scores both apart.
   */
  @Test
  void overallAndTouchpointAnswersAreNeverMixed() {
    List<Response> rs = new ArrayList<>();
    rs.addAll(List.of(Response.of("a", "nps", 10), Response.of("b", "nps", 0)));
    rs.add(Response.of("a", "nps", 3).withTouchpoint("t"));
    assertThatThrownBy(() -> Nps.metric().compute(rs))
        .isInstanceOf(BadInputException.class)
        .hasMessageContaining("record 2")
        .hasMessageContaining("touchpoint")
        .hasMessageNotContaining("'t'");
    Computation<NpsResult> c = Nps.metric().compute(rs, BadInput.collect(5));
    assertThat(c.result().n()).isEqualTo(2);
    assertThat(c.rejected()).isEqualTo(1);
    ScorecardResult card =
        Scorecard.of(oneTouchpoint(MetricTarget.npsPoints("nps", 0))).compute(rs);
    assertThat(card.overallAnswers(MeasureId.of("nps")).orElseThrow().result().n()).isEqualTo(2);
    assertThat(card.overall().get(0).result().n()).isEqualTo(1);
    assertThat(card.rows().get(0).n()).isEqualTo(1);
    assertThat(card.rows().get(0).measure()).isEqualTo(MeasureId.of("nps"));
  }

  /**
   * Newcombe (1998), <i>Statistics in Medicine</i> 17:873–890, Table II, example (a), method 10.
   */
  @Test
  void twoGroupsCompareOnShareByNewcombe() {
    Measure yes = Measure.of("yes", "Yes", Scale.higherIsBetter(0, 1, 1, 1, 0));
    int[] a = new int[70];
    java.util.Arrays.fill(a, 0, 56, 1);
    int[] b = new int[80];
    java.util.Arrays.fill(b, 0, 48, 1);
    GroupComparison c =
        GroupComparison.of(
                MetricTarget.Unit.GOOD_BOX_PERCENT,
                "treated",
                ScaleMetrics.mean(yes).compute(a),
                "control",
                ScaleMetrics.mean(yes).compute(b))
            .orElseThrow();
    assertThat(c.first()).isEqualTo("treated");
    assertThat(c.second()).isEqualTo("control");
    assertThat(c.difference()).isCloseTo(20.0, within(1e-9));
    assertThat(c.interval().lower()).isCloseTo(5.24, within(0.005));
    assertThat(c.interval().upper()).isCloseTo(33.39, within(0.005));
    double pooled = 104.0 / 150;
    double z = 0.2 / Math.sqrt(pooled * (1 - pooled) * (1.0 / 70 + 1.0 / 80));
    assertThat(c.statistic()).isCloseTo(z, within(1e-12));
    assertThat(c.p()).isCloseTo(2 * Z.survivalProbability(z), within(1e-12));
  }

  /** Welch (1947): t = (x̄₁ − x̄₂)/√(s₁²/n₁ + s₂²/n₂), Welch–Satterthwaite degrees of freedom. */
  @Test
  void twoGroupsCompareOnMeanByWelch() {
    GroupComparison c =
        GroupComparison.of(
                MetricTarget.Unit.MEAN,
                "members",
                ScaleMetrics.ces().compute(new int[] {4, 5, 6, 7, 7}),
                "guests",
                ScaleMetrics.ces().compute(new int[] {1, 2, 3, 4, 5}))
            .orElseThrow();
    double v1 = 1.7 / 5;
    double v2 = 2.5 / 5;
    double t = 2.8 / Math.sqrt(v1 + v2);
    double df = (v1 + v2) * (v1 + v2) / (v1 * v1 / 4 + v2 * v2 / 4);
    assertThat(c.difference()).isCloseTo(2.8, within(1e-12));
    assertThat(c.statistic()).isCloseTo(3.0550504633, within(1e-9));
    assertThat(df).isCloseTo(7.7199, within(1e-4));
    assertThat(c.p()).isCloseTo(2 * TDistribution.of(df).survivalProbability(t), within(1e-12));
    assertThat(c.test()).isEqualTo("Welch t");
    assertThat(
            GroupComparison.of(
                MetricTarget.Unit.MEAN,
                "a",
                ScaleMetrics.ces().compute(new int[] {4}),
                "b",
                ScaleMetrics.ces().compute(new int[] {1, 2})))
        .as("a mean from one answer has no variance")
        .isEmpty();
  }
}
