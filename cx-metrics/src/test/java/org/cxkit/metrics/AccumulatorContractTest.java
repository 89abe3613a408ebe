package org.cxkit.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.CollectorTester;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.cxkit.core.Measure;
import org.cxkit.core.Scale;
import org.cxkit.core.testing.Seeds;
import org.cxkit.metrics.internal.Frame;
import org.cxkit.metrics.spi.Accumulator;
import org.cxkit.metrics.spi.GroupedAccumulator;
import org.cxkit.metrics.spi.Metric;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The {@link Accumulator} contract, checked on seeded random data for every built-in calculator.
 */
class AccumulatorContractTest {
  static final Measure WIDE =
      Measure.of("slider", "Slider", Scale.higherIsBetter(0, 1000, 100, 300, 300));
  static final Measure CENTRED =
      Measure.of("delta", "Change", Scale.higherIsBetter(-3, 3, 1, 3, 3));
  static final Measure LOWER = Measure.of("effort", "Effort", Scale.lowerIsBetter(1, 5, 1, 2, 2));

  static Stream<Arguments> cases() {
    List<Arguments> out = new ArrayList<>();
    List<Metric<?>> metrics =
        List.of(
            Nps.metric(),
            ScaleMetrics.csat(),
            ScaleMetrics.ces(),
            ScaleMetrics.mean(WIDE),
            ScaleMetrics.mean(CENTRED),
            ScaleMetrics.mean(LOWER),
            Metric.ofHistogram("fcr", MetricsTest.FCR, FcrProvider.FcrResult::new));
    for (Metric<?> m : metrics) {
      Seeds.seeds(6).forEach(seed -> out.add(Arguments.of(m, seed, Shape.RANDOM)));
      for (Shape edge :
          List.of(Shape.EMPTY, Shape.ONE_POINT, Shape.ALL_HIGHEST, Shape.ALL_LOWEST)) {
        Seeds.seeds(1).forEach(seed -> out.add(Arguments.of(m, seed, edge)));
      }
    }
    return out.stream();
  }

  /**
   * What a drawn sample looks like: random, or one of the edges random draws almost never reach
   * (empty, one point of the scale only, all at the top such as all promoters, all at the bottom).
   */
  enum Shape {
    RANDOM,
    EMPTY,
    ONE_POINT,
    ALL_HIGHEST,
    ALL_LOWEST
  }

  static int[] scores(Scale s, Shape shape, SplittableRandom rnd, int n) {
    int size = shape == Shape.EMPTY ? 0 : shape == Shape.RANDOM ? n : Math.max(1, n);
    int point = rnd.nextInt(s.min(), s.max() + 1);
    int[] x = new int[size];
    for (int i = 0; i < size; i++) {
      x[i] =
          switch (shape) {
            case ONE_POINT -> point;
            case ALL_HIGHEST -> s.max();
            case ALL_LOWEST -> s.min();
            default -> rnd.nextInt(s.min(), s.max() + 1);
          };
    }
    return x;
  }

  @ParameterizedTest(name = "{0} seed={1} {2}")
  @MethodSource("cases")
  <R extends MetricResult> void anySplitAndOrderGivesTheSameResult(
      Metric<R> m, long seed, Shape shape) {
    SplittableRandom rnd = new SplittableRandom(seed);
    int[] data = scores(m.scale(), shape, rnd, rnd.nextInt(0, 400));
    R whole = m.compute(data);
    List<Integer> shuffled = new ArrayList<>();
    for (int x : data) {
      shuffled.add(x);
    }
    Collections.shuffle(shuffled, new java.util.Random(seed));
    int parts = 1 + rnd.nextInt(6);
    List<Accumulator<R>> accs = new ArrayList<>();
    for (int p = 0; p < parts; p++) {
      accs.add(m.newAccumulator());
    }
    for (int x : shuffled) {
      accs.get(rnd.nextInt(parts)).add(x);
    }
    Collections.shuffle(accs, new java.util.Random(seed + 1));
    Accumulator<R> merged = m.newAccumulator();
    for (Accumulator<R> a : accs) {
      byte[] before = a.toBytes();
      merged.merge(a);
      assertThat(a.toBytes())
          .as("merge must not change its argument, %s", Seeds.describe(seed))
          .isEqualTo(before);
    }
    assertThat(merged.result()).as(Seeds.describe(seed)).isEqualTo(whole);
    assertThat(merged.count()).isEqualTo(data.length);
    assertThat(merged.toBytes())
        .as(Seeds.describe(seed))
        .isEqualTo(m.newAccumulator().merge(m.decode(wholeBytes(m, data))).toBytes());

    // associativity and identity
    if (parts >= 3) {
      Accumulator<R> left = accs.get(0).copy().merge(accs.get(1)).merge(accs.get(2));
      Accumulator<R> right = accs.get(0).copy().merge(accs.get(1).copy().merge(accs.get(2)));
      assertThat(left.toBytes()).as(Seeds.describe(seed)).isEqualTo(right.toBytes());
    }
    Accumulator<R> id = m.newAccumulator().merge(accs.get(0));
    assertThat(id.toBytes()).isEqualTo(accs.get(0).copy().merge(m.newAccumulator()).toBytes());
  }

