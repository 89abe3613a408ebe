package org.cxkit.metrics.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.within;
import static org.assertj.core.api.Assertions.withinPercentage;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.cxkit.core.CxModel;
import org.cxkit.core.OperationalMeasure;
import org.cxkit.core.TouchpointId;
import org.cxkit.core.journey.Journey;
import org.cxkit.core.testing.ReferenceModels;
import org.cxkit.core.testing.Seeds;
import org.cxkit.metrics.BadInputException;
import org.cxkit.metrics.Interval;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The operational figures against values worked out by hand and with published tables, on
 * Shostack's (1984) shoeshine, whose whole shine has the standard of two minutes (a mean of 120 s)
 * tolerated up to five (300 s).
 */
class OperationalFiguresTest {
  private static final CxModel MODEL = ReferenceModels.shoeshine();
  private static final Journey SHINE = MODEL.journey("corner-shoeshine").orElseThrow();
  private static final OperationalMeasure TIME = MODEL.operationalMeasures().get(0);
  private static final TouchpointId SHOESHINE = TouchpointId.of("shoeshine");

  /** Ten shines timed in seconds, sorted: a sample of our own. */
  private static final double[] TEN = {95, 110, 118, 124, 131, 140, 152, 167, 185, 240};

  private static OperationalResult.Row shine(OperationalFigures figures, double... seconds) {
    OperationalFigures.State s = figures.newState();
    for (double x : seconds) {
      s.add(SHOESHINE, x);
    }
    return s.result().row(SHOESHINE).orElseThrow();
  }

  @Test
  void tenShinesMatchTheHandWorkedFigures() {
    OperationalResult.Row r = shine(OperationalFigures.of(SHINE, TIME), TEN);
    assertThat(r.n()).isEqualTo(10);
    // mean 1462 / 10; s² = Σ(x − 146.2)² / 9 = 16259.6 / 9, s = 42.50438
    assertThat(r.mean().getAsDouble()).isCloseTo(146.2, within(1e-9));
    assertThat(r.standardDeviation().getAsDouble()).isCloseTo(42.504379, within(1e-6));
    // t(0.975, 9) = 2.262157 (NIST/SEMATECH e-Handbook of Statistical Methods, table 1.3.6.7.2):
    // 146.2 ± 2.262157 · 42.504379 / √10 = 146.2 ± 30.4058
    Interval t = r.meanInterval().orElseThrow();
    assertThat(t.lower()).isCloseTo(115.7942, within(1e-4));
    assertThat(t.upper()).isCloseTo(176.6058, within(1e-4));
    assertThat(t.method()).isEqualTo("t");
    // R: quantile(x, c(0.5, 0.9), type = 1) gives 131 and 185 (ranks ceil(5) and ceil(9)); the
    // sketch is within 1 %
    assertThat(r.median().getAsDouble()).isCloseTo(131, withinPercentage(1));
    assertThat(r.p90().getAsDouble()).isCloseTo(185, withinPercentage(1));
    // the median's 95 % interval from order statistics: P(B ≤ 1) = 11/1024 < 0.025 ≤ P(B ≤ 2) =
    // 56/1024 and P(B ≤ 7) = 968/1024 < 0.975 ≤ P(B ≤ 8) = 1013/1024 for B ~ Bin(10, 1/2), so
    // [X(2), X(9)] = [110, 185], coverage 1002/1024 (the method of Conover 1999, Practical
    // Nonparametric Statistics, §3.2; R's qbinom(c(0.025, 0.975), 10, 0.5) gives 2 and 8)
    Interval m = r.medianInterval().orElseThrow();
    assertThat(m.lower()).isCloseTo(110, withinPercentage(1));
    assertThat(m.upper()).isCloseTo(185, withinPercentage(1));
    assertThat(m.method()).isEqualTo(OperationalResult.ORDER_STATISTICS);
    // the 90th percentile needs qbinom(0.975, 10, 0.9) + 1 = 11 > 10: no interval from ten values
    assertThat(r.p90Interval()).isEmpty();
  }

