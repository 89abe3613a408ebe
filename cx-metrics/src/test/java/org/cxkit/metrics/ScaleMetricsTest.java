package org.cxkit.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import org.cxkit.core.Measure;
import org.cxkit.core.Scale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Wilson intervals: the published values of Newcombe (1998), "Two-sided confidence intervals for
 * the single proportion: comparison of seven methods", Statistics in Medicine 17:857–872, Table II
 * (method 3), to the 4 decimals printed there, and to 1e-6 against the formula evaluated by
 * src/test/resources/reference/reference_values.py.
 */
class ScaleMetricsTest {
  @ParameterizedTest
  @CsvSource({
    "81, 263, 0.2553, 0.3662, 0.2552885198782742, 0.36620957698280004",
    "15, 148, 0.0624, 0.1605, 0.0623863995307363, 0.16048724172330803",
    "0, 20, 0.0000, 0.1611, 0.0, 0.16112515805281938",
    "1, 29, 0.0061, 0.1718, 0.006113214292762653, 0.17175521879320288",
  })
  void wilsonMatchesNewcombe1998(int k, int n, double pubLo, double pubHi, double lo, double hi) {
    int[] scores = new int[n];
    Arrays.fill(scores, 0, k, 5);
    Arrays.fill(scores, k, n, 3);
    ScaleResult r = ScaleMetrics.csat().compute(scores);
    Interval i = r.goodBoxInterval(0.95).orElseThrow();
    assertThat(i.lower() / 100).isCloseTo(pubLo, within(5e-5)).isCloseTo(lo, within(1e-6));
    assertThat(i.upper() / 100).isCloseTo(pubHi, within(5e-5)).isCloseTo(hi, within(1e-6));
    assertThat(r.headline().orElseThrow()).isCloseTo(100.0 * k / n, within(1e-12));
  }

  /**
   * Each box has its own interval: one CSAT sample of 263 (5: 81, 4: 50, 3: 100, 2: 20, 1: 12)
   * whose top box (81, Newcombe's published case), good box (131) and bottom box (32) differ, so a
   * box mixed up with another is caught. Good and bottom: the Wilson formula in
   * reference_values.py.
   */
  @Test
  void everyBoxHasItsOwnWilsonInterval() {
    int[] scores = new int[263];
    int at = 0;
    int[][] counts = {{5, 81}, {4, 50}, {3, 100}, {2, 20}, {1, 12}};
    for (int[] c : counts) {
      Arrays.fill(scores, at, at + c[1], c[0]);
      at += c[1];
    }
    ScaleResult r = ScaleMetrics.csat().compute(scores);
    assertThat(r.topBoxShare().orElseThrow()).isCloseTo(100.0 * 81 / 263, within(1e-12));
    assertThat(r.goodBoxShare().orElseThrow()).isCloseTo(100.0 * 131 / 263, within(1e-12));
    assertThat(r.bottomBoxShare().orElseThrow()).isCloseTo(100.0 * 32 / 263, within(1e-12));
    Interval top = r.topBoxInterval(0.95).orElseThrow();
    assertThat(top.lower() / 100)
        .isCloseTo(0.2553, within(5e-5))
        .isCloseTo(0.2552885198782742, within(1e-9));
    assertThat(top.upper() / 100)
        .isCloseTo(0.3662, within(5e-5))
        .isCloseTo(0.36620957698280004, within(1e-9));
    Interval good = r.goodBoxInterval(0.95).orElseThrow();
    assertThat(good.lower() / 100).isCloseTo(0.4381349178556433, within(1e-9));
    assertThat(good.upper() / 100).isCloseTo(0.5581175385489217, within(1e-9));
    Interval bottom = r.bottomBoxInterval(0.95).orElseThrow();
    assertThat(bottom.lower() / 100).isCloseTo(0.08751955599830202, within(1e-9));
    assertThat(bottom.upper() / 100).isCloseTo(0.1667192685101513, within(1e-9));
    assertThat(r.headline().orElseThrow())
        .as("CSAT's headline is the good box")
        .isCloseTo(100.0 * 131 / 263, within(1e-12));
  }

  @Test
  void meanWithTInterval() {
    // scipy: mean 4, sd 1.9436506316151, t interval [2.6095960978798938, 5.390403902120106]
    Measure m = Measure.of("effort", "Effort", Scale.higherIsBetter(1, 7, 1, 3, 3));
    ScaleResult r = ScaleMetrics.mean(m).compute(new int[] {1, 2, 2, 3, 4, 5, 5, 5, 6, 7});
    assertThat(r.metric()).isEqualTo("mean");
    assertThat(r.mean()).hasValue(4.0);
    assertThat(r.standardDeviation().orElseThrow()).isCloseTo(1.9436506316151, within(1e-9));
    Interval i = r.meanInterval(0.95).orElseThrow();
    assertThat(i.lower()).isCloseTo(2.6095960978798938, within(1e-9));
    assertThat(i.upper()).isCloseTo(5.390403902120106, within(1e-9));
    assertThat(r.headline()).hasValue(4.0);
    assertThat(r.topBoxShare()).hasValue(10.0);
    assertThat(r.goodBoxShare()).hasValue(50.0);
    assertThat(r.bottomBoxShare()).hasValue(40.0);
  }

  @Test
  void cesAgreeingAndCsatTopTwo() {
    ScaleResult ces = ScaleMetrics.ces().compute(new int[] {7, 6, 5, 4, 1});
    assertThat(ces.goodBoxShare()).hasValue(60.0);
    assertThat(ces.headline()).hasValue(4.6);
    ScaleResult csat = ScaleMetrics.csat().compute(new int[] {5, 4, 4, 3, 1});
    assertThat(csat.headline()).hasValue(60.0);
    assertThat(csat.mean().orElseThrow()).isCloseTo(3.4, within(1e-12));
    assertThat(csat.toString()).contains("good box").contains("Wilson").contains("n=5");
  }

  @Test
  void smallAndEmpty() {
    ScaleResult one = ScaleMetrics.csat().compute(new int[] {5});
    assertThat(one.mean()).hasValue(5.0);
    assertThat(one.meanInterval(0.95)).isEmpty();
    assertThat(one.standardDeviation()).isEmpty();
    assertThat(one.goodBoxInterval(0.95).orElseThrow().upper()).isEqualTo(100.0);
    ScaleResult none = ScaleMetrics.csat().compute(new int[0]);
    assertThat(none.headline()).isEmpty();
    assertThat(none.reason()).hasValue("no responses");
    assertThat(none.goodBoxInterval(0.95)).isEmpty();
    assertThat(none.toString()).contains("no score");
  }
}