  private static byte[] wholeBytes(Metric<?> m, int[] data) {
    Accumulator<?> a = m.newAccumulator();
    a.addAll(data);
    return a.toBytes();
  }

  @ParameterizedTest(name = "{0} seed={1} {2}")
  @MethodSource("cases")
  <R extends MetricResult> void primitiveAndObjectPathsAgree(Metric<R> m, long seed, Shape shape) {
    SplittableRandom rnd = new SplittableRandom(seed);
    int[] data = scores(m.scale(), shape, rnd, rnd.nextInt(0, 300));
    R viaInts = m.compute(data);
    assertThat(m.compute(IntStream.of(data))).isEqualTo(viaInts);
    assertThat(IntStream.of(data).boxed().parallel().collect(m.collector())).isEqualTo(viaInts);
    List<Response> responses = new ArrayList<>();
    for (int i = 0; i < data.length; i++) {
      responses.add(
          new Response(
              "r" + i,
              java.util.Optional.empty(),
              m.measure().id(),
              data[i],
              java.util.Optional.empty(),
              com.google.common.collect.ImmutableSortedMap.of()));
    }
    assertThat(m.compute(responses)).isEqualTo(viaInts);
    assertThat(responses.parallelStream().collect(m.responseCollector())).isEqualTo(viaInts);
    if (m.scale().min() >= Byte.MIN_VALUE && m.scale().max() <= Byte.MAX_VALUE) {
      byte[] bytes = new byte[data.length];
      for (int i = 0; i < data.length; i++) {
        bytes[i] = (byte) data[i];
      }
      assertThat(m.compute(bytes)).as(Seeds.describe(seed)).isEqualTo(viaInts);
      GroupedAccumulator<R> g = m.newGroupedAccumulator(3);
      int[] groups = new int[data.length];
      for (int i = 0; i < groups.length; i++) {
        groups[i] = rnd.nextInt(3);
      }
      g.addAll(groups, bytes);
      Accumulator<R> all = m.newAccumulator();
      for (int k = 0; k < 3; k++) {
        all.merge(g.accumulator(k));
      }
      assertThat(all.result()).isEqualTo(viaInts);
    }
    // NPS stays within -100..100 and Wald and score intervals hold the estimate
    if (viaInts instanceof NpsResult && viaInts.n() > 0) {
      NpsResult r = (NpsResult) viaInts;
      double score = r.score().orElseThrow();
      assertThat(score).isBetween(-100.0, 100.0);
      for (NpsIntervalMethod method : NpsIntervalMethod.values()) {
        Interval i = r.interval(method, 0.9).orElseThrow();
        assertThat(i.lower()).isGreaterThanOrEqualTo(-100);
        assertThat(i.upper()).isLessThanOrEqualTo(100);
        if (method != NpsIntervalMethod.ADJUSTED_WALD) {
          assertThat(i.contains(score)).as("%s %s %s", method, i, Seeds.describe(seed)).isTrue();
        }
      }
    }
  }

