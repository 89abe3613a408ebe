package org.cxkit.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.cxkit.core.MetricTarget;
import org.cxkit.core.Scale;
import org.cxkit.core.journey.Journey;
import org.cxkit.core.journey.Phase;
import org.cxkit.core.journey.Stage;
import org.cxkit.core.journey.Touchpoint;
import org.cxkit.metrics.BadInput;
import org.cxkit.metrics.Response;
import org.cxkit.metrics.analysis.Delight;
import org.cxkit.metrics.analysis.DelightUplift;
import org.cxkit.metrics.analysis.KeyDrivers;
import org.cxkit.metrics.analysis.Scorecard;
import org.cxkit.metrics.analysis.ScorecardResult;
import org.cxkit.metrics.analysis.UpliftResult;
import org.junit.jupiter.api.Test;

/**
 * The scorecard's and the uplift's tables, pinned: the text is what {@code ScorecardResult} and
 * {@code UpliftResult} printed before their tables moved here (the expected strings below were
 * printed by that code on the same inputs), with the scorecard's units, intervals, adjusted p
 * values, statuses and the lowest-experience line of issue #11.
 */
class ResultTablesTest {
  private static final String SCORECARD =
      """
      Scorecard onboarding (minimum n 2)
        stage     touchpoint    measure  unit        n   value  target  status              gap  adj. p
        discover  event-page    nps      NPS points  5   40.00   30.00  met              +10.00   0.780

        join      sign-up       csat     % good box  5   40.00   80.00  missed           -40.00   0.076
                  welcome-call  ces      mean 1–7    2    6.50    5.00  met               +1.50   0.410
                  welcome-call  csat     % good box  0       -   50.00  no answers            -

        support   help-desk     csat     % good box  1  100.00   70.00  too few answers       -
                  help-desk     ces      mean 1–7    1    4.00       -  no target             -

        rollup           name        measure  unit        n   value  95 % interval
        stage            join        ces      mean 1–7    2    6.50     1.00..7.00
        stage            support     ces      mean 1–7    1    4.00
        stage            join        csat     % good box  5   40.00     11.8..76.9
        stage            support     csat     % good box  1  100.00    20.7..100.0
        stage            discover    nps      NPS points  5   40.00    -29.8..79.8

        phase            DURING      ces      mean 1–7    2    6.50     1.00..7.00
        phase            AFTER       ces      mean 1–7    1    4.00
        phase            DURING      csat     % good box  5   40.00     11.8..76.9
        phase            AFTER       csat     % good box  1  100.00    20.7..100.0
        phase            BEFORE      nps      NPS points  5   40.00    -29.8..79.8

        journey          onboarding  ces      mean 1–7    3    5.67     1.87..7.00
        journey          onboarding  csat     % good box  6   50.00     18.8..81.2
        journey          onboarding  nps      NPS points  5   40.00    -29.8..79.8

        overall answers  onboarding  nps      NPS points  1    0.00    -60.0..60.0

      targets tested against the value: Holm-adjusted across 3 targets, α 0.05; beyond noise: -
      weakest link: sign-up (csat 40.0%, 95 % interval 11.8..76.9, gap -40.0)
      weakest stage: none below the others beyond noise
      lowest experience most often at: help-desk (25.0 % of 5 respondents, 2.50× chance)
      no data: survey
      unknown touchpoints: checkout (2)
      without touchpoint: 1
      rejected: 6
        record 17, field 'score': score off the csat scale 1..5
        record 18, field 'score': score off the csat scale 1..5
        record 19, field 'score': score off the csat scale 1..5
        record 20, field 'score': score off the csat scale 1..5
        record 21, field 'score': score off the csat scale 1..5
        ...
        terms: NPS points = % promoters (9–10) − % detractors (0–6), −100..100; gap = value − target, positive is better; Holm = step-down correction that keeps the chance of any false alarm at α; good box = share of answers in the scale's good points (CSAT: 4–5 of 5)""";

  private static final String EMPTY_SCORECARD =
      """
      Scorecard onboarding (minimum n 30)
        stage     touchpoint    measure  unit        n  value  target  status      gap  adj. p
        discover  event-page    nps      NPS points  0      -   30.00  no answers    -

        join      sign-up       csat     % good box  0      -   80.00  no answers    -
                  welcome-call  ces      mean 1–7    0      -    5.00  no answers    -
                  welcome-call  csat     % good box  0      -   50.00  no answers    -

        support   help-desk     csat     % good box  0      -   70.00  no answers    -

      targets tested against the value: Holm-adjusted across 0 targets, α 0.05; beyond noise: -
      weakest link: none below target
      weakest stage: none below the others beyond noise
      lowest experience: no respondent answered two touchpoints
      no data: event-page, sign-up, welcome-call, help-desk, survey
      unknown touchpoints: -
      without touchpoint: 0
      rejected: 0
        terms: NPS points = % promoters (9–10) − % detractors (0–6), −100..100; good box = share of answers in the scale's good points (CSAT: 4–5 of 5)""";