  @Test
  void theMedianIntervalStartsAtSixValuesAndTheP90AtThirtySix() {
    // Bin(5, 1/2): P(B ≤ 0) = 1/32 > 0.025, so l = 0 and no interval; Bin(6, 1/2): 1/64 < 0.025
    assertThat(shine(OperationalFigures.of(SHINE, TIME), 1, 2, 3, 4, 5).medianInterval()).isEmpty();
    assertThat(shine(OperationalFigures.of(SHINE, TIME), 1, 2, 3, 4, 5, 6).medianInterval())
        .isPresent();
    // Bin(n, 0.9): the upper rank qbinom(0.975, n, 0.9) + 1 stays within n only when P(B ≤ n − 1)
    // = 1 − 0.9^n ≥ 0.975, that is 0.9^n ≤ 0.025: 0.9^35 = 0.02503, 0.9^36 = 0.02253
    double[] v35 = new double[35];
    double[] v36 = new double[36];
    Arrays.setAll(v35, i -> i + 1);
    Arrays.setAll(v36, i -> i + 1);
    assertThat(shine(OperationalFigures.of(SHINE, TIME), v35).p90Interval()).isEmpty();
    // l = qbinom(0.025, 36, 0.9) = 29 (P(B ≤ 28) = 0.0235, P(B ≤ 29) = 0.0628): [X(29), X(36)]
    Interval p90 = shine(OperationalFigures.of(SHINE, TIME), v36).p90Interval().orElseThrow();
    assertThat(p90.lower()).isCloseTo(29, withinPercentage(1));
    assertThat(p90.upper()).isCloseTo(36, withinPercentage(1));
  }

  @Test
  void targetsAreJudgedOnlyFromTheMinimumN() {
    OperationalResult.Row few = shine(OperationalFigures.of(SHINE, TIME), TEN);
    assertThat(few.judged())
        .singleElement()
        .satisfies(
            j -> {
              assertThat(j.status()).isEqualTo(TargetStatus.TOO_FEW);
              assertThat(j.figure().getAsDouble()).isCloseTo(146.2, within(1e-9));
            });
    OperationalFigures ten = OperationalFigures.of(SHINE, TIME).withMinimumN(10);
    // 146.2 s misses the two-minute standard but is within the five-minute tolerance
    assertThat(shine(ten, TEN).judged().get(0).status()).isEqualTo(TargetStatus.WITHIN_TOLERANCE);
    double[] quick = Arrays.stream(TEN).map(x -> x * 0.8).toArray(); // mean 116.96
    assertThat(shine(ten, quick).judged().get(0).status()).isEqualTo(TargetStatus.MET);
    double[] slow = Arrays.stream(TEN).map(x -> x * 2.1).toArray(); // mean 307.02
    assertThat(shine(ten, slow).judged().get(0).status()).isEqualTo(TargetStatus.MISSED);
  }

  @Test
  void aTouchpointWithATargetButNoValuesIsVisiblyShortOfData() {
    OperationalResult r = OperationalFigures.of(SHINE, TIME).newState().result();
    OperationalResult.Row row = r.row("shoeshine").orElseThrow();
    assertThat(row.n()).isZero();
    assertThat(row.mean()).isEmpty();
    assertThat(row.median()).isEmpty();
    assertThat(row.judged().get(0).status()).isEqualTo(TargetStatus.NOT_ENOUGH_DATA);
  }

  @Test
  void aTouchpointWithoutTargetsOrValuesHasNoRow() {
    OperationalMeasure rate =
        OperationalMeasure.of(
            "fix-rate", "Fixed", OperationalMeasure.Kind.RATE, OperationalMeasure.Unit.PERCENT);
    assertThat(OperationalFigures.of(SHINE, rate).newState().result().rows()).isEmpty();
  }

  @Test
  void summariesAreOneLine() {
    OperationalResult r =
        OperationalFigures.of(SHINE, TIME)
            .withMinimumN(10)
            .newState()
            .addAll(
                Arrays.stream(TEN)
                    .mapToObj(x -> new OperationalFigures.Value(SHOESHINE, x))
                    .toList())
            .result();
    assertThat(r.toString()).isEqualTo("OperationalResult[execution-time in s, 1 row, min n 10]");
    assertThat(r.rows().get(0).toString())
        .startsWith("shoeshine n 10 mean 146.2 median ")
        .endsWith(", mean 146.2 against 120.0 tolerating 300.0: WITHIN_TOLERANCE")
        .doesNotContain("\n");
  }