  @ParameterizedTest(name = "{0} seed={1} {2}")
  @MethodSource("cases")
  <R extends MetricResult> void bytesRoundTripAndCorruptionIsDetected(
      Metric<R> m, long seed, Shape shape) {
    SplittableRandom rnd = new SplittableRandom(seed);
    Accumulator<R> a = m.newAccumulator();
    a.addAll(scores(m.scale(), shape, rnd, rnd.nextInt(0, 200)));
    byte[] bytes = a.toBytes();
    Accumulator<R> back = m.decode(bytes);
    assertThat(back.toBytes()).isEqualTo(bytes);
    assertThat(back.result()).isEqualTo(a.result());
    assertThat(back.count()).isEqualTo(a.count());

    byte[] flipped = bytes.clone();
    int at = rnd.nextInt(flipped.length);
    flipped[at] ^= (byte) (1 + rnd.nextInt(255));
    assertThatThrownBy(() -> m.decode(flipped))
        .as("flip at %s, %s", at, Seeds.describe(seed))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("cannot decode a '" + m.id() + "' accumulator");
    byte[] cut = Arrays.copyOf(bytes, rnd.nextInt(bytes.length));
    assertThatThrownBy(() -> m.decode(cut)).isInstanceOf(IllegalArgumentException.class);
  }

  @ParameterizedTest(name = "{0} seed={1} {2}")
  @MethodSource("cases")
  void collectorTesterMergeLaws(Metric<?> m, long seed, Shape shape) {
    checkCollector(m, seed, shape);
  }

  private static <R extends MetricResult> void checkCollector(Metric<R> m, long seed, Shape shape) {
    SplittableRandom rnd = new SplittableRandom(seed);
    int[] data = scores(m.scale(), shape, rnd, rnd.nextInt(0, 12));
    Integer[] boxed = IntStream.of(data).boxed().toArray(Integer[]::new);
    CollectorTester.of(m.collector()).expectCollects(m.compute(data), boxed);
  }

  @org.junit.jupiter.api.Test
  void otherMetricsAndVersionsAreRejected() {
    byte[] nps = Nps.metric().newAccumulator().toBytes();
    assertThatThrownBy(() -> ScaleMetrics.csat().decode(nps))
        .hasMessageContaining("the bytes hold another kind of accumulator")
        .hasMessageNotContaining("'nps'");
    byte[] v2 = nps.clone();
    v2[3] = 2;
    assertThatThrownBy(() -> Nps.metric().decode(v2)).hasMessageContaining("format version 2");
    Frame.Writer nextVersion = Frame.writer("nps", 2).putScale(Scale.NPS);
    for (int i = 0; i < 11; i++) {
      nextVersion.putLong(0);
    }
    assertThatThrownBy(() -> Nps.metric().decode(nextVersion.finish()))
        .hasMessageContaining("'nps' format version 2 is not supported (expected 1)");
    assertThatThrownBy(() -> Nps.metric().decode(new byte[] {1, 2}))
        .hasMessageContaining("too short");
    Accumulator<NpsResult> a = Nps.metric().newAccumulator();
    assertThatThrownBy(() -> a.merge(castAway(ScaleMetrics.csat().newAccumulator())))
        .hasMessageContaining("cannot merge");
  }

  @SuppressWarnings("unchecked")
  private static Accumulator<NpsResult> castAway(Accumulator<?> a) {
    return (Accumulator<NpsResult>) a;
  }

  @org.junit.jupiter.api.Test
  void countsOverflowLoudly() {
    // a hand-built version-1 encoding with Long.MAX_VALUE promoters at point 10
    Frame.Writer w = Frame.writer("nps", 1).putScale(Scale.NPS);
    for (int i = 0; i < 11; i++) {
      w.putLong(i == 10 ? Long.MAX_VALUE : 0);
    }
    byte[] bytes = w.finish();
    Accumulator<NpsResult> huge = Nps.metric().decode(bytes);
    assertThat(huge.count()).isEqualTo(Long.MAX_VALUE);
    assertThat(huge.result().score()).hasValue(100.0);
    assertThatThrownBy(() -> huge.add(10)).isInstanceOf(ArithmeticException.class);
    assertThatThrownBy(() -> huge.merge(Nps.metric().decode(bytes)))
        .isInstanceOf(ArithmeticException.class);
    assertThat(huge.count())
        .as("a failed merge leaves the state unchanged")
        .isEqualTo(Long.MAX_VALUE);
  }
}
