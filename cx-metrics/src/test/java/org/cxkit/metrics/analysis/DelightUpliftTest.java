package org.cxkit.metrics.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.LongStream;
import org.cxkit.core.Scale;
import org.cxkit.core.testing.Seeds;
import org.cxkit.metrics.Interval;
import org.cxkit.metrics.Nps;
import org.cxkit.metrics.NpsComparison;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Reference values: Newcombe (1998), "Interval estimation for the difference between independent
 * proportions: comparison of eleven methods", Statistics in Medicine 17:873–890, example (a) 56/70
 * − 48/80, method 10: 0.0524 to 0.3339; Welch's interval from scipy (see
 * src/test/resources/reference/reference_values.py).
 */
class DelightUpliftTest {
  @Test
  void binaryOutcomeUsesNewcombesInterval() {
    DelightUplift.BinaryTally t = DelightUplift.binary(Scale.CSAT).newTally();
    for (int i = 0; i < 70; i++) {
      t.add(5, i < 56); // delighted: 56 of 70 repurchased
    }
    for (int i = 0; i < 80; i++) {
      t.add(4, i < 48); // satisfied: 48 of 80
    }
    for (int i = 0; i < 10; i++) {
      t.add(2, i < 1); // dissatisfied: 1 of 10
    }
    UpliftResult r = t.result();
    assertThat(r.groups()).extracting(UpliftGroup::n).containsExactly(70L, 80L, 10L);
    assertThat(r.groups().get(0).outcome().orElseThrow()).isCloseTo(80.0, within(1e-12));
    assertThat(r.absoluteUplift().orElseThrow()).isCloseTo(20.0, within(1e-9));
    assertThat(r.relativeUplift().orElseThrow()).isCloseTo(100 * (0.8 / 0.6 - 1), within(1e-9));
    Interval i = r.interval(0.95).orElseThrow();
    assertThat(i.lower() / 100)
        .isCloseTo(0.0524, within(5e-5))
        .isCloseTo(0.05243147240236498, within(1e-6));
    assertThat(i.upper() / 100)
        .isCloseTo(0.3339, within(5e-5))
        .isCloseTo(0.333872654036906, within(1e-6));
    // (56 + 48 + 1) / 160 = 65.625 %; a quarter of the satisfied delighted adds 0.25 * 80 * 20 /
    // 160 = 2.5
    assertThat(r.overallOutcome().orElseThrow()).isCloseTo(65.625, within(1e-9));
    assertThat(r.projectedOutcome(0.25).orElseThrow()).isCloseTo(68.125, within(1e-9));
    // The unpooled z test (issue #11): Newcombe (1998), Table II, example (a), method 1 (the
    // simple asymptotic Wald interval) gives 0.0575 to 0.3425 for 56/70 − 48/80; that interval is
    // 0.2 ± 1.959964·SE, so SE = (0.3425 − 0.0575) / (2·1.959964) = 0.072704 (7.27 points).
    double se = r.standardError().orElseThrow();
    assertThat(se / 100).isCloseTo((0.3425 - 0.0575) / (2 * 1.959964), within(5e-5));
    assertThat(0.2 - 1.959964 * se / 100).isCloseTo(0.0575, within(5e-5));
    assertThat(0.2 + 1.959964 * se / 100).isCloseTo(0.3425, within(5e-5));
    // z = 0.2 / 0.0727029 = 2.75092 and p = 2(1 − Φ(2.75092)) = 0.0059428, computed
    // independently with SciPy 1.17: 2 * scipy.stats.norm.sf(2.7509212216215073)
    assertThat(r.z().orElseThrow()).isCloseTo(2.7509212216215073, within(1e-9));
    assertThat(r.pValue().orElseThrow()).isCloseTo(0.00594279330420278, within(1e-9));
    assertThat(r.testMethod()).isEqualTo("unpooled z");
    assertThat(r.outcomeUnit()).isEqualTo("%");
    assertThat(r.upliftUnit()).isEqualTo("percentage points");
    assertThat(r)
        .hasToString(
            "UpliftResult[binary outcome in %, n=160, delighted − satisfied: 20.0 percentage"
                + " points, SE 7.27, unpooled z 2.75, p 0.0059]");
  }

