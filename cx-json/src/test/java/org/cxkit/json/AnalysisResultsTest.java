package org.cxkit.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.cxkit.core.Measure;
import org.cxkit.core.testing.Seeds;
import org.cxkit.metrics.BadInput;
import org.cxkit.metrics.MetricResult;
import org.cxkit.metrics.NpsResult;
import org.cxkit.metrics.Response;
import org.cxkit.metrics.ScaleMetrics;
import org.cxkit.metrics.ScaleResult;
import org.cxkit.metrics.analysis.KeyDrivers;
import org.cxkit.metrics.analysis.KeyDriversResult;
import org.cxkit.metrics.analysis.TrendResult;
import org.cxkit.metrics.analysis.Trends;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The results of trends and key drivers, and sets of results, as results documents: the checked-in
 * golden files ({@code src/test/resources/golden/*-1.0.json}) read back to the same results and
 * re-write byte for byte; generated results round-trip through {@link CxJson} and a host's mapper.
 */
class AnalysisResultsTest {
  static final CxJson JSON = CxJson.defaults();
  static final ObjectMapper HOST = JsonMapper.builder().addModule(new CxJacksonModule()).build();

  /** Monthly NPS answers over six months for the overall experience and one touchpoint. */
  static TrendResult trend(SplittableRandom rnd, Trends.Statistic statistic, boolean baseline) {
    return trend(rnd, statistic, baseline, BadInput.failFast());
  }

  /**
   * Monthly NPS answers as {@link #trend(SplittableRandom, Trends.Statistic, boolean)}; under a
   * collecting policy, with a few answers off the scale and one whose time no date holds.
   */
  static TrendResult trend(
      SplittableRandom rnd, Trends.Statistic statistic, boolean baseline, BadInput policy) {
    Trends t =
        Trends.of(Measure.NPS, statistic, Trends.Period.MONTH, ZoneOffset.UTC)
            .minimumN(5)
            .onBadInput(policy);
    if (baseline) {
      t = t.baseline(LocalDate.of(2026, 1, 15));
    }
    Trends.State s = t.newState();
    int i = 0;
    for (int month = 0; month < 6; month++) {
      Instant at = LocalDate.of(2026, 1 + month, 10).atStartOfDay().toInstant(ZoneOffset.UTC);
      int answers = month == 3 ? 2 : 8 + rnd.nextInt(30);
      for (int k = 0; k < answers; k++) {
        Response r = Response.of("r-" + i++, "nps", rnd.nextInt(11)).withTime(at);
        s.add(rnd.nextBoolean() ? r : r.withTouchpoint("sign-up"));
      }
    }
    s.add(Response.of("undated", "nps", 7));
    if (!policy.failsFast()) {
      s.add(Response.of("timeless", "nps", 8).withTime(Instant.MAX));
      int bad = 3 + rnd.nextInt(4);
      for (int k = 0; k < bad; k++) {
        Instant at =
            LocalDate.of(2026, 1 + rnd.nextInt(6), 3).atStartOfDay().toInstant(ZoneOffset.UTC);
        s.add(Response.of("bad-" + k, "nps", rnd.nextBoolean() ? 11 : -1).withTime(at));
      }
    }
    return s.result();
  }

  static KeyDriversResult drivers(SplittableRandom rnd, int rows) {
    KeyDrivers.State s = KeyDrivers.of("nps", "speed", "price", "staff").newState();
    for (int i = 0; i < rows; i++) {
      double a = rnd.nextGaussian();
      double b = rnd.nextGaussian();
      double c = rnd.nextGaussian();
      s.add(2 * a + b + 0.3 * c + rnd.nextGaussian(), a, b, c);
    }
    return s.result();
  }

  /** A small set (for the golden file), or one with a trend and a scorecard too. */
  static ResultSet set(SplittableRandom rnd, boolean full) {
    ResultSet.Builder b =
        ResultSet.builder("Waffle Wednesday")
            .add("overall nps", NpsResult.ofCounts(2, 3, 5))
            .add("overall csat", ScaleMetrics.csat().compute(new int[] {5, 4, 4, 3, 1}))
            .add("drivers", drivers(rnd, 12));
    if (full) {
      b.add("trend nps", trend(rnd, Trends.Statistic.NPS, true))
          .add("scorecard first-visit", ResultJsonTest.scorecard(Fixtures.rich(), rnd.nextLong()));
    }
    return b.build();
  }

  @Test
  void goldenTrend() {
    String golden = CxJsonTest.golden("trend-1.0.json");
    TrendResult r = JSON.readResult(golden, TrendResult.class);
    assertThat(r).isEqualTo(trend(new SplittableRandom(7), Trends.Statistic.TOP_BOX, true));
    assertThat(r.series()).isNotEmpty().allSatisfy(x -> assertThat(x.chart()).isPresent());
    assertThat(r.rejected()).as("a document without rejects reads as none").isZero();
    assertThat(r.rejects()).isEmpty();
    assertThat(JSON.writeResult(r)).isEqualTo(golden).doesNotContain("\"reject");
    ResultSchemaTest.assertValid(golden, "trend golden");
  }

  /** A trend that left bad answers out: the count and the listed rejects, after the undated. */
  @Test
  void goldenTrendWithRejects() throws Exception {
    String golden = CxJsonTest.golden("trend-rejects-1.0.json");
    TrendResult r = JSON.readResult(golden, TrendResult.class);
    assertThat(r)
        .isEqualTo(
            trend(new SplittableRandom(7), Trends.Statistic.MEAN, false, BadInput.collect(3)));
    assertThat(r.rejected()).isGreaterThan(r.rejects().size());
    assertThat(r.rejects()).hasSize(3);
    assertThat(JSON.writeResult(r)).isEqualTo(golden);
    assertThat(golden)
        .containsSubsequence("\"undated\"", "\"rejected\"", "\"rejects\"", "\"series\"")
        .doesNotContain("bad-", "timeless");
    ResultSchemaTest.assertValid(golden, "trend golden with rejects");
    assertThat(HOST.readValue(HOST.writeValueAsString(r), TrendResult.class)).isEqualTo(r);
  }

  /** Rejects that contradict their count, or are not records, are refused, naming where. */
  @Test
  void rejectsThatContradictTheCountAreRefusedWithoutTheirContent() {
    String golden = CxJsonTest.golden("trend-rejects-1.0.json");
    String fewer = golden.replaceFirst("\"rejected\": \\d+", "\"rejected\": 2");
    assertThat(fewer).isNotEqualTo(golden);
    CxJsonException e =
        catchThrowableOfType(
            CxJsonException.class, () -> JSON.readResult(fewer, TrendResult.class));
    assertThat(e.kind()).isEqualTo(org.cxkit.metrics.BadInputException.Kind.MODEL);
    assertThat(e.getMessage()).contains("invalid result").doesNotContain("score off");
    String noCount = golden.replaceFirst("\\s*\"rejected\": \\d+,", "");
    assertThat(noCount).isNotEqualTo(golden);
    assertThat(
            catchThrowableOfType(
                CxJsonException.class, () -> JSON.readResult(noCount, TrendResult.class)))
        .as("listed rejects without their count contradict the count of none")
        .isNotNull();
    String negative = golden.replaceFirst("\"index\": \\d+", "\"index\": -4");
    CxJsonException n =
        catchThrowableOfType(
            CxJsonException.class, () -> JSON.readResult(negative, TrendResult.class));
    assertThat(n.pointer()).hasValue("/rejects/0/index");
    String text = golden.replaceFirst("\"index\": \\d+", "\"index\": \"Jane\"");
    CxJsonException t =
        catchThrowableOfType(CxJsonException.class, () -> JSON.readResult(text, TrendResult.class));
    assertThat(t.pointer()).hasValue("/rejects/0/index");
    assertThat(t.getMessage()).doesNotContain("Jane");
  }

  @Test
  void goldenKeyDrivers() {
    String golden = CxJsonTest.golden("key-drivers-1.0.json");
    KeyDriversResult r = JSON.readResult(golden, KeyDriversResult.class);
    assertThat(r).isEqualTo(drivers(new SplittableRandom(7), 40));
    assertThat(r.estimated()).isTrue();
    assertThat(JSON.writeResult(r)).isEqualTo(golden);
    ResultSchemaTest.assertValid(golden, "key drivers golden");
  }

  @Test
  void goldenResultSet() {
    String golden = CxJsonTest.golden("result-set-1.0.json");
    ResultSet r = JSON.readResult(golden, ResultSet.class);
    assertThat(r).isEqualTo(set(new SplittableRandom(7), false));
    assertThat(r.get("overall csat", ScaleResult.class)).isPresent();
    assertThat(r.get("overall nps", MetricResult.class)).isPresent();
    assertThat(r.get("overall nps", ScaleResult.class)).isEmpty();
    assertThat(JSON.writeResult(r)).isEqualTo(golden);
    ResultSchemaTest.assertValid(golden, "result set golden");
    assertThat(r.toString())
        .isEqualTo("ResultSet[Waffle Wednesday: overall nps, overall csat, drivers]");
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("org.cxkit.core.testing.Seeds#few")
  void generatedResultsRoundTrip(long seed) throws Exception {
    SplittableRandom rnd = new SplittableRandom(seed);
    List<Object> results = new ArrayList<>();
    Trends.Statistic[] statistics = Trends.Statistic.values();
    results.add(trend(rnd, statistics[rnd.nextInt(statistics.length)], rnd.nextBoolean()));
    results.add(
        trend(
            rnd,
            statistics[rnd.nextInt(statistics.length)],
            rnd.nextBoolean(),
            BadInput.collect(rnd.nextInt(4))));
    results.add(drivers(rnd, 1 + rnd.nextInt(80))); // few rows: a visible TOO_FEW_ROWS state
    results.add(set(rnd, true));
    for (Object r : results) {
      assertRoundTrips(r, seed);
    }
  }

  /**
   * A result written and read back through {@link CxJson} and a host's mapper equals itself, and
   * its document validates against the results schema.
   */
  static void assertRoundTrips(Object r, long seed) throws Exception {
    String text = JSON.writeResult(r);
    assertThat(JSON.readResult(text, r.getClass())).as(Seeds.describe(seed)).isEqualTo(r);
    ResultSchemaTest.assertValid(text, Seeds.describe(seed));
    assertThat(HOST.readValue(HOST.writeValueAsString(r), r.getClass()))
        .as(Seeds.describe(seed))
        .isEqualTo(r);
  }

  @Test
  void aResultThatContradictsItselfIsRejectedWithoutItsContent() {
    String golden = CxJsonTest.golden("key-drivers-1.0.json");
    // Status ESTIMATED without R²: the result's own constructor rejects it.
    String broken = golden.replaceFirst("\\s*\"rSquared\": [^,]+,", "");
    assertThat(broken).isNotEqualTo(golden);
    CxJsonException e =
        catchThrowableOfType(
            CxJsonException.class, () -> JSON.readResult(broken, KeyDriversResult.class));
    assertThat(e.kind()).isEqualTo(org.cxkit.metrics.BadInputException.Kind.MODEL);
    assertThat(e.getMessage()).contains("invalid result");
    String zone = CxJsonTest.golden("trend-1.0.json").replace("\"Z\"", "\"Jane/Doe\"");
    CxJsonException z =
        catchThrowableOfType(CxJsonException.class, () -> JSON.readResult(zone, TrendResult.class));
    assertThat(z.pointer()).hasValue("/zone");
    assertThat(z.getMessage()).doesNotContain("Jane");
  }
}
