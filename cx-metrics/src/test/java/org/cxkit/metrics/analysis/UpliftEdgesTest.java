package org.cxkit.metrics.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.cxkit.core.Scale;
import org.cxkit.metrics.Interval;
import org.junit.jupiter.api.Test;

/**
 * The uplift at the edges of its documented ranges: two customers per group is enough for Welch's
 * interval, one is not; no spread at all gives none; a zero outcome of the satisfied has no
 * relative uplift; a share of exactly 0 or 1 projects. Expected values are worked out by hand from
 * the formulas UpliftResult documents; Welch's interval from scipy (reference_values.py).
 */
class UpliftEdgesTest {
  private static UpliftResult numeric(double[] delighted, double[] satisfied) {
    DelightUplift.NumericTally t = DelightUplift.numeric(Scale.CSAT).newTally();
    for (double x : delighted) {
      t.add(5, x);
    }
    for (double x : satisfied) {
      t.add(4, x);
    }
    return t.result();
  }

  @Test
  void welchNeedsTwoInEachGroupAndSomeSpread() {
    assertThat(numeric(new double[] {1, 2}, new double[] {3}).interval(0.95)).isEmpty();
    assertThat(numeric(new double[] {1}, new double[] {3, 4}).interval(0.95)).isEmpty();
    assertThat(numeric(new double[] {2, 2}, new double[] {3, 3}).interval(0.95))
        .as("no spread: no interval")
        .isEmpty();
    // scipy: Welch t for {1, 2} vs {3, 5}: difference -2.5, v = 0.25 + 1 = 1.25,
    // df = 1.25^2 / (0.25^2 + 1) = 1.4705882352941178, t(0.975, df) = 6.18811494076925
    Interval i = numeric(new double[] {1, 2}, new double[] {3, 5}).interval(0.95).orElseThrow();
    double h = 6.18811494076925 * Math.sqrt(1.25);
    assertThat(i.lower()).isCloseTo(-2.5 - h, within(1e-6));
    assertThat(i.upper()).isCloseTo(-2.5 + h, within(1e-6));
    // spread in one group only is enough
    assertThat(numeric(new double[] {2, 2}, new double[] {3, 5}).interval(0.95)).isPresent();
  }

  @Test
  void relativeUpliftNeedsAPositiveOutcomeOfTheSatisfied() {
    assertThat(numeric(new double[] {2}, new double[] {0}).relativeUplift()).isEmpty();
    assertThat(numeric(new double[] {2}, new double[] {-1}).relativeUplift()).isEmpty();
    assertThat(numeric(new double[] {3}, new double[] {2}).relativeUplift().orElseThrow())
        .isCloseTo(50.0, within(1e-12));
  }

  @Test
  void projectionsAtTheEndsOfTheShare() {
    // delighted {10, 20} (mean 15), satisfied {4, 6} (mean 5), n = 4, overall (30 + 10) / 4 = 10
    UpliftResult r = numeric(new double[] {10, 20}, new double[] {4, 6});
    assertThat(r.projectedOutcome(0).orElseThrow()).isCloseTo(10.0, within(1e-12));
    // all satisfied delighted: (40 + 1 * 2 * 10) / 4 = 15
    assertThat(r.projectedOutcome(1).orElseThrow()).isCloseTo(15.0, within(1e-12));
    assertThatThrownBy(() -> r.projectedOutcome(Math.nextUp(1.0))).hasMessageContaining("share");
    assertThatThrownBy(() -> r.projectedOutcome(-0.01)).hasMessageContaining("share");
    // without a satisfied group, share 0 still projects the overall outcome, a share above 0 not
    UpliftResult onlyDelighted = numeric(new double[] {10, 20}, new double[0]);
    assertThat(onlyDelighted.projectedOutcome(0).orElseThrow()).isCloseTo(15.0, within(1e-12));
    assertThat(onlyDelighted.projectedOutcome(Double.MIN_VALUE)).isEmpty();
  }

  @Test
  void resultsAreEqualByTheirGroups() {
    UpliftResult a = numeric(new double[] {1, 2}, new double[] {3, 5});
    UpliftResult b = numeric(new double[] {1, 2}, new double[] {3, 5});
    UpliftResult c = numeric(new double[] {1, 2}, new double[] {3, 6});
    assertThat(a).isEqualTo(b).hasSameHashCodeAs(b).isNotEqualTo(c);
    assertThat(a.hashCode()).isNotEqualTo(c.hashCode());
  }
}
