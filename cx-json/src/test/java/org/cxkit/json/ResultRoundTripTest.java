package org.cxkit.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.SplittableRandom;
import java.util.stream.LongStream;
import org.cxkit.core.testing.Seeds;
import org.cxkit.metrics.BadInputException;
import org.cxkit.metrics.MetricResult;
import org.cxkit.metrics.NpsResult;
import org.cxkit.metrics.ScaleResult;
import org.cxkit.metrics.analysis.ScorecardResult;
import org.cxkit.metrics.analysis.UpliftResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Issue 5, "the same for metric results": for random results (random scores through the
 * calculators; random journeys from cx-core's ModelGenerator through the scorecard) {@code
 * read(write(r)).equals(r)} and the re-write is byte-identical. Replay with {@code -Dcx.seed=N}.
 */
class ResultRoundTripTest {
  static final CxJson JSON = CxJson.defaults();

  static LongStream seeds() {
    return Seeds.seeds(150);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void metricResultsRoundTrip(long seed) {
    SplittableRandom rnd = new SplittableRandom(seed);
    for (int i = 0; i < 4; i++) {
      MetricResult r = ResultGenerator.metricResult(rnd);
      String text = JSON.writeResult(r);
      MetricResult back = JSON.readResult(text, MetricResult.class);
      assertThat(back).as(Seeds.describe(seed) + "\n" + text).isEqualTo(r);
      assertThat(JSON.writeResult(back)).as(Seeds.describe(seed)).isEqualTo(text);
      assertThat(JSON.readResult(text.getBytes(StandardCharsets.UTF_8), r.getClass()))
          .as(Seeds.describe(seed))
          .isEqualTo(r);
    }
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void scorecardsRoundTrip(long seed) {
    ScorecardResult s = ResultGenerator.scorecard(seed);
    String text = JSON.writeScorecard(s);
    ScorecardResult back = JSON.readResult(text, ScorecardResult.class);
    assertThat(back).as(Seeds.describe(seed) + "\n" + text).isEqualTo(s);
    assertThat(JSON.writeScorecard(back)).as(Seeds.describe(seed)).isEqualTo(text);
    assertThat(back.weakestLink()).isEqualTo(s.weakestLink());
    assertThat(back.ranking()).isEqualTo(s.ranking());
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void upliftsRoundTrip(long seed) {
    UpliftResult u = ResultGenerator.uplift(new SplittableRandom(seed));
    String text = JSON.writeUplift(u);
    UpliftResult back = JSON.readResult(text, UpliftResult.class);
    assertThat(back).as(Seeds.describe(seed) + "\n" + text).isEqualTo(u);
    assertThat(JSON.writeUplift(back)).as(Seeds.describe(seed)).isEqualTo(text);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("fewSeeds")
  void aHostMapperReadsWhatItWrites(long seed) throws Exception {
    var host = JsonTestSuiteTest.HOST;
    SplittableRandom rnd = new SplittableRandom(seed);
    ScorecardResult s = ResultGenerator.scorecard(seed);
    MetricResult m = ResultGenerator.metricResult(rnd);
    UpliftResult u = ResultGenerator.uplift(rnd);
    assertThat(host.readValue(host.writeValueAsString(s), ScorecardResult.class))
        .as(Seeds.describe(seed))
        .isEqualTo(s);
    assertThat(host.readValue(host.writeValueAsString(m), MetricResult.class))
        .as(Seeds.describe(seed))
        .isEqualTo(m);
    assertThat(host.readValue(host.writeValueAsString(u), UpliftResult.class))
        .as(Seeds.describe(seed))
        .isEqualTo(u);
    // inside the host's own documents, and through CxJson's hardened mapper
    java.util.Map<String, ScorecardResult> wrapped = java.util.Map.of("week", s);
    String text = host.writeValueAsString(wrapped);
    assertThat(
            host.<java.util.Map<String, ScorecardResult>>readValue(
                text,
                new com.fasterxml.jackson.core.type.TypeReference<
                    java.util.Map<String, ScorecardResult>>() {}))
        .isEqualTo(wrapped);
    assertThat(JSON.objectMapper().readValue(JSON.writeScorecard(s), ScorecardResult.class))
        .isEqualTo(s);
  }

  static LongStream fewSeeds() {
    return Seeds.seeds(20);
  }

  @Test
  void derivedFiguresMayBeLeftOutButNotContradicted() {
    NpsResult r = NpsResult.ofCounts(10, 20, 30);
    String text = JSON.writeResult(r);
    String minimal =
        "{\"cxkit\": \"1.0\", \"kind\": \"nps-result\", \"histogram\": {\"min\": 0, \"max\": 10,"
            + " \"better\": \"HIGHER_IS_BETTER\", \"topBox\": 2, \"goodBox\": 2, \"bottomBox\": 7,"
            + " \"counts\": [10, 0, 0, 0, 0, 0, 0, 20, 0, 0, 30]}}";
    assertThat(JSON.readResult(minimal, NpsResult.class)).isEqualTo(r);
    assertThat(
            JSON.readResult(
                minimal.replace("}}", "}, \"headline\": 33.33333333333333}"), NpsResult.class))
        .isEqualTo(r);
    assertThatThrownBy(
            () ->
                JSON.readResult(
                    text.replace("\"promoters\": 30", "\"promoters\": 31"), NpsResult.class))
        .isInstanceOfSatisfying(
            CxJsonException.class,
            e -> {
              assertThat(e.kind()).isEqualTo(BadInputException.Kind.MODEL);
              assertThat(e.pointer()).hasValue("/promoters");
              assertThat(e.line()).isNotEmpty();
            });
    assertThatThrownBy(
            () -> JSON.readResult(minimal.replace("}}", "}, \"headline\": 50}"), NpsResult.class))
        .isInstanceOfSatisfying(
            CxJsonException.class, e -> assertThat(e.pointer()).hasValue("/headline"));
    assertThatThrownBy(
            () ->
                JSON.readResult(minimal.replace("}}", "}, \"colour\": \"red\"}"), NpsResult.class))
        .isInstanceOfSatisfying(
            CxJsonException.class, e -> assertThat(e.pointer()).hasValue("/colour"));
    // a newer minor version may add properties
    assertThat(
            JSON.readResult(
                minimal.replace("1.0", "1.4").replace("}}", "}, \"colour\": \"red\"}"),
                NpsResult.class))
        .isEqualTo(r);
  }

  @Test
  void kindsAreAClosedListAndMustFitTheType() {
    String nps = JSON.writeResult(NpsResult.ofCounts(1, 2, 3));
    assertThatThrownBy(() -> JSON.readResult(nps, ScaleResult.class))
        .isInstanceOfSatisfying(
            CxJsonException.class,
            e -> {
              assertThat(e.pointer()).hasValue("/kind");
              assertThat(e.getMessage()).contains("scale-result");
            });
    assertThatThrownBy(
            () ->
                JSON.readResult(nps.replace("nps-result", "java.lang.Runtime"), MetricResult.class))
        .isInstanceOfSatisfying(
            CxJsonException.class,
            e ->
                assertThat(e.getMessage())
                    .contains("closed list")
                    .doesNotContain("java.lang.Runtime"));
    assertThatThrownBy(() -> JSON.readResult(nps, String.class))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(
            () ->
                JSON.readResult(
                    nps.replace("\"cxkit\": \"1.0\"", "\"cxkit\": \"2.0\""), MetricResult.class))
        .isInstanceOfSatisfying(
            CxJsonException.class,
            e -> assertThat(e.kind()).isEqualTo(BadInputException.Kind.VERSION));
    assertThatThrownBy(
            () -> JSON.readResult(nps.replace("\"cxkit\": \"1.0\",", ""), MetricResult.class))
        .isInstanceOfSatisfying(
            CxJsonException.class,
            e -> assertThat(e.kind()).isEqualTo(BadInputException.Kind.VERSION));
  }

  @Test
  void strictTypesNoCoercion() {
    String nps = JSON.writeResult(NpsResult.ofCounts(1, 2, 3));
    for (String bad :
        new String[] {
          "\"counts\": [1, 0, 0, 0, 0, 0, 0, 2, 0, 0, 3.0]",
          "\"counts\": [1, 0, 0, 0, 0, 0, 0, 2, 0, 0, \"3\"]",
          "\"counts\": [1, 0, 0, 0, 0, 0, 0, 2, 0, 0, null]",
          "\"counts\": [1, 0, 0, 0, 0, 0, 0, 2, 0, 0, -3]",
          "\"counts\": [1, 0, 0, 0, 0, 0, 0, 2, 0, 0, 99999999999999999999]",
          "\"counts\": [1, 0, 0, 0, 0, 0, 0, 2, 0, 0]"
        }) {
      String doc =
          nps.replaceFirst(
              "\"counts\": \\[[^\\]]*\\]", java.util.regex.Matcher.quoteReplacement(bad));
      assertThat(doc).isNotEqualTo(nps);
      assertThatThrownBy(() -> JSON.readResult(doc, NpsResult.class))
          .as(bad)
          .isInstanceOfSatisfying(
              CxJsonException.class,
              e -> assertThat(e.pointer().orElseThrow()).startsWith("/histogram/counts"));
    }
  }
}
