package org.cxkit.metrics.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.google.common.collect.ImmutableMap;
import java.util.Map;
import org.cxkit.core.Scale;
import org.cxkit.metrics.Interval;
import org.junit.jupiter.api.Test;

/**
 * The stratified uplift: the fixed-effect inverse-variance weighted mean (Borenstein, Hedges,
 * Higgins &amp; Rothstein 2009, Introduction to Meta-Analysis, ch. 11). Reference values computed
 * independently with SciPy 1.17 (the script is in the comments: w = 1/SE², M = Σ w·u / Σ w, SE =
 * 1/√Σ w, p = 2·norm.sf(|M/SE|)).
 */
class StratifiedUpliftTest {
  private static UpliftResult binary(int dYes, int dN, int sYes, int sN) {
    DelightUplift.BinaryTally t = DelightUplift.binary(Scale.CSAT).newTally();
    for (int i = 0; i < dN; i++) {
      t.add(5, i < dYes);
    }
    for (int i = 0; i < sN; i++) {
      t.add(4, i < sYes);
    }
    return t.result();
  }

  @Test
  void poolsByInverseVariance() {
    // A: 56/70 − 48/80 (u 20.0, SE 7.27029); B: 18/40 − 45/120 (u 7.5, SE 9.02254)
    StratifiedUplift s =
        StratifiedUplift.of(
            ImmutableMap.of("A", binary(56, 70, 48, 80), "B", binary(18, 40, 45, 120)));
    // SciPy: se=[7.2702917999997, 9.022541216309294]; w=[1/x**2 for x in se];
    // m=(w[0]*20+w[1]*7.5)/sum(w) -> 15.078969243557776; 1/sqrt(sum(w)) -> 5.661114095417086;
    // z 2.6636045466324103; 2*norm.sf(z) -> 0.007730838504487555
    assertThat(s.pooledUplift().orElseThrow()).isCloseTo(15.078969243557776, within(1e-9));
    assertThat(s.standardError().orElseThrow()).isCloseTo(5.661114095417086, within(1e-9));
    assertThat(s.z().orElseThrow()).isCloseTo(2.6636045466324103, within(1e-9));
    assertThat(s.pValue().orElseThrow()).isCloseTo(0.007730838504487555, within(1e-9));
    Interval i = s.interval(0.95).orElseThrow();
    assertThat(i.lower()).isCloseTo(3.9833895041682403, within(1e-6));
    assertThat(i.upper()).isCloseTo(26.17454898294731, within(1e-6));
    assertThat(s.n()).isEqualTo(310);
    // Borenstein et al. (2009) eq. 11.2: w_i = 1/SE_i²; with two segments A's share is
    // SE_B² / (SE_A² + SE_B²) = 81.40625 / (52.85714 + 81.40625) = 0.6063175, each SE² being
    // p(1 − p)/n summed over the two groups, in percentage points² (by hand).
    assertThat(s.weight("A").orElseThrow()).isCloseTo(0.6063175, within(1e-6));
    assertThat(s.weight("B").orElseThrow()).isCloseTo(1 - 0.6063175, within(1e-6));
    assertThat(s.upliftUnit()).isEqualTo("percentage points");
    assertThat(s.excluded()).isEmpty();
    assertThat(s.strata().keySet()).containsExactly("A", "B");
    assertThat(s)
        .hasToString(
            "StratifiedUplift[binary outcome, 2 segments, n=310, pooled 15.1 percentage points,"
                + " SE 5.66, z 2.66, p 0.0077]");
  }

  @Test
  void oneStratumIsItsOwnUpliftWithAWaldInterval() {
    UpliftResult r = binary(56, 70, 48, 80);
    StratifiedUplift s = StratifiedUplift.of(Map.of("all", r));
    assertThat(s.pooledUplift().orElseThrow()).isCloseTo(20.0, within(1e-9));
    assertThat(s.standardError().orElseThrow())
        .isCloseTo(r.standardError().orElseThrow(), within(1e-9));
    // Newcombe (1998), Table II, example (a), method 1: 0.0575 to 0.3425
    assertThat(s.interval(0.95).orElseThrow().lower()).isCloseTo(5.75, within(5e-3));
    assertThat(s.interval(0.95).orElseThrow().upper()).isCloseTo(34.25, within(5e-3));
  }