  @Test
  void numericOutcomeUsesWelch() {
    DelightUplift.NumericTally t = DelightUplift.numeric(Scale.CSAT).newTally();
    t.addAll(new int[] {5, 5, 5, 5, 5, 5}, new double[] {120.0, 80.5, 99.0, 150.25, 101.0, 95.5});
    t.addAll(new int[] {4, 4, 4, 4, 4}, new double[] {70.0, 88.0, 64.5, 90.0, 75.25});
    UpliftResult r = t.result();
    assertThat(r.absoluteUplift().orElseThrow()).isCloseTo(30.15833333333333, within(1e-9));
    Interval i = r.interval(0.95).orElseThrow();
    assertThat(i.lower()).isCloseTo(4.024826837706367, within(1e-6));
    assertThat(i.upper()).isCloseTo(56.29183982896029, within(1e-6));
    assertThat(i.method()).isEqualTo("Welch t");
  }

  /**
   * R's documented Welch test on its {@code sleep} data (Cushny &amp; Peebles 1905): {@code
   * t.test(extra ~ group, data = sleep)} prints t = -1.8608, df = 17.776, p-value = 0.07939, 95 %
   * CI -3.3654832 0.2054832 (R's {@code ?t.test} example; SciPy's {@code
   * ttest_ind(equal_var=False)} agrees: -1.8608134674868526, 0.0793941401873583).
   */
  @Test
  void numericUpliftTestMatchesRsWelchTTest() {
    double[] one = {0.7, -1.6, -0.2, -1.2, -0.1, 3.4, 3.7, 0.8, 0.0, 2.0};
    double[] two = {1.9, 0.8, 1.1, 0.1, -0.1, 4.4, 5.5, 1.6, 4.6, 3.4};
    DelightUplift.NumericTally t = DelightUplift.numeric(Scale.CSAT).newTally();
    for (int i = 0; i < 10; i++) {
      t.add(5, one[i]);
      t.add(4, two[i]);
    }
    UpliftResult r = t.result();
    assertThat(r.absoluteUplift().orElseThrow()).isCloseTo(0.75 - 2.33, within(1e-12));
    assertThat(r.z().orElseThrow()).isCloseTo(-1.8608, within(5e-5));
    assertThat(r.pValue().orElseThrow()).isCloseTo(0.07939, within(5e-6));
    assertThat(r.standardError().orElseThrow())
        .isCloseTo(-1.58 / -1.8608134674868526, within(1e-9));
    assertThat(r.interval(0.95).orElseThrow().lower()).isCloseTo(-3.3654832, within(1e-7));
    assertThat(r.interval(0.95).orElseThrow().upper()).isCloseTo(0.2054832, within(1e-7));
    assertThat(r.testMethod()).isEqualTo("Welch t");
    assertThat(r.upliftUnit()).isEqualTo("outcome units");
  }

  /**
   * A numeric outcome in a unit the user names: the figures are those of R's sleep data above, now
   * in hours; the unit travels through the tally's bytes by the uplift that decodes them, and a
   * tally in another unit does not merge.
   */
  @Test
  void aNumericOutcomeSaysTheUnitTheUserNamed() {
    DelightUplift<Double, DelightUplift.NumericTally> hours =
        DelightUplift.numeric(Scale.CSAT).withOutcomeUnit("hours of sleep");
    DelightUplift.NumericTally t = hours.newTally();
    double[] one = {0.7, -1.6, -0.2, -1.2, -0.1, 3.4, 3.7, 0.8, 0.0, 2.0};
    double[] two = {1.9, 0.8, 1.1, 0.1, -0.1, 4.4, 5.5, 1.6, 4.6, 3.4};
    for (int i = 0; i < 10; i++) {
      t.add(5, one[i]);
      t.add(4, two[i]);
    }
    UpliftResult r = t.result();
    assertThat(r.outcomeUnit()).isEqualTo("hours of sleep");
    assertThat(r.upliftUnit()).isEqualTo("hours of sleep");
    assertThat(r.namedUnit()).contains("hours of sleep");
    assertThat(r.z().orElseThrow()).isCloseTo(-1.8608, within(5e-5));
    assertThat(r.toString())
        .startsWith("UpliftResult[numeric outcome in hours of sleep, n=20,")
        .contains(": -1.58 hours of sleep,");
    assertThat(hours.decode(t.toBytes()).result()).isEqualTo(r);
    UpliftResult unnamed = DelightUplift.numeric(Scale.CSAT).decode(t.toBytes()).result();
    assertThat(unnamed.upliftUnit()).isEqualTo("outcome units");
    assertThat(unnamed.namedUnit()).isEmpty();
    assertThat(unnamed).isNotEqualTo(r);
    assertThat(unnamed.withOutcomeUnit("hours of sleep")).isEqualTo(r);
    assertThat(r.withOutcomeUnit("outcome units")).isEqualTo(unnamed);
    assertThat(hours.toString()).contains("NUMERIC outcome in hours of sleep");
    assertThatThrownBy(() -> DelightUplift.numeric(Scale.CSAT).newTally().merge(t))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("cannot merge");
  }