  static double[] bad() {
    return new double[] {
      -0.5, Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, 2e12
    };
  }

  @ParameterizedTest
  @MethodSource("bad")
  void badValuesAreBadInputWithoutTheValue(double x) {
    OperationalFigures.State s = OperationalFigures.of(SHINE, TIME).newState();
    BadInputException e = catchThrowableOfType(BadInputException.class, () -> s.add(SHOESHINE, x));
    assertThat(e).isNotNull();
    assertThat(e.getMessage())
        .contains("execution-time")
        .doesNotContain(String.valueOf(x))
        .doesNotContain("0.5")
        .doesNotContain("2.0E12");
    assertThat(s.result().row(SHOESHINE).orElseThrow().n()).isZero();
  }

  @Test
  void aPercentOver100AndAnUnknownTouchpointAreBadInput() {
    OperationalMeasure rate =
        OperationalMeasure.of(
            "fix-rate", "Fixed", OperationalMeasure.Kind.RATE, OperationalMeasure.Unit.PERCENT);
    OperationalFigures.State s = OperationalFigures.of(SHINE, rate).newState();
    s.add(SHOESHINE, 100);
    assertThatThrownBy(() -> s.add(SHOESHINE, 100.5))
        .isInstanceOf(BadInputException.class)
        .hasMessageContaining("over 100 percent")
        .hasMessageNotContaining("100.5");
    assertThatThrownBy(() -> s.add(TouchpointId.of("buff"), 5))
        .isInstanceOf(BadInputException.class)
        .hasMessageContaining("not in journey 'corner-shoeshine'");
  }

  @Test
  @SuppressWarnings("NullAway") // passes null on purpose
  void nullsNameTheParameter() {
    assertThatThrownBy(() -> OperationalFigures.of(null, TIME)).hasMessage("journey");
    assertThatThrownBy(() -> OperationalFigures.of(SHINE, null)).hasMessage("measure");
    assertThatThrownBy(() -> OperationalFigures.of(SHINE, TIME).newState().add(null, 1.0))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("touchpoint");
  }

  /**
   * Property: on seeded random samples (exponential, log-normal, with ties and zeros), the sketch's
   * median and 90th percentile are within 1 % of the exact nearest-rank order statistics computed
   * by sorting, and the mean and standard deviation match a two-pass computation.
   */
  @Test
  void quantilesStayWithinOnePercentOfTheSortedSample() {
    Seeds.some()
        .forEach(
            seed -> {
              SplittableRandom r = new SplittableRandom(seed);
              int n = 1 + r.nextInt(2000);
              double[] x = new double[n];
              for (int i = 0; i < n; i++) {
                x[i] =
                    switch (r.nextInt(4)) {
                      case 0 -> 0;
                      case 1 -> Math.floor(r.nextDouble() * 10);
                      case 2 -> Math.exp(4 + 2 * r.nextGaussian());
                      default -> -60 * Math.log(1 - r.nextDouble());
                    };
              }
              OperationalResult.Row row = shine(OperationalFigures.of(SHINE, TIME), x);
              double[] sorted = x.clone();
              Arrays.sort(sorted);
              String why = Seeds.describe(seed) + ", n " + n;
              double median = sorted[(int) Math.ceil(0.5 * n) - 1];
              double p90 = sorted[(int) Math.ceil(0.9 * n) - 1];
              assertThat(row.median().getAsDouble())
                  .as(why)
                  .isCloseTo(median, within(0.01 * median + 1e-6));
              assertThat(row.p90().getAsDouble()).as(why).isCloseTo(p90, within(0.01 * p90 + 1e-6));
              double mean = Arrays.stream(x).sum() / n;
              assertThat(row.mean().getAsDouble())
                  .as(why)
                  .isCloseTo(mean, within(1e-9 * (1 + mean)));
              if (n > 1) {
                double ss = Arrays.stream(x).map(v -> (v - mean) * (v - mean)).sum();
                double sd = Math.sqrt(ss / (n - 1));
                assertThat(row.standardDeviation().getAsDouble())
                    .as(why)
                    .isCloseTo(sd, within(1e-9 * (1 + sd)));
              }
            });
  }
}