  private static final String BINARY =
      """
      Delight uplift (binary outcome, n=160)
        group          n  % yes
        delighted     70   80.0
        satisfied     80   60.0
        dissatisfied  10   10.0
        uplift (delighted − satisfied): 20.0 percentage points  [5.2, 33.4] 95% Newcombe hybrid score
        relative uplift: 33.3%
        SE 7.27, unpooled z 2.75, p 0.0059
        observational, not causal: delighted customers may differ in other ways
        terms: Newcombe = interval of a difference of two shares built from their Wilson intervals (Newcombe 1998)""";

  private static final String NPS =
      """
      Delight uplift (nps outcome, n=11)
        group         n    NPS
        delighted     5   40.0
        satisfied     6  -16.7
        dissatisfied  0      -
        uplift (delighted − satisfied): 56.7 NPS points  [-43.7, 157.0] 95% Wald
        relative uplift: -
        SE 51.21, unpooled z 1.11, p 0.2685
        observational, not causal: delighted customers may differ in other ways
        terms: Wald = normal-approximation interval""";

  private static final String NUMERIC =
      """
      Delight uplift (numeric outcome, n=11)
        group         n   mean
        delighted     6  107.7
        satisfied     5   77.6
        dissatisfied  0      -
        uplift (delighted − satisfied): 30.2 outcome units  [4.0, 56.3] 95% Welch t
        relative uplift: 38.9%
        SE 11.13, Welch t 2.71, p 0.0292
        observational, not causal: delighted customers may differ in other ways
        terms: Welch t = interval of a difference of means without assuming equal variances""";