  @Test
  void aUnitIsNamedOnlyForANumericOutcomeAndValidatedWithoutRepeatingIt() {
    assertThatThrownBy(() -> DelightUplift.binary(Scale.CSAT).withOutcomeUnit("EUR"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "unit: only a numeric outcome has a unit of its own; this uplift's outcome is BINARY");
    UpliftResult binary = DelightUplift.binary(Scale.CSAT).newTally().result();
    assertThatThrownBy(() -> binary.withOutcomeUnit("EUR"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("unit: only a numeric outcome has a unit of its own; a BINARY outcome is in %");
    assertThat(binary.withOutcomeUnit("outcome units")).isEqualTo(binary);
    DelightUplift<Double, DelightUplift.NumericTally> u = DelightUplift.numeric(Scale.CSAT);
    String secret = "x".repeat(UpliftResult.MAX_UNIT_LENGTH + 1);
    for (String bad : List.of(" ", secret, "EUR\n", " EUR")) {
      assertThatThrownBy(() -> u.withOutcomeUnit(bad))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageStartingWith("unit: the unit's name ")
          .hasMessageNotContaining("EUR")
          .hasMessageNotContaining(secret);
    }
    assertThat(
            u.withOutcomeUnit("x".repeat(UpliftResult.MAX_UNIT_LENGTH))
                .newTally()
                .result()
                .upliftUnit())
        .hasSize(UpliftResult.MAX_UNIT_LENGTH);
  }

  @Test
  void npsOutcomeUsesTheTwoSampleComparison() {
    DelightUplift.NpsTally t = DelightUplift.nps(Scale.CSAT).newTally();
    int[] delighted = {10, 10, 9, 8, 3};
    int[] satisfied = {9, 7, 6, 5, 10, 2};
    for (int x : delighted) {
      t.add(5, x);
    }
    for (int x : satisfied) {
      t.add(4, x);
    }
    UpliftResult r = t.result();
    DelightUplift.NpsTally cols = DelightUplift.nps(Scale.CSAT).newTally();
    cols.addAll(
        new int[] {5, 5, 5, 5, 5, 4, 4, 4, 4, 4, 4},
        new int[] {10, 10, 9, 8, 3, 9, 7, 6, 5, 10, 2});
    assertThat(cols.result()).isEqualTo(r);
    assertThatThrownBy(() -> cols.addAll(new int[] {5}, new int[] {11}))
        .hasMessageContaining("record 0")
        .hasMessageContaining("0..10");
    NpsComparison c = Nps.of(delighted).compare(Nps.of(satisfied));
    assertThat(r.absoluteUplift().orElseThrow())
        .isCloseTo(c.difference().orElseThrow(), within(1e-12));
    assertThat(r.interval(0.95)).isEqualTo(c.interval());
    assertThat(r.relativeUplift()).isEmpty();
    // NPS points throughout: SE = 100·√(v_d/n_d + v_s/n_s) with v = p + d − (p − d)² (R package
    // NPS, nps_var): v_d = 0.64, v_s = 0.805556; SciPy: 51.21125; z = 56.6667 / SE; p =
    // 2 * norm.sf(z)
    assertThat(r.standardError().orElseThrow()).isCloseTo(51.21125455007515, within(1e-9));
    assertThat(r.standardError().orElseThrow())
        .isCloseTo(c.standardError().orElseThrow(), within(1e-9));
    assertThat(r.z().orElseThrow()).isCloseTo(1.1065276014915264, within(1e-9));
    assertThat(r.pValue().orElseThrow()).isCloseTo(0.26849822404405044, within(1e-9));
    assertThat(r.outcomeUnit()).isEqualTo("NPS points");
    assertThat(r.upliftUnit()).isEqualTo("NPS points");
  }

  @Test
  void emptyGroupsAndBadInputAreVisible() {
    DelightUplift<Boolean, DelightUplift.BinaryTally> u = DelightUplift.binary(Scale.CSAT);
    UpliftResult empty = u.newTally().result();
    assertThat(empty.n()).isZero();
    assertThat(empty.absoluteUplift()).isEmpty();
    assertThat(empty.interval(0.95)).isEmpty();
    assertThat(empty.projectedOutcome(0.5)).isEmpty();
    assertThat(empty.standardError()).isEmpty();
    assertThat(empty.z()).isEmpty();
    assertThat(empty.pValue()).isEmpty();
    assertThat(empty)
        .hasToString(
            "UpliftResult[binary outcome in %, n=0, delighted − satisfied: - percentage points,"
                + " SE -, unpooled z -, p -]");
    DelightUplift.BinaryTally t = u.newTally();
    assertThatThrownBy(() -> t.addAll(new int[] {5, 6}, new boolean[] {true, false}))
        .hasMessageContaining("record 1")
        .hasMessageContaining("1..5");
    assertThat(t.result().n()).isZero();
    assertThatThrownBy(() -> DelightUplift.binary(Scale.higherIsBetter(1, 5, 2, 2, 2)))
        .hasMessageContaining("merely satisfied");
    assertThatThrownBy(() -> DelightUplift.numeric(Scale.CSAT).newTally().add(5, Double.NaN))
        .hasMessageContaining("finite");
  }

  static LongStream seeds8() {
    return Seeds.seeds(8);
  }

  /**
   * Adds one random customer of the tally's kind to both tallies; an {@code extreme} customer gives
   * the same outcome as every other extreme one (a yes, a promoter's 10, the value 250).
   */
  private interface Draw<T> {
    void add(SplittableRandom rnd, int satisfaction, boolean extreme, T whole, T part);
  }

  /** What a sample looks like: random, empty, or one satisfaction only with one outcome only. */
  enum Shape {
    RANDOM,
    EMPTY,
    ONE_GROUP_ONE_OUTCOME
  }

  private static <O, T extends DelightUplift.Tally<O, T>> void mergeAnySplit(
      DelightUplift<O, T> u, Draw<T> draw, long seed, Shape shape) {
    String why = Seeds.describe(seed) + ", " + shape + ", " + u.outcome();
    SplittableRandom rnd = new SplittableRandom(seed);
    T whole = u.newTally();
    List<T> parts = List.of(u.newTally(), u.newTally(), u.newTally());
    int n = shape == Shape.EMPTY ? 0 : rnd.nextInt(1, 300);
    for (int i = 0; i < n; i++) {
      boolean one = shape == Shape.ONE_GROUP_ONE_OUTCOME;
      draw.add(rnd, one ? 5 : rnd.nextInt(1, 6), one, whole, parts.get(rnd.nextInt(3)));
    }
    byte[] before = parts.get(1).toBytes();
    T merged = u.newTally().merge(parts.get(2)).merge(parts.get(0)).merge(parts.get(1));
    assertThat(parts.get(1).toBytes()).isEqualTo(before);
    UpliftResult a = whole.result();
    UpliftResult b = merged.result();
    assertThat(b.n()).as(why).isEqualTo(a.n()).isEqualTo(n);
    for (int g = 0; g < 3; g++) {
      assertThat(b.groups().get(g).n()).isEqualTo(a.groups().get(g).n());
      if (a.groups().get(g).outcome().isPresent()) {
        assertThat(b.groups().get(g).outcome().orElseThrow())
            .as(why)
            .isCloseTo(a.groups().get(g).outcome().orElseThrow(), within(1e-9));
      }
    }
    if (u.outcome() != DelightUplift.Outcome.NUMERIC) {
      assertThat(b).as(why).isEqualTo(a);
    } else {
      // Sums of squares and so variances and the interval agree to rounding: a merge that drops
      // Chan et al.'s cross term d^2 * na * nb / n gives smaller ones whenever the parts' means
      // differ.
      for (int g = 0; g < 3; g++) {
        UpliftResult.GroupStatistics.Numeric x =
            (UpliftResult.GroupStatistics.Numeric) a.statistics().get(g);
        UpliftResult.GroupStatistics.Numeric y =
            (UpliftResult.GroupStatistics.Numeric) b.statistics().get(g);
        assertThat(y.sumOfSquares())
            .as("%s: group %s's sum of squares", why, g)
            .isCloseTo(x.sumOfSquares(), within(1e-9 * Math.max(1, x.sumOfSquares())));
      }
      assertThat(b.interval(0.95).isPresent()).as(why).isEqualTo(a.interval(0.95).isPresent());
      if (a.interval(0.95).isPresent()) {
        Interval x = a.interval(0.95).orElseThrow();
        Interval y = b.interval(0.95).orElseThrow();
        assertThat(y.lower()).as(why).isCloseTo(x.lower(), within(1e-9));
        assertThat(y.upper()).as(why).isCloseTo(x.upper(), within(1e-9));
      }
    }
    if (shape == Shape.ONE_GROUP_ONE_OUTCOME) {
      assertThat(b.groups().get(0).n()).as("all delighted").isEqualTo(n);
      assertThat(b.absoluteUplift()).as("%s: no satisfied group to compare with", why).isEmpty();
    }
    assertThat(u.decode(merged.toBytes()).result()).isEqualTo(b);
    byte[] bytes = merged.toBytes();
    bytes[rnd.nextInt(bytes.length)] ^= 0x10;
    assertThatThrownBy(() -> u.decode(bytes))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("cannot decode a '" + u.id() + "' tally");
  }

  static java.util.stream.Stream<org.junit.jupiter.params.provider.Arguments> seedsAndShapes() {
    return java.util.stream.Stream.concat(
        seeds8().mapToObj(s -> org.junit.jupiter.params.provider.Arguments.of(s, Shape.RANDOM)),
        java.util.stream.Stream.of(Shape.EMPTY, Shape.ONE_GROUP_ONE_OUTCOME)
            .flatMap(
                shape ->
                    Seeds.seeds(2)
                        .mapToObj(s -> org.junit.jupiter.params.provider.Arguments.of(s, shape))));
  }

  @ParameterizedTest(name = "seed {0}, {1}")
  @MethodSource("seedsAndShapes")
  void mergeAnySplitAndBytesRoundTrip(long seed, Shape shape) {
    mergeAnySplit(
        DelightUplift.binary(Scale.CSAT),
        (rnd, sat, extreme, whole, part) -> {
          boolean yes = extreme || rnd.nextBoolean();
          whole.add(sat, yes);
          part.add(sat, yes);
        },
        seed,
        shape);
    mergeAnySplit(
        DelightUplift.nps(Scale.CSAT),
        (rnd, sat, extreme, whole, part) -> {
          int score = extreme ? 10 : rnd.nextInt(0, 11);
          whole.add(sat, score);
          part.add(sat, score);
        },
        seed,
        shape);
    mergeAnySplit(
        DelightUplift.numeric(Scale.CSAT),
        (rnd, sat, extreme, whole, part) -> {
          double v = extreme ? 250 : rnd.nextDouble(0, 500);
          whole.add(sat, v);
          part.add(sat, v);
        },
        seed,
        shape);
  }

  /**
   * Two halves with different means, merged: the delighted group's sum of squared deviations is the
   * one of all six values, computed here by the two-pass textbook formula (mean first, then squared
   * deviations), and Welch's interval is then scipy's of the whole sample (reference_values.py).
   */
  @Test
  void aNumericMergeKeepsTheSpreadBetweenItsParts() {
    double[] delighted = {120.0, 80.5, 99.0, 150.25, 101.0, 95.5};
    double[] satisfied = {70.0, 88.0, 64.5, 90.0, 75.25};
    DelightUplift<Double, DelightUplift.NumericTally> u = DelightUplift.numeric(Scale.CSAT);
    DelightUplift.NumericTally low = u.newTally();
    DelightUplift.NumericTally high = u.newTally();
    for (int i = 0; i < delighted.length; i++) {
      (delighted[i] < 100 ? low : high).add(5, delighted[i]);
    }
    for (int i = 0; i < satisfied.length; i++) {
      (i < 2 ? low : high).add(4, satisfied[i]);
    }
    UpliftResult r = low.merge(high).result();
    double mean = java.util.Arrays.stream(delighted).average().orElseThrow();
    double ss = java.util.Arrays.stream(delighted).map(x -> (x - mean) * (x - mean)).sum();
    UpliftResult.GroupStatistics.Numeric g =
        (UpliftResult.GroupStatistics.Numeric) r.statistics().get(0);
    assertThat(g.n()).isEqualTo(6);
    assertThat(g.mean()).isCloseTo(mean, within(1e-12));
    assertThat(g.sumOfSquares()).isCloseTo(ss, within(1e-9));
    Interval i = r.interval(0.95).orElseThrow();
    assertThat(i.lower()).isCloseTo(4.024826837706367, within(1e-6));
    assertThat(i.upper()).isCloseTo(56.29183982896029, within(1e-6));
  }

  @Test
  void numericMeansUseCompensatedSums() {
    DelightUplift.NumericTally t = DelightUplift.numeric(Scale.CSAT).newTally();
    // a naive running sum loses every 1.0 next to 1e16; Welford's running mean drifts as well
    t.add(5, 1e16);
    for (int i = 0; i < 10; i++) {
      t.add(5, 1.0);
    }
    t.add(5, -1e16);
    UpliftResult.GroupStatistics.Numeric g =
        (UpliftResult.GroupStatistics.Numeric) t.result().statistics().get(0);
    assertThat(g.n()).isEqualTo(12);
    assertThat(g.mean()).isEqualTo(10.0 / 12);
  }

  @Test
  void numericMergeIsCommutativeBitForBit() {
    SplittableRandom rnd = new SplittableRandom(Seeds.DEFAULT_BASE);
    DelightUplift<Double, DelightUplift.NumericTally> u = DelightUplift.numeric(Scale.CSAT);
    DelightUplift.NumericTally a = u.newTally();
    DelightUplift.NumericTally b = u.newTally();
    for (int i = 0; i < 200; i++) {
      (i % 3 == 0 ? a : b).add(rnd.nextInt(1, 6), rnd.nextDouble(-1e6, 1e6));
    }
    assertThat(a.copy().merge(b).toBytes()).isEqualTo(b.copy().merge(a).toBytes());
  }

  @Test
  void overflowFailsLoudlyAndLeavesTheTallyAlone() {
    DelightUplift<Double, DelightUplift.NumericTally> u = DelightUplift.numeric(Scale.CSAT);
    DelightUplift.NumericTally t = u.newTally();
    t.add(5, Double.MAX_VALUE);
    byte[] before = t.toBytes();
    assertThatThrownBy(() -> t.add(5, Double.MAX_VALUE))
        .isInstanceOf(ArithmeticException.class)
        .hasMessageContaining("delighted");
    assertThatThrownBy(() -> t.merge(t.copy())).isInstanceOf(ArithmeticException.class);
    assertThat(t.toBytes()).isEqualTo(before);

    DelightUplift<Boolean, DelightUplift.BinaryTally> b = DelightUplift.binary(Scale.CSAT);
    byte[] full =
        org.cxkit.metrics.internal.Frame.writer(b.id(), 2)
            .putScale(Scale.CSAT)
            .putInt(1)
            .putInt(5)
            .putLong(Long.MAX_VALUE)
            .putLong(7)
            .putLong(0)
            .putLong(0)
            .putLong(0)
            .putLong(0)
            .finish();
    DelightUplift.BinaryTally huge = b.decode(full);
    assertThatThrownBy(() -> huge.add(4, true)).isInstanceOf(ArithmeticException.class);
    assertThatThrownBy(() -> huge.addAll(new int[] {1}, new boolean[] {true}))
        .isInstanceOf(ArithmeticException.class);
    assertThat(huge.toBytes()).isEqualTo(full);
    assertThat(huge.result().n()).isEqualTo(Long.MAX_VALUE);
  }

  @Test
  @SuppressWarnings("NullAway") // passes null on purpose
  void customersRunThroughTheGenericPaths() {
    DelightUplift<Integer, DelightUplift.NpsTally> u = DelightUplift.nps(Scale.CSAT);
    List<DelightUplift.Customer<Integer>> customers =
        List.of(
            new DelightUplift.Customer<>(5, 10),
            new DelightUplift.Customer<>(5, 3),
            new DelightUplift.Customer<>(4, 8));
    UpliftResult viaStream = customers.parallelStream().collect(u.collector());
    DelightUplift.NpsTally t = u.newTally();
    t.add(5, 10);
    t.add(5, 3);
    t.add(4, 8);
    assertThat(viaStream).isEqualTo(t.result());
    assertThat(u.newState().addAll(customers).result()).isEqualTo(t.result());
    assertThat(u.id()).isEqualTo("delight-uplift.nps");
    assertThatThrownBy(() -> new DelightUplift.Customer<Integer>(5, null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("outcome");
    assertThatThrownBy(() -> DelightUplift.binary(Scale.CSAT).decode(t.toBytes()))
        .hasMessageContaining("the bytes hold another kind of tally")
        .hasMessageNotContaining("delight-uplift.nps");
  }
}
