package org.cxkit.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.cxkit.core.Scale;
import org.junit.jupiter.api.Test;

/**
 * The histogram's own checks and its box counts at the ends of the scale, in both directions.
 * Expected means and variances are worked out by hand from the counts.
 */
class ScaleHistogramTest {
  @Test
  void countsMustFitTheScaleAndBeNonNegative() {
    assertThatThrownBy(() -> ScaleHistogram.of(Scale.CSAT, 1, 2, 3, 4))
        .hasMessageContaining("a 1..5 scale needs 5 counts, got 4");
    assertThatThrownBy(() -> ScaleHistogram.of(Scale.CSAT, 1, 2, 3, 4, 5, 6))
        .hasMessageContaining("needs 5 counts, got 6");
    assertThatThrownBy(() -> ScaleHistogram.of(Scale.CSAT, 0, 0, -1, 0, 0))
        .hasMessageContaining("count of point 3 is negative");
    assertThatThrownBy(() -> ScaleHistogram.of(Scale.CSAT, Long.MAX_VALUE, 1, 0, 0, 0))
        .isInstanceOf(ArithmeticException.class);
    ScaleHistogram zeros = ScaleHistogram.of(Scale.CSAT, 0, 0, 0, 0, 0);
    assertThat(zeros.n()).isZero();
    assertThat(zeros.mean()).isEmpty();
    assertThat(ScaleHistogram.of(Scale.CSAT, Long.MAX_VALUE, 0, 0, 0, 0).n())
        .isEqualTo(Long.MAX_VALUE);
  }

  @Test
  void aPointOffTheScaleHasNoCount() {
    ScaleHistogram h = ScaleHistogram.of(Scale.CSAT, 1, 2, 3, 4, 5);
    assertThat(h.count(1)).isEqualTo(1);
    assertThat(h.count(5)).isEqualTo(5);
    assertThatThrownBy(() -> h.count(0)).hasMessageContaining("point 0 is off the scale 1..5");
    assertThatThrownBy(() -> h.count(6)).hasMessageContaining("point 6 is off the scale 1..5");
  }

  @Test
  void boxesReachBothEndsOfTheScale() {
    // CSAT 1..5: top 5, good 4-5, bottom 1-2
    ScaleHistogram up = ScaleHistogram.of(Scale.CSAT, 1, 2, 3, 4, 5);
    assertThat(up.topCount()).isEqualTo(5);
    assertThat(up.goodCount()).isEqualTo(9);
    assertThat(up.bottomCount()).isEqualTo(3);
    // lower is better, 1..7: top 1, good 1-2, bottom 6-7 (the scale's maximum is in the bottom box)
    Scale down = Scale.lowerIsBetter(1, 7, 1, 2, 2);
    ScaleHistogram h = ScaleHistogram.of(down, 1, 2, 3, 4, 5, 6, 7);
    assertThat(h.topCount()).isEqualTo(1);
    assertThat(h.goodCount()).isEqualTo(3);
    assertThat(h.bottomCount()).isEqualTo(13);
  }

  @Test
  void meanAndVarianceFromTheCounts() {
    // points 1..5 with counts 1, 2, 3, 4, 5: n = 15, sum = 1 + 4 + 9 + 16 + 25 = 55, mean 11/3;
    // sum of squares 1 + 8 + 27 + 64 + 125 = 225; variance (225 - 15 (11/3)^2) / 14 = 5/3
    ScaleHistogram h = ScaleHistogram.of(Scale.CSAT, 1, 2, 3, 4, 5);
    assertThat(h.mean().orElseThrow()).isCloseTo(11.0 / 3, within(1e-12));
    assertThat(h.variance().orElseThrow()).isCloseTo(5.0 / 3, within(1e-12));
    // a scale that does not start at 0 or 1: -3..3, counts at -3 and 3 only -> mean 0, var 9 * 2/1
    ScaleHistogram centred =
        ScaleHistogram.of(Scale.higherIsBetter(-3, 3, 1, 2, 2), 1, 0, 0, 0, 0, 0, 1);
    assertThat(centred.mean().orElseThrow()).isCloseTo(0.0, within(1e-12));
    assertThat(centred.variance().orElseThrow()).isCloseTo(18.0, within(1e-12));
    assertThat(ScaleHistogram.of(Scale.CSAT, 0, 0, 1, 0, 0).variance()).isEmpty();
  }

  @Test
  void theTableRightAlignsPointsAndCounts() {
    ScaleHistogram h = ScaleHistogram.of(Scale.CSAT, 0, 12, 3, 1000, 5);
    assertThat(h).hasToString("point 1  2 3    4 5\ncount 0 12 3 1000 5\n(n=1020)");
  }
}
