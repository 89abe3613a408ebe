package org.cxkit.metrics.tck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.CollectorTester;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.SplittableRandom;
import java.util.function.IntPredicate;
import java.util.stream.IntStream;
import org.cxkit.core.Scale;
import org.cxkit.core.testing.Seeds;
import org.cxkit.metrics.BadColumnValueException;
import org.cxkit.metrics.BadInputException;
import org.cxkit.metrics.MetricResult;
import org.cxkit.metrics.internal.Frame;
import org.cxkit.metrics.internal.HistogramMetric;
import org.cxkit.metrics.spi.Accumulator;
import org.cxkit.metrics.spi.Analysis;
import org.cxkit.metrics.spi.GroupedAccumulator;
import org.cxkit.metrics.spi.Metric;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The contract kit for a calculator ({@link Metric}): the {@link AnalysisContract} of its
 * accumulators, plus what a calculator adds (the primitive paths and the grouped accumulator agree
 * with the object path, an empty sample is a visible state, a score off the scale is an error
 * naming its index). A host checks its own calculator by extending this class and implementing
 * {@link #metric()}:
 *
 * <pre>{@code
 * class FcrContractTest extends MetricContract<FcrResult> {
 *   protected Metric<FcrResult> metric() { return new FcrProvider().create(FCR); }
 * }
 * }</pre>
 *
 * <p>For a calculator built with {@link Metric#ofHistogram}, the kit makes the impossible states
 * itself (a negative count, counts whose total overflows, another scale); a calculator with a state
 * of its own overrides {@link #impossibleStates()}.
 *
 * @param <R> the result type
 */
public abstract class MetricContract<R extends MetricResult>
    extends AnalysisContract<Integer, R, Accumulator<R>> {
  /**
   * Returns the calculator under test.
   *
   * @return the calculator
   */
  protected abstract Metric<R> metric();

  @Override
  protected final Analysis<Integer, R, Accumulator<R>> analysis() {
    return metric();
  }

  private Scale scale() {
    return metric().scale();
  }

  @Override
  protected Integer observation(SplittableRandom random) {
    return random.nextInt(scale().min(), scale().max() + 1);
  }

  private List<Integer> all(IntPredicate box, int n) {
    List<Integer> points = new ArrayList<>();
    for (int p = scale().min(); p <= scale().max(); p++) {
      if (box.test(p)) {
        points.add(p);
      }
    }
    List<Integer> out = new ArrayList<>();
    for (int i = 0; i < n && !points.isEmpty(); i++) {
      out.add(points.get(i % points.size()));
    }
    return out;
  }

  /**
   * Returns all in the top box, all in the good box (all promoters, for NPS), all in the bottom box
   * (all detractors), the lowest point only and the highest point only.
   */
  @Override
  protected Map<String, List<Integer>> specialSamples() {
    Scale s = scale();
    Map<String, List<Integer>> m = new LinkedHashMap<>();
    m.put("all in the top box", all(s::isTop, 23));
    m.put("all in the good box (all promoters)", all(s::isGood, 31));
    m.put("all in the bottom box (all detractors)", all(s::isBottom, 19));
    m.put("the lowest point only", Collections.nCopies(9, s.min()));
    m.put("the highest point only", Collections.nCopies(9, s.max()));
    return m;
  }

  /**
   * Returns, for a histogram calculator, a negative count, counts whose total overflows a long, a
   * state on another scale and one with a count missing.
   */
  @Override
  protected Map<String, byte[]> impossibleStates() {
    if (!(metric() instanceof HistogramMetric)) {
      throw new UnsupportedOperationException(
          "override impossibleStates() for a calculator not built with Metric.ofHistogram");
    }
    Scale s = scale();
    Map<String, byte[]> m = new LinkedHashMap<>();
    long[] negative = new long[s.points()];
    negative[s.points() - 1] = -1;
    m.put("a negative count", histogram(s, negative));
    long[] overflow = new long[s.points()];
    overflow[0] = Long.MAX_VALUE;
    overflow[s.points() - 1] = 1;
    m.put("counts whose total overflows", histogram(s, overflow));
    Scale other = Scale.higherIsBetter(s.min(), s.min() + 1, 1, 1, 1);
    if (other.equals(s)) {
      other = Scale.higherIsBetter(s.min(), s.min() + 2, 1, 1, 1);
    }
    m.put("another scale", histogram(other, new long[other.points()]));
    Frame.Writer w = Frame.writer(metric().id(), 1).putScale(s);
    for (int i = 0; i < s.points() - 1; i++) {
      w.putLong(0);
    }
    m.put("a count missing", w.finish());
    return m;
  }

  private byte[] histogram(Scale s, long[] counts) {
    Frame.Writer w = Frame.writer(metric().id(), 1).putScale(s);
    for (long c : counts) {
      w.putLong(c);
    }
    return w.finish();
  }

  private int[] scores(SplittableRandom rnd, int n) {
    int[] x = new int[n];
    for (int i = 0; i < n; i++) {
      x[i] = observation(rnd);
    }
    return x;
  }

  /**
   * Any split of a score column, added one by one in any order, gives the result of the column.
   *
   * @param seed the seed
   */
  @ParameterizedTest(name = "seed {0}")
  @MethodSource("org.cxkit.core.testing.Seeds#few")
  void anySplitInAnyOrderGivesTheSameResult(long seed) {
    String why = Seeds.describe(seed);
    SplittableRandom rnd = new SplittableRandom(seed);
    Metric<R> m = metric();
    int[] data = scores(rnd, rnd.nextInt(0, 300));
    R whole = m.compute(data);
    List<Integer> shuffled = new ArrayList<>();
    for (int x : data) {
      shuffled.add(x);
    }
    Collections.shuffle(shuffled, new Random(seed));
    List<Accumulator<R>> parts = new ArrayList<>();
    int k = 1 + rnd.nextInt(5);
    for (int i = 0; i < k; i++) {
      parts.add(m.newAccumulator());
    }
    for (int x : shuffled) {
      parts.get(rnd.nextInt(k)).add(x);
    }
    Accumulator<R> merged = m.newAccumulator();
    for (Accumulator<R> p : parts) {
      byte[] before = p.toBytes();
      merged.merge(p);
      assertThat(p.toBytes()).as("merge changed its argument, %s", why).isEqualTo(before);
    }
    assertThat(merged.result()).as(why).isEqualTo(whole);
    assertThat(merged.count()).isEqualTo(data.length);
  }

  /**
   * The column, stream, collector and grouped paths agree.
   *
   * @param seed the seed
   */
  @ParameterizedTest(name = "seed {0}")
  @MethodSource("org.cxkit.core.testing.Seeds#few")
  void pathsAgreeAndTheCollectorKeepsTheMergeLaws(long seed) {
    String why = Seeds.describe(seed);
    SplittableRandom rnd = new SplittableRandom(seed);
    int[] data = scores(rnd, rnd.nextInt(0, 11));
    R r = metric().compute(data);
    assertThat(metric().compute(IntStream.of(data))).as(why).isEqualTo(r);
    CollectorTester.of(metric().collector())
        .expectCollects(r, IntStream.of(data).boxed().toArray(Integer[]::new));
    GroupedAccumulator<R> g = metric().newGroupedAccumulator(3);
    int[] groups = new int[data.length];
    for (int i = 0; i < groups.length; i++) {
      groups[i] = rnd.nextInt(3);
    }
    g.addAll(groups, data);
    Accumulator<R> all = metric().newAccumulator();
    for (int k = 0; k < 3; k++) {
      all.merge(g.accumulator(k));
    }
    assertThat(all.result()).as(why).isEqualTo(r);
    GroupedAccumulator<R> h = metric().newGroupedAccumulator(3);
    for (int k = 0; k < 3; k++) {
      h.merge(k, metric().decode(g.accumulator(k).toBytes()));
      assertThat(h.result(k)).as(why).isEqualTo(g.result(k));
    }
  }

  /**
   * A count added to a group gives what that many single scores give (in any order, counts of zero
   * included); a negative count, a group out of range and a score off the scale are refused and add
   * nothing.
   *
   * @param seed the seed
   */
  @ParameterizedTest(name = "seed {0}")
  @MethodSource("org.cxkit.core.testing.Seeds#few")
  void aCountAddsWhatThatManyScoresAdd(long seed) {
    String why = Seeds.describe(seed);
    SplittableRandom rnd = new SplittableRandom(seed);
    GroupedAccumulator<R> one = metric().newGroupedAccumulator(3);
    GroupedAccumulator<R> counted = metric().newGroupedAccumulator(3);
    for (int i = 0; i < 12; i++) {
      int g = rnd.nextInt(3);
      int s = scores(rnd, 1)[0];
      int c = rnd.nextInt(0, 6);
      for (int k = 0; k < c; k++) {
        one.add(g, s);
      }
      counted.addCount(g, s, c);
    }
    int valid = metric().scale().min();
    int off = metric().scale().max() + 1;
    assertThatThrownBy(() -> counted.addCount(0, valid, -1))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> counted.addCount(3, valid, 1))
        .isInstanceOf(IndexOutOfBoundsException.class);
    assertThatThrownBy(() -> counted.addCount(0, off, 2)).isInstanceOf(BadInputException.class);
    for (int k = 0; k < 3; k++) {
      assertThat(counted.result(k)).as(why).isEqualTo(one.result(k));
    }
  }

  /**
   * An empty sample is a visible state; a score off the scale is bad input naming its index and the
   * range, never the score.
   */
  @Test
  void emptyIsAVisibleStateAndOffScaleIsAnError() {
    R empty = metric().newAccumulator().result();
    assertThat(empty.n()).isZero();
    assertThat(empty.headline()).isEmpty();
    assertThat(empty.reason()).isPresent();
    int off = metric().scale().max() + 1;
    assertThatThrownBy(() -> metric().compute(new int[] {metric().scale().min(), off}))
        .isInstanceOf(BadColumnValueException.class)
        .hasMessageContaining("record 1, field 'scores'")
        .hasMessageContaining(metric().scale().min() + ".." + metric().scale().max())
        .hasMessageNotContaining(" " + off + " ")
        .satisfies(
            e ->
                assertThat(((BadColumnValueException) e).kind())
                    .isEqualTo(BadInputException.Kind.STRUCTURE));
    assertThatThrownBy(() -> metric().newAccumulator().add(off))
        .isInstanceOf(BadInputException.class)
        .hasMessageNotContaining(" " + off + " ");
  }
}
