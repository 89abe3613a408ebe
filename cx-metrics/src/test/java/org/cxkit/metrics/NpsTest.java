package org.cxkit.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.stream.IntStream;
import org.cxkit.metrics.spi.Accumulator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Reference values: the formulas of the R package {@code NPS} by Brendan Rocks (CRAN;
 * github.com/brendan-r/NPS: {@code npvar}, {@code nps_se} in R/nps.R, {@code nps_test} in
 * R/nps_tests.R, the iterative interval in R/nps_interval_estimators.R) and the adjusted Wald of
 * Rocks (2016), evaluated independently by {@code src/test/resources/reference/reference_values.py}
 * (python3 + scipy; a literal port of the R iterative interval). The package's own testthat file
 * (tests/testthat/test_01_basics.R) only checks warnings and errors; its checks are mirrored in
 * {@link #offScaleScoresAreErrorsNamingTheIndex()} and {@link #emptyIsAVisibleState()}.
 */
class NpsTest {
  private static final double EPS = 1e-6;

  @ParameterizedTest(name = "det={0} pas={1} pro={2}")
  @CsvSource({
    // det, pas, pro, nps, var (npvar), se (nps_se, -1..1), wald lo, wald hi, adj lo, adj hi
    "7, 2, 2, -45.45454545454545, 0.6115702479338843, 0.23579078706920834, -91.66869050874556, 0.7595995996546479, -77.04148294292784, 5.6129115143564",
    "20, 30, 50, 30.0, 0.61, 0.07810249675906654, 14.69219192495733, 45.307808075042665, 14.051130178761607, 44.20129700570441",
    "3, 5, 12, 45.0, 0.5475, 0.16545392107774298, 12.571627358669124, 77.42837264133088, 8.431132531755525, 69.82973703346187",
  })
  void matchesRPackageFormulas(
      long det,
      long pas,
      long pro,
      double nps,
      double var,
      double se,
      double waldLo,
      double waldHi,
      double adjLo,
      double adjHi) {
    NpsResult r = NpsResult.ofCounts(det, pas, pro);
    assertThat(r.n()).isEqualTo(det + pas + pro);
    assertThat(r.score().orElseThrow()).isCloseTo(nps, within(EPS));
    // npvar and nps_se work on −1..1; the result gives both on the score's scale, NPS points² and
    // NPS points (issue #11: a variance of 0.61 beside a score of 30 read as a tiny spread)
    assertThat(r.variance().orElseThrow()).isCloseTo(var * 100 * 100, within(100 * 100 * EPS));
    assertThat(r.standardError().orElseThrow()).isCloseTo(se * 100, within(100 * EPS));
    assertThat(r.standardError().orElseThrow())
        .isCloseTo(Math.sqrt(r.variance().orElseThrow() / r.n()), within(1e-9));
    Interval wald = r.interval(NpsIntervalMethod.WALD, 0.95).orElseThrow();
    assertThat(wald.lower()).isCloseTo(waldLo, within(EPS));
    assertThat(wald.upper()).isCloseTo(Math.min(100, waldHi), within(EPS));
    Interval adj = r.interval().orElseThrow();
    assertThat(adj.method()).isEqualTo("adjusted Wald");
    assertThat(adj.lower()).isCloseTo(adjLo, within(EPS));
    assertThat(adj.upper()).isCloseTo(adjHi, within(EPS));
  }

  @ParameterizedTest(name = "det={0} pas={1} pro={2}")
  @CsvSource({
    // R iterative(x, 0.975) on the -1..1 scale; the R loop stops at about 1e-7
    "7, 2, 2, -0.7769425707243002, 0.08082988045432354",
    "20, 30, 50, 0.13955141267233978, 0.44339305162429804",
    "3, 5, 12, 0.07437528768403473, 0.7052715241909028",
  })
  void iterativeScoreIntervalMatchesRPackage(long det, long pas, long pro, double lo, double hi) {
    Interval i =
        NpsResult.ofCounts(det, pas, pro).interval(NpsIntervalMethod.SCORE, 0.95).orElseThrow();
    assertThat(i.lower() / 100).isCloseTo(lo, within(1e-6));
    assertThat(i.upper() / 100).isCloseTo(hi, within(1e-6));
  }

  @Test
  void scoreIntervalBoundsSolveTheScoreEquation() {
    Interval i =
        NpsResult.ofCounts(20, 30, 50).interval(NpsIntervalMethod.SCORE, 0.95).orElseThrow();
    double z = 1.959963984540054;
    assertThat(NpsResult.scoreStatistic(50, 20, 100, i.upper() / 100)).isCloseTo(-z, within(1e-9));
    assertThat(NpsResult.scoreStatistic(50, 20, 100, i.lower() / 100)).isCloseTo(z, within(1e-9));
  }

  @Test
  void twoSampleComparisonKeepsTheSign() {
    // R nps_test(x, y): delta 0.2, se 0.11401754250991379, p 0.07941062599894222
    NpsResult a = NpsResult.ofCounts(20, 30, 50);
    NpsResult b = NpsResult.ofCounts(30, 30, 40);
    NpsComparison ab = a.compare(b);
    assertThat(ab.difference().orElseThrow()).isCloseTo(20, within(EPS));
    assertThat(ab.standardError().orElseThrow() / 100).isCloseTo(0.11401754250991379, within(EPS));
    assertThat(ab.z().orElseThrow()).isCloseTo(1.7541160386140584, within(EPS));
    assertThat(ab.p().orElseThrow()).isCloseTo(0.07941062599894222, within(EPS));
    assertThat(ab.interval().orElseThrow().lower() / 100)
        .isCloseTo(-0.023470276925195654, within(EPS));
    assertThat(ab.interval().orElseThrow().upper() / 100)
        .isCloseTo(0.4234702769251956, within(EPS));
    NpsComparison ba = b.compare(a);
    assertThat(ba.difference().orElseThrow()).isCloseTo(-20, within(EPS));
    assertThat(ba.z().orElseThrow()).isCloseTo(-1.7541160386140584, within(EPS));
    assertThat(ba.p().orElseThrow()).isCloseTo(ab.p().orElseThrow(), within(1e-15));
    assertThat(ab.toString()).contains("difference").contains("20.0");
  }

  @Test
  void comparisonWithoutVarianceOrDataHasNoTest() {
    NpsComparison same = Nps.of(10, 10).compare(Nps.of(9));
    assertThat(same.z()).isEmpty();
    assertThat(same.p()).isEmpty();
    assertThat(same.reason()).get().asString().contains("zero variance");
    NpsComparison empty = Nps.of().compare(Nps.of(9));
    assertThat(empty.difference()).isEmpty();
    assertThat(empty.interval()).isEmpty();
    assertThat(empty.reason()).get().asString().contains("empty");
    assertThat(empty.toString()).contains("no comparison");
  }

  @Test
  void smallSamples() {
    NpsResult allPromoters = Nps.of(10, 9, 10, 9, 10);
    assertThat(allPromoters.score()).hasValue(100.0);
    assertThat(allPromoters.variance()).hasValue(0.0);
    assertThat(allPromoters.interval(NpsIntervalMethod.WALD, 0.95).orElseThrow().lower())
        .isEqualTo(100.0);
    Interval adj = allPromoters.interval().orElseThrow();
    assertThat(adj.lower()).isCloseTo(17.49145303416897, within(EPS));
    assertThat(adj.upper()).isEqualTo(100.0);
    assertThat(allPromoters.interval(NpsIntervalMethod.SCORE, 0.95).orElseThrow().upper())
        .isEqualTo(100.0);

    NpsResult one = Nps.of(3);
    assertThat(one.n()).isEqualTo(1);
    assertThat(one.score()).hasValue(-100.0);
    for (NpsIntervalMethod m : NpsIntervalMethod.values()) {
      Interval i = one.interval(m, 0.95).orElseThrow();
      assertThat(i.lower()).isGreaterThanOrEqualTo(-100);
      assertThat(i.upper()).isLessThanOrEqualTo(100);
      assertThat(i.contains(-100) || m == NpsIntervalMethod.ADJUSTED_WALD).isTrue();
    }
  }

  @Test
  void emptyIsAVisibleState() {
    NpsResult empty = Nps.metric().compute(new byte[0]);
    assertThat(empty.n()).isZero();
    assertThat(empty.score()).isEmpty();
    assertThat(empty.headline()).isEmpty();
    assertThat(empty.variance()).isEmpty();
    assertThat(empty.standardError()).isEmpty();
    assertThat(empty.interval()).isEmpty();
    assertThat(empty.promoterShare()).isEmpty();
    assertThat(empty.reason()).hasValue("no responses");
    assertThat(empty.toString()).contains("no score");
  }

  @Test
  void offScaleScoresAreErrorsNamingTheIndex() {
    // Bad data, so bad input: the index and the scale, never the score (answers are personal data).
    assertThatThrownBy(() -> Nps.metric().compute(new byte[] {10, 9, 11, 3}))
        .isInstanceOf(BadColumnValueException.class)
        .hasMessage("record 2, field 'scores': score off the nps scale 0..10");
    assertThatThrownBy(() -> Nps.metric().compute(new int[] {10, -1}))
        .isInstanceOf(BadColumnValueException.class)
        .hasMessage("record 1, field 'scores': score off the nps scale 0..10");
    assertThatThrownBy(() -> Nps.metric().compute(IntStream.of(1, 2, 99)))
        .isInstanceOf(BadInputException.class)
        .hasMessage("record 2: score off the nps scale 0..10");
    Accumulator<NpsResult> a = Nps.metric().newAccumulator();
    a.addAll(new byte[] {9, 9});
    assertThatThrownBy(() -> a.addAll(new byte[] {9, (byte) 200}))
        .hasMessage("record 1, field 'scores': score off the nps scale 0..10");
    assertThat(a.count()).as("a failed bulk add adds nothing").isEqualTo(2);
    assertThatThrownBy(() -> a.add(Integer.MIN_VALUE)).hasMessageContaining("off the nps scale");
  }

  @Test
  void sampleSize() {
    // n = z^2 var / m^2; worst case var = 1: 1.959964^2 / 0.05^2 = 1536.6 -> 1537
    assertThat(Nps.sampleSize(5, 0.95)).isEqualTo(1537);
    // p=.5, d=.2: var = .7 - .09 = .61 -> 1.959964^2 * .61 / .0025 = 937.3 -> 938
    assertThat(Nps.sampleSize(5, 0.95, 50, 20)).isEqualTo(938);
    assertThatThrownBy(() -> Nps.sampleSize(0, 0.95)).hasMessageContaining("margin");
    assertThatThrownBy(() -> Nps.sampleSize(5, 1.0)).hasMessageContaining("confidence level");
  }

  @Test
  void sharesAndTable() {
    NpsResult r = Nps.of(10, 9, 8, 7, 6, 0);
    assertThat(r.promoters()).isEqualTo(2);
    assertThat(r.passives()).isEqualTo(2);
    assertThat(r.detractors()).isEqualTo(2);
    assertThat(r.promoterShare().orElseThrow()).isCloseTo(100.0 / 3, within(1e-12));
    assertThat(r.histogram().count(10)).isEqualTo(1);
    String table = r.toString();
    assertThat(table)
        .contains("promoters")
        .contains("detractors")
        .contains("adjusted Wald")
        .contains("n=6");
  }
}
