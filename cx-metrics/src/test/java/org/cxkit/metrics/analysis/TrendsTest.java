package org.cxkit.metrics.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.apache.commons.math3.stat.inference.ChiSquareTest;
import org.apache.commons.math3.stat.inference.TTest;
import org.apache.commons.statistics.distribution.NormalDistribution;
import org.cxkit.core.Measure;
import org.cxkit.core.Scale;
import org.cxkit.core.testing.Seeds;
import org.cxkit.metrics.BadColumnValueException;
import org.cxkit.metrics.BadInput;
import org.cxkit.metrics.BadInputException;
import org.cxkit.metrics.InputLocation;
import org.cxkit.metrics.NpsComparison;
import org.cxkit.metrics.NpsResult;
import org.cxkit.metrics.Reject;
import org.cxkit.metrics.Response;
import org.cxkit.metrics.internal.MultipleTesting;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class TrendsTest {
  static final ZoneOffset UTC = ZoneOffset.UTC;
  static final Measure DEFECTIVE =
      Measure.of("defective", "Defective", Scale.higherIsBetter(0, 1, 1, 1, 0));

  /** Noon UTC of the first day of month {@code j} after January 2026. */
  static long month(int j) {
    return LocalDate.of(2026, 1, 1).plusMonths(j).atTime(12, 0).toInstant(UTC).toEpochMilli();
  }

  /** Columns of {@code counts[k]} answers of point {@code k}, all at one time. */
  static void add(Trends.State s, String touchpoint, long time, int min, int... counts) {
    List<Integer> scores = new ArrayList<>();
    for (int k = 0; k < counts.length; k++) {
      for (int i = 0; i < counts[k]; i++) {
        scores.add(min + k);
      }
    }
    long[] times = new long[scores.size()];
    Arrays.fill(times, time);
    int[] values = scores.stream().mapToInt(Integer::intValue).toArray();
    if (touchpoint.isEmpty()) {
      s.addColumns(times, values);
    } else {
      s.addColumns(touchpoint, times, values);
    }
  }

  /** NPS counts as detractors (point 0), passives (7), promoters (10). */
  static int[] nps(int detractors, int passives, int promoters) {
    int[] c = new int[11];
    c[0] = detractors;
    c[7] = passives;
    c[10] = promoters;
    return c;
  }

  // ---- periods and zones ------------------------------------------------------------------------

  @Test
  void periodsAreCutInTheZoneAndLabelledTheIsoWay() {
    Instant lateMay = Instant.parse("2026-05-31T22:30:00Z");
    Response r = Response.of("r-1", "nps", 9).withTime(lateMay);
    Trends helsinki =
        Trends.of(
            Measure.NPS, Trends.Statistic.NPS, Trends.Period.MONTH, ZoneId.of("Europe/Helsinki"));
    Trends utc = Trends.of(Measure.NPS, Trends.Statistic.NPS, Trends.Period.MONTH, UTC);
    assertThat(helsinki.newState().addAll(List.of(r)).result().overall().orElseThrow().points())
        .extracting(TrendResult.Point::period)
        .containsExactly("2026-06");
    assertThat(utc.newState().addAll(List.of(r)).result().overall().orElseThrow().points())
        .extracting(TrendResult.Point::period)
        .containsExactly("2026-05");

    // ISO weeks: 2026 starts on a Thursday, so it has 53 weeks and 1 January 2027 is in its last
    assertThat(Trends.Period.WEEK.label(LocalDate.of(2026, 1, 1))).isEqualTo("2026-W01");
    assertThat(Trends.Period.WEEK.start(LocalDate.of(2026, 1, 1))).isEqualTo("2025-12-29");
    assertThat(Trends.Period.WEEK.label(LocalDate.of(2027, 1, 1))).isEqualTo("2026-W53");
    assertThat(Trends.Period.QUARTER.label(LocalDate.of(2026, 5, 6))).isEqualTo("2026-Q2");
    assertThat(Trends.Period.QUARTER.start(LocalDate.of(2026, 12, 31))).isEqualTo("2026-10-01");
    assertThat(Trends.Period.DAY.label(LocalDate.of(2026, 5, 6))).isEqualTo("2026-05-06");
  }

  @Test
  void tooLittleDataAndGapsAreVisibleStates() {
    Trends t = Trends.of(Measure.NPS, Trends.Statistic.NPS, Trends.Period.MONTH, UTC);
    Trends.State s = t.newState();
    add(s, "", month(0), 0, nps(10, 10, 20));
    add(s, "", month(2), 0, nps(1, 1, 3)); // 5 answers, below the default 30; month 1 is empty
    s.add(Response.of("r-9", "nps", 10)); // undated
    s.add(Response.of("r-9", "csat", 5).withTime(Instant.EPOCH)); // another measure: skipped
    TrendResult r = s.result();
    TrendResult.Series overall = r.overall().orElseThrow();
    assertThat(overall.points())
        .extracting(TrendResult.Point::sample)
        .containsExactly(
            TrendResult.Sample.ENOUGH, TrendResult.Sample.EMPTY, TrendResult.Sample.TOO_SMALL);
    assertThat(overall.points().get(1).value()).isEmpty();
    assertThat(overall.points().get(2).value()).hasValue(40.0);
    assertThat(overall.changes())
        .extracting(TrendResult.Change::tested)
        .containsOnly(TrendResult.Tested.TOO_SMALL);
    assertThat(r.undated()).isEqualTo(1);
    assertThat(r.minimumN()).isEqualTo(Trends.DEFAULT_MINIMUM_N);
    assertThat(r.toString()).doesNotContain("\n").contains("min n 30", "HOLM", "1 undated");
  }

  @Test
  @SuppressWarnings("NullAway") // passes null on purpose
  void badInputSaysWhatIsWrongWithoutRepeatingIt() {
    Trends t = Trends.of(Measure.NPS, Trends.Statistic.NPS, Trends.Period.MONTH, UTC);
    Response bad = Response.of("secret-person", "nps", 11).withTime(Instant.EPOCH);
    Trends.State one = t.newState();
    one.add(Response.of("r-0", "csat", 5)); // another measure: skipped, but a record seen
    assertThatThrownBy(() -> one.add(bad))
        .isInstanceOf(BadInputException.class)
        .hasMessageStartingWith("record 1, field 'score': ")
        .hasMessageContaining("off the nps scale 0..10")
        .message()
        .doesNotContain("secret-person", "11");
    assertThatThrownBy(() -> one.add(Response.of("r-1", "nps", 7).withTime(Instant.MAX)))
        .isInstanceOf(BadInputException.class)
        .hasMessage("record 1, field 'time': a response's time is outside the supported dates");
    assertThatThrownBy(() -> t.newState().addColumns(new long[2], new int[] {3, 12}))
        .isInstanceOfSatisfying(
            BadColumnValueException.class, e -> assertThat(e.index()).isEqualTo(1))
        .hasMessageStartingWith("record 1, field 'scores': the score is off")
        .hasMessageNotContaining("12");
    Trends.State s = t.newState();
    assertThatThrownBy(() -> s.addColumns(new long[] {0, 1}, new int[] {3, 12}));
    assertThat(s.result().series()).as("all or nothing").isEmpty();
    assertThatThrownBy(() -> t.minimumN(1)).hasMessageContaining("at least 2");
    assertThatThrownBy(() -> t.newState().add(null)).hasMessage("response");
    assertThatThrownBy(() -> Trends.of(DEFECTIVE, Trends.Statistic.NPS, Trends.Period.DAY, UTC))
        .hasMessageContaining("bottom box");
  }

  // ---- bad input (issue #11)
  // ---------------------------------------------------------------------

  static final Trends MONTHLY =
      Trends.of(Measure.NPS, Trends.Statistic.NPS, Trends.Period.MONTH, UTC);

  /** 40 good answers a month for three months, from a seed. */
  static List<Response> year(SplittableRandom r) {
    List<Response> out = new ArrayList<>();
    for (int j = 0; j < 3; j++) {
      for (int i = 0; i < 40; i++) {
        out.add(
            Response.of("r-" + i, "nps", r.nextInt(11))
                .withTime(Instant.ofEpochMilli(month(j) + i * 60_000L)));
      }
    }
    return out;
  }

  @Test
  void oneOffScaleAnswerNoLongerStopsTheTrendUnderCollect() {
    List<Response> good = year(new SplittableRandom(Seeds.DEFAULT_BASE));
    List<Response> mixed = new ArrayList<>(good);
    mixed.add(17, Response.of("secret-person", "nps", 11).withTime(Instant.ofEpochMilli(month(0))));
    mixed.add(90, Response.of("secret-person", "nps", 3).withTime(Instant.MAX));
    assertThatThrownBy(() -> MONTHLY.newState().addAll(mixed))
        .as("fail fast stays the default")
        .isInstanceOf(BadInputException.class)
        .hasMessageStartingWith("record 17, field 'score'");

    Trends collect = MONTHLY.onBadInput(BadInput.collect(10));
    TrendResult r = collect.newState().addAll(mixed).result();
    TrendResult clean = MONTHLY.newState().addAll(good).result();
    assertThat(r.series())
        .as("the bad answers are left out, the rest counted")
        .isEqualTo(clean.series());
    assertThat(r.rejected()).isEqualTo(2);
    assertThat(r.rejects())
        .containsExactly(
            new Reject(InputLocation.record(17, "score"), "score off the nps scale 0..10"),
            new Reject(
                InputLocation.record(90, "time"),
                "a response's time is outside the supported dates"));
    assertThat(r.toString()).contains(", 2 rejected]").doesNotContain("secret-person", "11");
    assertThat(clean.rejected()).isZero();
    assertThat(clean.rejects()).isEmpty();
    assertThat(clean.toString()).doesNotContain("rejected");
    assertThat(collect.onBadInput()).isEqualTo(BadInput.collect(10));
    assertThat(MONTHLY.onBadInput()).isEqualTo(BadInput.failFast());
    assertThat(collect.toString()).contains("bad input: collect, list up to 10");
    assertThat(MONTHLY.toString()).doesNotContain("bad input");

    TrendResult counted = MONTHLY.onBadInput(BadInput.collect(0)).newState().addAll(mixed).result();
    assertThat(counted.rejected()).as("collect(0) counts without listing").isEqualTo(2);
    assertThat(counted.rejects()).isEmpty();
  }

  @Test
  void columnsUnderCollectRejectTheBadValueByIndexAndAddTheRest() {
    Trends collect = MONTHLY.onBadInput(BadInput.collect(5));
    Trends.State s = collect.newState();
    s.add(Response.of("r-1", "nps", 9)); // record 0, undated
    long t = month(0);
    s.addColumns(new long[] {t, t, t, t}, new int[] {10, -1, 0, 11});
    s.addColumns("talk", new long[] {t, t}, new int[] {Integer.MIN_VALUE, 7});
    TrendResult r = s.result();
    assertThat(r.overall().orElseThrow().points().get(0).n()).isEqualTo(2);
    assertThat(r.touchpoint("talk").orElseThrow().points().get(0).n()).isEqualTo(1);
    assertThat(r.rejected()).isEqualTo(3);
    assertThat(r.rejects())
        .extracting(x -> x.location().toString())
        .as("indices count every record the state saw, across calls")
        .containsExactly(
            "record 2, field 'scores'", "record 4, field 'scores'", "record 5, field 'scores'");
    assertThat(r.rejects())
        .extracting(Reject::reason)
        .containsOnly("the score is off the nps scale 0..10");

    Trends.State all = collect.newState();
    all.addColumns(new long[] {t, t}, new int[] {12, 13});
    assertThat(all.result().series()).as("nothing good, no series").isEmpty();
    assertThat(all.result().rejected()).isEqualTo(2);
    assertThat(all.toString()).contains("2 rejected");

    Trends.State failing = MONTHLY.newState();
    assertThatThrownBy(() -> failing.addColumns(new long[] {t, t}, new int[] {3, 12}))
        .isInstanceOf(BadColumnValueException.class);
    assertThat(failing.toBytes())
        .as("fail fast: all or nothing, not even a record seen")
        .isEqualTo(MONTHLY.newState().toBytes());
  }

  /** The rejects of {@code n} random answers, every fifth one bad. */
  private static Trends.State withRejects(Trends a, SplittableRandom r, int n) {
    Trends.State s = a.newState();
    for (int i = 0; i < n; i++) {
      int score = r.nextInt(5) == 0 ? 11 + r.nextInt(3) : r.nextInt(11);
      Response x = Response.of("r", "nps", score);
      s.add(
          r.nextInt(9) == 0
              ? x.withTime(Instant.MIN)
              : x.withTime(Instant.ofEpochMilli(month(r.nextInt(3)))));
    }
    return s;
  }

  /**
   * Listed rejects merge as a set ordered by (index, field, reason), cut at the policy's limit:
   * merges in any order and grouping give the same bytes, the count is the sum, and the listed ones
   * are the first of all the parts' rejects.
   *
   * @param seed the seed
   */
  @ParameterizedTest(name = "seed {0}")
  @MethodSource("org.cxkit.core.testing.Seeds#few")
  void listedRejectsMergeInAnyOrderAndGrouping(long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    String why = Seeds.describe(seed);
    Trends a = MONTHLY.onBadInput(BadInput.collect(1 + r.nextInt(6)));
    Trends.State x = withRejects(a, r, r.nextInt(40));
    Trends.State y = withRejects(a, r, r.nextInt(40));
    Trends.State z = withRejects(a, r, r.nextInt(40));
    assertThat(x.copy().merge(y).toBytes())
        .as(why + ": commutative")
        .isEqualTo(y.copy().merge(x).toBytes());
    assertThat(x.copy().merge(y).merge(z).toBytes())
        .as(why + ": associative")
        .isEqualTo(x.copy().merge(y.copy().merge(z)).toBytes());
    TrendResult merged = z.copy().merge(x).merge(y).result();
    long count = x.result().rejected() + y.result().rejected() + z.result().rejected();
    assertThat(merged.rejected()).as(why).isEqualTo(count);
    List<Reject> all = new ArrayList<>();
    for (Trends.State s : List.of(x, y, z)) {
      // the first of all are among the first of each part
      all.addAll(s.result().rejects());
    }
    all.sort(
        java.util.Comparator.comparingLong(
                (Reject j) -> ((InputLocation.RecordPosition) j.location()).index())
            .thenComparing(j -> j.location().toString())
            .thenComparing(Reject::reason));
    assertThat(merged.rejects())
        .as(why + ": the first in order of all the parts' rejects")
        .isEqualTo(all.subList(0, Math.min(all.size(), a.onBadInput().maxListed())));
  }

  @Test
  void statesOfAnotherPolicyNeitherMergeNorDecode() {
    Trends collect = MONTHLY.onBadInput(BadInput.collect(2));
    Trends.State bad = collect.newState();
    bad.add(Response.of("r", "nps", 11).withTime(Instant.EPOCH));
    byte[] bytes = bad.toBytes();
    assertThatThrownBy(() -> MONTHLY.decode(bytes))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("the state holds rejects, but this analysis fails on bad input");
    assertThatThrownBy(() -> MONTHLY.onBadInput(BadInput.collect(0)).decode(bytes))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("the listed reject count is out of range 0..0");
    assertThat(collect.decode(bytes).result()).isEqualTo(bad.result());
    assertThatThrownBy(() -> MONTHLY.newState().merge(bad))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("cannot merge");
    assertThat(collect.minimumN(5).level(0.9).newState().merge(bad).result().rejected())
        .as("the views of one state share its policy")
        .isEqualTo(1);
  }

  // ---- the tests of a change --------------------------------------------------------------------

  /**
   * The NPS two-sample test: the difference over √(var_a/n_a + var_b/n_b), each variance the
   * trinomial {@code (p₊ + p₋) − (p₊ − p₋)²} (Rocks 2016, R package NPS, {@code nps_var} and {@code
   * nps_test}); worked here by hand and equal to cx's {@link NpsComparison}.
   */
  @Test
  void npsChangeIsTheTwoSampleNpsTest() {
    Trends.State s =
        Trends.of(Measure.NPS, Trends.Statistic.NPS, Trends.Period.MONTH, UTC).newState();
    add(s, "", month(0), 0, nps(30, 30, 40)); // NPS 10, var 0.70 − 0.01 = 0.69
    add(s, "", month(1), 0, nps(20, 25, 55)); // NPS 35, var 0.75 − 0.1225 = 0.6275
    TrendResult.Change c = s.result().overall().orElseThrow().changes().get(0);
    double se = 100 * Math.sqrt(0.69 / 100 + 0.6275 / 100);
    double z = 25 / se;
    assertThat(c.difference()).hasValue(25.0);
    assertThat(c.statistic().getAsDouble()).isCloseTo(z, within(1e-12));
    double p = 2 * NormalDistribution.of(0, 1).survivalProbability(z);
    assertThat(c.p().getAsDouble()).isCloseTo(p, within(1e-12));
    assertThat(p).isCloseTo(0.0294, within(5e-4)); // z = 2.178
    NpsComparison direct = NpsResult.ofCounts(20, 25, 55).compare(NpsResult.ofCounts(30, 30, 40));
    assertThat(c.p()).isEqualTo(direct.p());
    assertThat(c.test()).isEqualTo(TrendResult.Test.NPS_Z);
  }

  /** A box share's change is the pooled two-proportion z test: z² is the 2×2 Pearson χ². */
  @Test
  void boxShareChangeIsTheTwoProportionTest() {
    Trends.State s =
        Trends.of(Measure.CSAT, Trends.Statistic.TOP_BOX, Trends.Period.MONTH, UTC).newState();
    add(s, "", month(0), 1, 5, 10, 20, 30, 35); // 35 of 100 in the top box
    add(s, "", month(1), 1, 3, 7, 20, 22, 48); // 48 of 100
    TrendResult.Change c = s.result().overall().orElseThrow().changes().get(0);
    long[][] table = {{35, 65}, {48, 52}};
    ChiSquareTest chi = new ChiSquareTest();
    assertThat(c.difference().getAsDouble()).isCloseTo(13.0, within(1e-9));
    assertThat(c.statistic().getAsDouble() * c.statistic().getAsDouble())
        .isCloseTo(chi.chiSquare(table), within(1e-9));
    assertThat(c.p().getAsDouble()).isCloseTo(chi.chiSquareTest(table), within(1e-9));
    assertThat(c.test()).isEqualTo(TrendResult.Test.TWO_PROPORTION_Z);
  }

  /** A mean's change is Welch's t test, as Commons Math's {@code TTest} (unequal variances). */
  @Test
  void meanChangeIsWelchsTest() {
    Trends.State s =
        Trends.of(Measure.CSAT, Trends.Statistic.MEAN, Trends.Period.MONTH, UTC)
            .minimumN(10)
            .newState();
    int[] before = {2, 3, 4, 3, 2};
    int[] after = {0, 1, 3, 9, 12};
    add(s, "", month(0), 1, before);
    add(s, "", month(1), 1, after);
    TrendResult.Change c = s.result().overall().orElseThrow().changes().get(0);
    double[] x = expand(1, before);
    double[] y = expand(1, after);
    TTest welch = new TTest();
    assertThat(c.statistic().getAsDouble()).isCloseTo(welch.t(y, x), within(1e-9));
    assertThat(c.p().getAsDouble()).isCloseTo(welch.tTest(y, x), within(1e-9));
  }

  static double[] expand(int min, int... counts) {
    List<Double> v = new ArrayList<>();
    for (int k = 0; k < counts.length; k++) {
      for (int i = 0; i < counts[k]; i++) {
        v.add((double) (min + k));
      }
    }
    return v.stream().mapToDouble(Double::doubleValue).toArray();
  }

  // ---- multiple comparisons ---------------------------------------------------------------------

  /**
   * Benjamini &amp; Hochberg (1995), J. R. Statist. Soc. B 57(1), 289–300, section 4.2: 15 p values
   * of a thrombolysis study (Neuhaus et al. 1992). At 0.05 their step-up procedure rejects the four
   * smallest, where Bonferroni-type control (and Holm's step-down) rejects three. The adjusted
   * values follow the procedures' definitions (as R's {@code p.adjust}): Holm's third is 13 ×
   * 0.0019, BH's fourth 15 × 0.0095 / 4.
   */
  @Test
  void holmAndBenjaminiHochbergOnThePublishedExample() {
    double[] p = {
      0.0001, 0.0004, 0.0019, 0.0095, 0.0201, 0.0278, 0.0298, 0.0344, 0.0459, 0.3240, 0.4262,
      0.5719, 0.6528, 0.7590, 1.0000
    };
    double[] holm = MultipleTesting.holm(p);
    double[] bh = MultipleTesting.benjaminiHochberg(p);
    assertThat(Arrays.stream(holm).filter(q -> q <= 0.05).count()).isEqualTo(3);
    assertThat(Arrays.stream(bh).filter(q -> q <= 0.05).count()).isEqualTo(4);
    assertThat(holm[2]).isCloseTo(13 * 0.0019, within(1e-12));
    assertThat(holm[3]).isCloseTo(12 * 0.0095, within(1e-12));
    assertThat(bh[3]).isCloseTo(15 * 0.0095 / 4, within(1e-12));
    assertThat(bh[0]).isCloseTo(15 * 0.0001, within(1e-12));
    assertThat(bh[1]).isCloseTo(15 * 0.0004 / 2, within(1e-12));
    assertThat(holm[14]).isEqualTo(1.0);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("org.cxkit.core.testing.Seeds#some")
  void benjaminiHochbergIsNeverStricterThanHolm(long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    double[] p = new double[1 + r.nextInt(20)];
    for (int i = 0; i < p.length; i++) {
      p[i] = r.nextInt(4) == 0 ? r.nextDouble() * 0.01 : r.nextDouble();
    }
    double[] holm = MultipleTesting.holm(p);
    double[] bh = MultipleTesting.benjaminiHochberg(p);
    for (int i = 0; i < p.length; i++) {
      // to rounding: m·p/m and 1·p may differ in the last bit
      assertThat(bh[i]).as(Seeds.describe(seed)).isBetween(p[i], holm[i] + 1e-12);
      for (int j = 0; j < p.length; j++) {
        if (p[i] <= p[j]) {
          assertThat(holm[i]).as(Seeds.describe(seed) + ": monotone").isLessThanOrEqualTo(holm[j]);
          assertThat(bh[i]).as(Seeds.describe(seed) + ": monotone").isLessThanOrEqualTo(bh[j]);
        }
      }
    }
  }

  /**
   * Unsorted values with a tie, worked by hand from the definitions (as R's {@code p.adjust(p,
   * "holm")} and {@code "BH"} give them): sorted 0.01, 0.03, 0.04, 0.04, 0.2 with m = 5.
   */
  @Test
  void adjustedValuesOfUnsortedTiedInputStayInTheInputsOrder() {
    double[] p = {0.04, 0.01, 0.04, 0.03, 0.2};
    // Holm: 5·0.01, 4·0.03, max(3·0.04, 0.12), max(2·0.04, 0.12), 1·0.2
    assertThat(MultipleTesting.holm(p))
        .containsExactly(new double[] {0.12, 0.05, 0.12, 0.12, 0.2}, within(1e-15));
    // BH: 5·0.2/5 = 0.2; 5·0.04/4 = 0.05 carries down to 0.01's 5·0.01/1
    assertThat(MultipleTesting.benjaminiHochberg(p))
        .containsExactly(new double[] {0.05, 0.05, 0.05, 0.05, 0.2}, within(1e-15));
    assertThat(p).containsExactly(0.04, 0.01, 0.04, 0.03, 0.2);
  }

  /**
   * Against the definitions written without sorting: Holm's value for p is the largest {@code
   * min(1, (m − #{q < p'})·p')} over p' ≤ p, Benjamini–Hochberg's the smallest {@code min(1, m·p' /
   * #{q ≤ p'})} over p' ≥ p. Values come from a few levels so that ties are common.
   */
  @ParameterizedTest(name = "seed {0}")
  @MethodSource("org.cxkit.core.testing.Seeds#some")
  void adjustmentsMatchTheDefinitionsWithTies(long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    double[] levels = {0.0, 0.001, 0.01, 0.02, 0.3, 1.0, r.nextDouble()};
    double[] p = new double[1 + r.nextInt(40)];
    for (int i = 0; i < p.length; i++) {
      p[i] = levels[r.nextInt(levels.length)];
    }
    int m = p.length;
    double[] holm = MultipleTesting.holm(p);
    double[] bh = MultipleTesting.benjaminiHochberg(p);
    for (int i = 0; i < m; i++) {
      double h = 0;
      double b = 1;
      for (int j = 0; j < m; j++) {
        int less = 0;
        int notMore = 0;
        for (int l = 0; l < m; l++) {
          less += p[l] < p[j] ? 1 : 0;
          notMore += p[l] <= p[j] ? 1 : 0;
        }
        if (p[j] <= p[i]) {
          h = Math.max(h, Math.min(1, (m - less) * p[j]));
        }
        if (p[j] >= p[i]) {
          b = Math.min(b, Math.min(1, (double) m * p[j] / notMore));
        }
      }
      assertThat(holm[i]).as(Seeds.describe(seed) + ": Holm at " + i).isEqualTo(h);
      assertThat(bh[i]).as(Seeds.describe(seed) + ": BH at " + i).isEqualTo(Math.max(p[i], b));
    }
  }

  /** The family is the changes between the same two periods across series: Holm with m = 2. */
  @Test
  void changesAreCorrectedAcrossSeriesAndTheResultSaysHow() {
    Trends holm = Trends.of(Measure.NPS, Trends.Statistic.NPS, Trends.Period.MONTH, UTC);
    Trends.State s = holm.newState();
    add(s, "", month(0), 0, nps(30, 30, 40));
    add(s, "", month(1), 0, nps(20, 25, 55));
    add(s, "talk", month(0), 0, nps(30, 30, 40));
    add(s, "talk", month(1), 0, nps(28, 30, 42));
    TrendResult r = s.result();
    TrendResult.Change overall = r.overall().orElseThrow().changes().get(0);
    TrendResult.Change talk = r.touchpoint("talk").orElseThrow().changes().get(0);
    assertThat(overall.p().getAsDouble()).isLessThan(talk.p().getAsDouble());
    assertThat(overall.adjustedP().getAsDouble()).isEqualTo(2 * overall.p().getAsDouble());
    assertThat(talk.adjustedP().getAsDouble()).isEqualTo(talk.p().getAsDouble());
    // significant alone (p 0.029), not once corrected for the two series (adjusted 0.059)
    assertThat(overall.significant()).isFalse();
    assertThat(r.correction()).isEqualTo(Trends.Correction.HOLM);
    TrendResult bh =
        holm.correction(Trends.Correction.BENJAMINI_HOCHBERG).decode(s.toBytes()).result();
    assertThat(bh.correction()).isEqualTo(Trends.Correction.BENJAMINI_HOCHBERG);
    assertThat(bh.overall().orElseThrow().changes().get(0).adjustedP().getAsDouble())
        .isEqualTo(Math.min(2 * overall.p().getAsDouble(), talk.p().getAsDouble()));
  }

  @Test
  void everyPeriodAgainstABaseline() {
    Trends t =
        Trends.of(Measure.NPS, Trends.Statistic.NPS, Trends.Period.MONTH, UTC)
            .baseline(LocalDate.of(2026, 1, 20));
    Trends.State s = t.newState();
    add(s, "", month(0), 0, nps(30, 30, 40));
    add(s, "", month(1), 0, nps(30, 30, 40));
    add(s, "", month(2), 0, nps(20, 25, 55));
    TrendResult r = s.result();
    assertThat(r.baseline()).hasValue("2026-01");
    assertThat(r.overall().orElseThrow().vsBaseline())
        .extracting(c -> c.from() + ">" + c.to())
        .containsExactly("2026-01>2026-02", "2026-01>2026-03");
    assertThat(r.overall().orElseThrow().vsBaseline().get(1).difference()).hasValue(25.0);
  }

  // ---- control charts ---------------------------------------------------------------------------

  /**
   * NIST/SEMATECH e-Handbook of Statistical Methods, section 6.3.3.2 (Proportions control charts):
   * 30 samples of 50 wafers, 347 defective in all, p̄ = 0.2313, UCL = 0.4102, LCL = 0.0524. The
   * limits come from the pooled p̄, never from each sample's own rate: samples 15 (22 of 50) and 23
   * (24 of 50) are above the upper limit.
   */
  static final int[] WAFERS = {
    12, 15, 8, 10, 4, 7, 16, 9, 14, 10, 5, 6, 17, 12, 22, 8, 10, 5, 13, 11, 20, 18, 24, 15, 9, 12,
    7, 13, 9, 6
  };

  static Trends.State wafers(int scale) {
    Trends t = Trends.of(DEFECTIVE, Trends.Statistic.TOP_BOX, Trends.Period.DAY, UTC);
    Trends.State s = t.newState();
    for (int i = 0; i < WAFERS.length; i++) {
      long day = LocalDate.of(2026, 1, 1).plusDays(i).atTime(9, 0).toInstant(UTC).toEpochMilli();
      add(s, "", day, 0, scale * (50 - WAFERS[i]), scale * WAFERS[i]);
    }
    return s;
  }

  @Test
  void pChartOnTheNistWaferExample() {
    TrendResult.ControlChart chart =
        wafers(1).result().overall().orElseThrow().chart().orElseThrow();
    assertThat(chart.centre()).isCloseTo(23.13, within(0.005));
    assertThat(chart.limits()).hasSize(30);
    for (TrendResult.Limits l : chart.limits()) {
      assertThat(l.upper()).isCloseTo(41.02, within(0.005));
      assertThat(l.lower()).isCloseTo(5.24, within(0.005));
    }
    List<Integer> signals = new ArrayList<>();
    for (int i = 0; i < 30; i++) {
      if (chart.limits().get(i).signal()) {
        signals.add(i + 1);
      }
    }
    assertThat(signals).containsExactly(15, 23);
  }

  /**
   * Laney (2002), Quality Engineering 14(4), 531–537 (and Minitab's "Methods and formulas for Laney
   * P' chart"): z_i = (p_i − p̄) / σ_pi with σ_pi = √(p̄(1 − p̄)/n_i), σ_z = mean moving range of
   * the z_i / 1.128, limits p̄ ± 3·σ_pi·σ_z. Worked here from those definitions on the NIST data.
   */
  @Test
  void laneyPrimeChartFollowsLaneysDefinitions() {
    TrendResult.ControlChart chart =
        wafers(1).result().overall().orElseThrow().chart().orElseThrow();
    double pBar = 347.0 / 1500;
    double sigma = Math.sqrt(pBar * (1 - pBar) / 50);
    double mr = 0;
    for (int i = 1; i < WAFERS.length; i++) {
      mr += Math.abs((WAFERS[i] / 50.0 - pBar) / sigma - (WAFERS[i - 1] / 50.0 - pBar) / sigma);
    }
    double sigmaZ = mr / 29 / 1.128;
    assertThat(chart.sigmaZ().getAsDouble()).isCloseTo(sigmaZ, within(1e-12));
    TrendResult.Limits first = chart.limits().get(0);
    assertThat(first.laneyUpper().getAsDouble())
        .isCloseTo(100 * (pBar + 3 * sigma * sigmaZ), within(1e-9));
    assertThat(first.laneyLower().getAsDouble())
        .isCloseTo(100 * Math.max(0, pBar - 3 * sigma * sigmaZ), within(1e-9));
  }

  /**
   * Laney's point: with large samples the p chart's limits shrink as 1/√n and flag nearly every
   * period, while p′ limits, scaled by the observed σ_z, stay where the process varies.
   */
  @Test
  void laneyLimitsDoNotShrinkWithHugeSamples() {
    TrendResult.ControlChart small =
        wafers(1).result().overall().orElseThrow().chart().orElseThrow();
    TrendResult.ControlChart huge =
        wafers(100).result().overall().orElseThrow().chart().orElseThrow();
    assertThat(huge.centre()).isCloseTo(small.centre(), within(1e-9));
    long pSignals = huge.limits().stream().filter(TrendResult.Limits::signal).count();
    long laneySignals = huge.limits().stream().filter(TrendResult.Limits::laneySignal).count();
    assertThat(pSignals).isGreaterThan(20);
    assertThat(laneySignals)
        .isEqualTo(small.limits().stream().filter(TrendResult.Limits::laneySignal).count());
    for (int i = 0; i < 30; i++) {
      assertThat(huge.limits().get(i).laneyUpper().getAsDouble())
          .isCloseTo(small.limits().get(i).laneyUpper().getAsDouble(), within(1e-9));
    }
  }

  @Test
  void noChartForNpsOrMeans() {
    Trends.State s =
        Trends.of(Measure.NPS, Trends.Statistic.NPS, Trends.Period.MONTH, UTC).newState();
    add(s, "", month(0), 0, nps(30, 30, 40));
    assertThat(s.result().overall().orElseThrow().chart()).isEmpty();
  }
}