  @Test
  void aMixOfSegmentsDoesNotPassForAnUplift() {
    // Within each segment delight goes with no better outcome, but the delighted are mostly from
    // the segment that repurchases anyway: the crude uplift is large, the stratified one 0.
    UpliftResult loyal = binary(72, 90, 8, 10);
    UpliftResult fresh = binary(2, 10, 18, 90);
    assertThat(loyal.absoluteUplift().orElseThrow()).isCloseTo(0.0, within(1e-9));
    assertThat(fresh.absoluteUplift().orElseThrow()).isCloseTo(0.0, within(1e-9));
    UpliftResult crude = binary(74, 100, 26, 100);
    assertThat(crude.absoluteUplift().orElseThrow()).isCloseTo(48.0, within(1e-9));
    StratifiedUplift s = StratifiedUplift.of(ImmutableMap.of("loyal", loyal, "new", fresh));
    assertThat(s.pooledUplift().orElseThrow()).isCloseTo(0.0, within(1e-9));
    assertThat(s.pValue().orElseThrow()).isCloseTo(1.0, within(1e-9));
  }

  @Test
  void tooLittleDataIsVisible() {
    UpliftResult none = DelightUplift.binary(Scale.CSAT).newTally().result();
    UpliftResult allYes = binary(5, 5, 3, 3); // no spread: SE 0
    StratifiedUplift s =
        StratifiedUplift.of(ImmutableMap.of("a", binary(56, 70, 48, 80), "b", none, "c", allYes));
    assertThat(s.excluded()).containsExactly("b", "c");
    assertThat(s.weight("a").orElseThrow()).isEqualTo(1.0);
    assertThat(s.weight("b")).isEmpty();
    assertThat(s.weight("c")).isEmpty();
    assertThatThrownBy(() -> s.weight("secret-segment"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("stratum: not one of the 3 segments");
    assertThat(s.pooledUplift().orElseThrow()).isCloseTo(20.0, within(1e-9));
    assertThat(s.toString()).contains("3 segments (2 excluded)");
    StratifiedUplift empty = StratifiedUplift.of(Map.of("b", none));
    assertThat(empty.pooledUplift()).isEmpty();
    assertThat(empty.standardError()).isEmpty();
    assertThat(empty.z()).isEmpty();
    assertThat(empty.pValue()).isEmpty();
    assertThat(empty.interval(0.95)).isEmpty();
    assertThat(empty.toString()).contains("pooled - percentage points").contains("p -");
  }

  @Test
  void segmentsMustShareTheirOutcomeUnit() {
    DelightUplift.NumericTally eur =
        DelightUplift.numeric(Scale.CSAT).withOutcomeUnit("EUR").newTally();
    DelightUplift.NumericTally usd =
        DelightUplift.numeric(Scale.CSAT).withOutcomeUnit("USD").newTally();
    assertThatThrownBy(
            () -> StratifiedUplift.of(ImmutableMap.of("a", eur.result(), "b", usd.result())))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "strata: segment 1 measures its outcome in another unit than the first segment");
    assertThat(
            StratifiedUplift.of(ImmutableMap.of("a", eur.result(), "b", eur.result())).upliftUnit())
        .isEqualTo("EUR");
  }

  @Test
  void segmentsMustBeAlike() {
    UpliftResult b = binary(1, 2, 1, 2);
    DelightUplift.NpsTally n = DelightUplift.nps(Scale.CSAT).newTally();
    n.add(5, 10);
    assertThatThrownBy(() -> StratifiedUplift.of(Map.of())).hasMessageContaining("at least one");
    assertThatThrownBy(
            () -> StratifiedUplift.of(ImmutableMap.of("secret-a", b, "secret-b", n.result())))
        .hasMessageContaining("segment 1")
        .hasMessageContaining("NPS")
        .hasMessageNotContaining("secret");
    DelightUplift.BinaryTally renamed =
        DelightUplift.binary(Delight.topBox(Scale.CSAT).named("x", "y", "z")).newTally();
    assertThatThrownBy(() -> StratifiedUplift.of(ImmutableMap.of("a", b, "b", renamed.result())))
        .hasMessageContaining("names its groups differently");
    assertThatThrownBy(() -> StratifiedUplift.of(ImmutableMap.of(" ", b)))
        .hasMessageContaining("blank");
    assertThatThrownBy(() -> StratifiedUplift.of(Map.of("a", b)).interval(1.0))
        .hasMessageContaining("confidence level");
  }
}
