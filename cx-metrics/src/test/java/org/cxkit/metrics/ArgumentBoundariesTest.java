package org.cxkit.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.cxkit.core.Measure;
import org.cxkit.core.Scale;
import org.junit.jupiter.api.Test;

/**
 * Each documented range is checked at its edges: the last value inside is accepted, the first
 * outside is rejected with a message naming the argument. Expected sample sizes: {@code n = z² ·
 * var / m²} (the formula {@link Nps#sampleSize(double, double, double, double)} documents, after
 * Rocks (2016)) evaluated by hand.
 */
class ArgumentBoundariesTest {
  @Test
  void intervalBoundsAndLevel() {
    Interval point = new Interval(2, 2, 0.95, "Wald");
    assertThat(point.margin()).isZero();
    assertThat(point.contains(2)).isTrue();
    assertThat(point.contains(Math.nextUp(2.0))).isFalse();
    assertThat(point.contains(Math.nextDown(2.0))).isFalse();
    Interval i = new Interval(-1.5, 4.5, 0.9, "t");
    assertThat(i.margin()).isEqualTo(3.0);
    assertThat(i.contains(-1.5)).isTrue();
    assertThat(i.contains(4.5)).isTrue();
    assertThat(i.contains(-1.6)).isFalse();
    assertThat(i.contains(4.6)).isFalse();
    assertThat(i).hasToString("[-1.50, 4.50] 90% t");
    assertThat(new Interval(0, 1, 0.975, "Wilson")).hasToString("[0.00, 1.00] 97.5% Wilson");
    Interval zeros = new Interval(-0.0, -0.0, 0.5, "m");
    assertThat(Double.doubleToRawLongBits(zeros.lower())).as("-0.0 becomes 0.0").isZero();
    assertThat(Double.doubleToRawLongBits(zeros.upper())).as("-0.0 becomes 0.0").isZero();
    assertThat(new Interval(Math.ulp(0.0), 1, Math.ulp(1.0), "m").level()).isPositive();
    assertThat(new Interval(0, 1, Math.nextDown(1.0), "m").level()).isLessThan(1);
    for (double bad : new double[] {Double.NaN, Double.POSITIVE_INFINITY}) {
      assertThatThrownBy(() -> new Interval(0, bad, 0.95, "m")).hasMessageContaining("finite");
      assertThatThrownBy(() -> new Interval(-bad, 0, 0.95, "m")).hasMessageContaining("finite");
    }
    assertThatThrownBy(() -> new Interval(1, Math.nextDown(1.0), 0.95, "m"))
        .hasMessageContaining("above upper bound");
    for (double level : new double[] {0, 1, -0.5, 1.5}) {
      assertThatThrownBy(() -> new Interval(0, 1, level, "m"))
          .hasMessageContaining("confidence level");
    }
  }

  @Test
  void aMeanIntervalNeedsTwoAnswersAndALevelInsideZeroToOne() {
    ScaleResult one = ScaleMetrics.csat().compute(new int[] {4});
    ScaleResult two = ScaleMetrics.csat().compute(new int[] {3, 4});
    assertThat(one.meanInterval(0.95)).isEmpty();
    assertThat(two.meanInterval(0.95)).as("two answers are enough").isPresent();
    // scipy: mean 3.5, sd 0.5773502691896258, t(0.975, 3) = 3.1824463052837078:
    // [2.5813068844814606, 4.418693115518539]
    ScaleResult four = ScaleMetrics.csat().compute(new int[] {3, 4, 3, 4});
    Interval i = four.meanInterval(0.95).orElseThrow();
    assertThat(i.lower()).isCloseTo(2.5813068844814606, within(1e-9));
    assertThat(i.upper()).isCloseTo(4.418693115518539, within(1e-9));
    for (double level : new double[] {0, 1}) {
      assertThatThrownBy(() -> two.meanInterval(level)).hasMessageContaining("confidence level");
      assertThatThrownBy(() -> one.meanInterval(level)).hasMessageContaining("confidence level");
    }
  }

  @Test
  void anNpsNeedsABottomBox() {
    Scale noBottom = Scale.higherIsBetter(0, 10, 2, 2, 0);
    assertThatThrownBy(() -> Nps.metric(Measure.of("x", "X", noBottom)))
        .hasMessageContaining("needs a bottom box");
    assertThatThrownBy(() -> new NpsResult(ScaleHistogram.of(noBottom, new long[11])))
        .hasMessageContaining("needs a bottom box");
    Scale oneBottom = Scale.higherIsBetter(0, 10, 2, 2, 1);
    assertThat(new NpsResult(ScaleHistogram.of(oneBottom, new long[11])).n()).isZero();
    NpsResult r = Nps.metric(Measure.of("x", "X", oneBottom)).compute(new int[] {0, 1, 10});
    assertThat(r.detractors()).isEqualTo(1);
    assertThat(r.promoters()).isEqualTo(1);
  }

  @Test
  void sampleSizeRanges() {
    // var = p + d - (p - d)^2; z(0.95) = 1.959963984540054
    double z2 = 1.959963984540054 * 1.959963984540054;
    // the widest margin, 200 points (m = 2 on -1..1), all detractors or all promoters: var 0 -> 1
    assertThat(Nps.sampleSize(200, 0.95, 100, 0)).isEqualTo(1);
    assertThat(Nps.sampleSize(200, 0.95, 0, 100)).isEqualTo(1);
    // half promoters, half detractors: var = 1; m = 1 -> ceil(3.8415) = 4
    assertThat(Nps.sampleSize(100, 0.95, 50, 50)).isEqualTo((long) Math.ceil(z2));
    // no promoters, no detractors: var 0 -> the floor of 1
    assertThat(Nps.sampleSize(1, 0.95, 0, 0)).isEqualTo(1);
    // 30 % promoters, 10 % detractors: var = .4 - .04 = .36; m = .1 -> 138.3 -> 139
    assertThat(Nps.sampleSize(10, 0.95, 30, 10)).isEqualTo((long) Math.ceil(z2 * 0.36 / 0.01));
    assertThatThrownBy(() -> Nps.sampleSize(Math.nextUp(200.0), 0.95, 50, 50))
        .hasMessageContaining("margin");
    assertThatThrownBy(() -> Nps.sampleSize(-1, 0.95, 50, 50)).hasMessageContaining("margin");
    assertThatThrownBy(() -> Nps.sampleSize(5, 0.95, -0.5, 50)).hasMessageContaining("shares");
    assertThatThrownBy(() -> Nps.sampleSize(5, 0.95, 50, -0.5)).hasMessageContaining("shares");
    assertThatThrownBy(() -> Nps.sampleSize(5, 0.95, 60, 40.5)).hasMessageContaining("shares");
    assertThat(Nps.sampleSize(5, 0.95, 60, 40)).isPositive();
  }
}