  private static final String EMPTY_UPLIFT =
      """
      Delight uplift (binary outcome, n=0)
        group         n  % yes
        delighted     0      -
        satisfied     0      -
        dissatisfied  0      -
        uplift (delighted − satisfied): - percentage points  (no interval)
        relative uplift: -
        SE -, unpooled z -, p -
        observational, not causal: delighted customers may differ in other ways""";

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
                    Touchpoint.builder("welcome-call")
                        .measure(MetricTarget.mean("ces", 5))
                        .measure(MetricTarget.goodBoxShare("csat", 50))))
        .stage(
            Stage.builder("support", Phase.AFTER)
                .touchpoint(
                    Touchpoint.builder("help-desk").measure(MetricTarget.goodBoxShare("csat", 70)))
                .touchpoint(Touchpoint.builder("survey")))
        .build();
  }

  /** Every status (met, missed, not enough data, no target), unknown, untagged and 6 rejects. */
  static List<Response> responses() {
    List<Response> rs = new ArrayList<>();
    int[] nps = {10, 9, 9, 8, 3};
    for (int i = 0; i < nps.length; i++) {
      rs.add(Response.of("c" + i, "nps", nps[i]).withTouchpoint("event-page"));
    }
    int[] csat = {5, 4, 3, 2, 1};
    for (int i = 0; i < csat.length; i++) {
      rs.add(Response.of("c" + i, "csat", csat[i]).withTouchpoint("sign-up"));
    }
    rs.add(Response.of("c0", "ces", 7).withTouchpoint("welcome-call"));
    rs.add(Response.of("c1", "ces", 6).withTouchpoint("welcome-call"));
    rs.add(Response.of("c0", "csat", 5).withTouchpoint("help-desk"));
    rs.add(Response.of("c1", "ces", 4).withTouchpoint("help-desk"));
    rs.add(Response.of("c9", "nps", 10).withTouchpoint("checkout"));
    rs.add(Response.of("c9", "nps", 8).withTouchpoint("checkout"));
    rs.add(Response.of("c8", "nps", 7));
    for (int i = 0; i < 6; i++) {
      rs.add(Response.of("x" + i, "csat", 9).withTouchpoint("sign-up"));
    }
    return rs;
  }

  static ScorecardResult card() {
    return Scorecard.builder(journey())
        .minimumN(2)
        .onBadInput(BadInput.collect(100))
        .build()
        .compute(responses());
  }

  @Test
  void aScorecardIsARowPerTouchpointAndMeasureThenItsRollupsAndWhatWasNotScored() {
    assertThat(TextReport.table(card())).isEqualTo(SCORECARD);
    assertThat(TextReport.table(Scorecard.builder(journey()).build().compute(List.of())))
        .isEqualTo(EMPTY_SCORECARD);
  }

  @Test
  void anUpliftIsATableOfItsGroupsThenTheUpliftWithItsInterval() {
    DelightUplift.BinaryTally binary = DelightUplift.binary(Scale.CSAT).newTally();
    for (int i = 0; i < 70; i++) {
      binary.add(5, i < 56);
    }
    for (int i = 0; i < 80; i++) {
      binary.add(4, i < 48);
    }
    for (int i = 0; i < 10; i++) {
      binary.add(2, i < 1);
    }
    assertThat(TextReport.table(binary.result())).isEqualTo(BINARY);

    DelightUplift.NpsTally nps = DelightUplift.nps(Scale.CSAT).newTally();
    for (int x : new int[] {10, 10, 9, 8, 3}) {
      nps.add(5, x);
    }
    for (int x : new int[] {9, 7, 6, 5, 10, 2}) {
      nps.add(4, x);
    }
    assertThat(TextReport.table(nps.result())).isEqualTo(NPS);

    DelightUplift.NumericTally numeric = DelightUplift.numeric(Scale.CSAT).newTally();
    numeric.addAll(
        new int[] {5, 5, 5, 5, 5, 5}, new double[] {120.0, 80.5, 99.0, 150.25, 101.0, 95.5});
    numeric.addAll(new int[] {4, 4, 4, 4, 4}, new double[] {70.0, 88.0, 64.5, 90.0, 75.25});
    assertThat(TextReport.table(numeric.result())).isEqualTo(NUMERIC);
    // the unit the user named (#11) replaces "outcome units" and heads the means' column
    UpliftResult eur = numeric.result().withOutcomeUnit("EUR");
    assertThat(TextReport.table(eur))
        .isEqualTo(
            """
            Delight uplift (numeric outcome, n=11)
              group         n  mean (EUR)
              delighted     6       107.7
              satisfied     5        77.6
              dissatisfied  0           -
              uplift (delighted \u2212 satisfied): 30.2 EUR  [4.0, 56.3] 95% Welch t
              relative uplift: 38.9%
              SE 11.13, Welch t 2.71, p 0.0292
              observational, not causal: delighted customers may differ in other ways
              terms: Welch t = interval of a difference of means without assuming equal variances""");
    assertThat(
            TextRenderer.builder().locale(java.util.Locale.forLanguageTag("fi")).build().table(eur))
        .contains("keskiarvo (EUR)")
        .contains("30,2 EUR")
        .doesNotContain("tuloksen yksikk\u00f6\u00e4");

    UpliftResult empty = DelightUplift.binary(Scale.CSAT).newTally().result();
    assertThat(TextReport.table(empty)).isEqualTo(EMPTY_UPLIFT);
  }

  /** Renamed groups are printed as named, untranslated; the default names are translated. */
  @Test
  void upliftGroupsArePrintedAsNamed() {
    DelightUplift.BinaryTally t =
        DelightUplift.binary(Delight.topBox(Scale.CSAT).named("wow", "fine", "meh")).newTally();
    t.add(5, true);
    t.add(4, false);
    String table = TextReport.table(t.result());
    assertThat(table)
        .contains("\n  wow ")
        .contains("\n  fine ")
        .contains("\n  meh ")
        .contains("uplift (wow − fine): 100.0 percentage points");
    TextRenderer fi = TextRenderer.builder().locale(Locale.forLanguageTag("fi")).build();
    assertThat(fi.table(t.result())).contains("(wow − fine)").doesNotContain("\n  ilahtuneet ");
  }

  @Test
  void theValuesThemselvesPrintOneLine() {
    assertThat(card().toString()).doesNotContain("\n").startsWith("ScorecardResult[onboarding: ");
    assertThat(DelightUplift.binary(Scale.CSAT).newTally().result().toString())
        .doesNotContain("\n");
  }

  @Test
  void numbersFollowTheRenderersLocale() {
    TextRenderer esperanto = TextRenderer.builder().locale(Locale.forLanguageTag("eo")).build();
    String table = esperanto.table(card());
    assertThat(table)
        .contains(
            "            welcome-call  ces      mean 1–7    2    6,50    5,00  met               +1,50")
        .contains("weakest link: sign-up (csat 40,0%, 95 % interval 11,8..76,9, gap -40,0)");
    assertThat(TextRenderer.builder().locale(Locale.UK).build().table(card())).isEqualTo(SCORECARD);
  }

  @Test
  void keyDriversTableRanksByShapleyAndSaysWhenNotEstimated() {
    KeyDrivers kd = KeyDrivers.of("overall", "arrival", "networking");
    KeyDrivers.State s = kd.newState();
    java.util.SplittableRandom r = new java.util.SplittableRandom(3);
    for (int i = 0; i < 100; i++) {
      double a = 1 + r.nextInt(5);
      double n = 1 + r.nextInt(5);
      s.add(0.2 * a + n + r.nextGaussian(), a, n);
    }
    String table = TextReport.table(s.result());
    assertThat(table)
        .startsWith("Key drivers of overall (n=100 of 100 rows, listwise)\n  R² ")
        .contains("driver", "Johnson", "Shapley", "% of R²", "quadrant")
        .contains("ranking by Shapley: networking, arrival");
    assertThat(table.lines().skip(3).findFirst().orElseThrow()).startsWith("  networking");
    assertThat(TextReport.table(kd.newState().result()))
        .isEqualTo(
            "Key drivers of overall (n=0 of 0 rows, listwise)\n"
                + "  not estimated: fewer rows than drivers + 2");
  }

  /**
   * The NPS of 5 promoters, 2 passives and 3 detractors is 20; its adjusted-Wald interval (Rocks
   * 2016: add 3/4 of a promoter and of a detractor, n + 3) is p = 5.75/13, d = 3.75/13, se = √((p +
   * d − (p − d)²)/13) = 0.2332, so 15.38 ± 1.96 · 23.32 = [−30.3, 61.1].
   */
  @Test
  void anNpsResultIsATableOfItsGroupsThenItsScoreWithItsIntervalAndALegend() {
    org.cxkit.metrics.NpsResult nps = org.cxkit.metrics.Nps.of(10, 10, 9, 9, 9, 8, 7, 6, 3, 0);
    assertThat(TextReport.table(nps))
        .isEqualTo(
            """
            NPS (n=10)
              group       n  share (%)
              promoters   5       50.0
              passives    2       20.0
              detractors  3       30.0
              NPS 20.0 points  [-30.3, 61.1] 95% adjusted Wald
              terms: NPS points = % promoters (9–10) − % detractors (0–6), −100..100; adjusted\
             Wald = NPS interval with 3 pseudo-answers added (Rocks 2016)""");
    assertThat(nps.toString()).doesNotContain("\n");
    assertThat(TextReport.table(org.cxkit.metrics.Nps.of()))
        .isEqualTo("NPS (n=0)\n  no score: no responses");
  }

  /**
   * CSAT answers 5, 4, 4, 3, 1: one top box of 5, whose 95% Wilson interval is [3.62, 62.45] %
   * (Wilson 1927; Newcombe 1998, Statistics in Medicine 17, table I gives 0.0362–0.6245 for 1/5).
   */
  @Test
  void aScaleResultIsATableOfItsMeanAndBoxesWithIntervals() {
    org.cxkit.metrics.ScaleResult csat =
        org.cxkit.metrics.ScaleMetrics.csat().compute(new int[] {5, 4, 4, 3, 1});
    String table = TextReport.table(csat);
    assertThat(table.lines().toList())
        .startsWith(
            "csat (n=5, scale 1..5, headline: good box)",
            "  statistic   unit      value  95% interval  method")
        .contains("  top box     %         20.00   3.62..62.45  Wilson")
        .contains("  bottom box  %         20.00   3.62..62.45  Wilson");
    assertThat(table)
        .contains("terms: top, good and bottom box = ")
        .contains("; t = Student's t interval of a mean; Wilson = ");
    assertThat(csat.toString()).doesNotContain("\n");
  }

  /** Down a column every number has as many decimals, so the decimal marks line up. */
  @Test
  void everyNumberInAColumnHasTheSameDecimals() {
    Table t = new Table(Locale.ROOT, "a", ">b", ">c");
    t.row("x", Table.num(1.5, 1), Table.signed(3, 0));
    t.row("y", Table.num(12.25, 2), Table.signed(-2.4, 1));
    t.gap();
    t.row("z", "-", Table.signed(-0.001, 2));
    assertThat(t.toString())
        .isEqualTo(
            String.join(
                "\n",
                "  a      b      c",
                "  x   1.50  +3.00",
                "  y  12.25  -2.40",
                "",
                "  z      -   0.00"));
    List<String> lines = TextReport.table(card()).lines().toList();
    for (String line : lines.subList(2, 12)) {
      for (String cell : line.trim().split("\\s{2,}")) {
        // adjusted p values have three decimals in a column of their own
        if (cell.matches("[+-]?[0-9]+\\.[0-9]+") && !line.endsWith("  " + cell)) {
          assertThat(cell.substring(cell.indexOf('.') + 1)).as(line).hasSize(2);
        }
      }
    }
  }
}
