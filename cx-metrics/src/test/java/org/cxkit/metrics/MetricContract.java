package org.cxkit.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.CollectorTester;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import org.cxkit.metrics.spi.Accumulator;
import org.cxkit.metrics.spi.Metric;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;
import org.junit.jupiter.api.Test;

/**
 * The calculator contract kit (in the style of Micrometer's TCK): a host checks its own {@link
 * Metric} by extending this class and implementing {@link #metric()}. Shipped in cx-metrics'
 * test-jar. Seeds come from {@code -Dcx.seed} when set and are printed on failure.
 *
 * <pre>{@code
 * class FcrContractTest extends MetricContract<FcrResult> {
 *   protected Metric<FcrResult> metric() { return new FcrProvider().create(FCR); }
 * }
 * }</pre>
 *
 * @param <R> the result type
 */
public abstract class MetricContract<R extends MetricResult> {
  /**
   * Returns the calculator under test.
   *
   * @return the calculator
   */
  protected abstract Metric<R> metric();

  private int[] scores(SplittableRandom rnd, int n) {
    int[] x = new int[n];
    for (int i = 0; i < n; i++) {
      x[i] = rnd.nextInt(metric().scale().min(), metric().scale().max() + 1);
    }
    return x;
  }

  @RepeatedTest(5)
  void anySplitInAnyOrderGivesTheSameResult(RepetitionInfo info) {
    long seed = Seeds.seed(0xC0FFEEL + info.getCurrentRepetition());
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
      assertThat(p.toBytes()).as("merge changed its argument, seed %s", seed).isEqualTo(before);
    }
    assertThat(merged.result()).as("seed %s", seed).isEqualTo(whole);
    assertThat(merged.count()).isEqualTo(data.length);
  }

  @RepeatedTest(5)
  void bytesRoundTripAndCorruptionIsAClearError(RepetitionInfo info) {
    long seed = Seeds.seed(0xB17E5L + info.getCurrentRepetition());
    SplittableRandom rnd = new SplittableRandom(seed);
    Accumulator<R> a = metric().newAccumulator();
    a.addAll(scores(rnd, rnd.nextInt(0, 200)));
    byte[] bytes = a.toBytes();
    assertThat(metric().decode(bytes).toBytes()).as("seed %s", seed).isEqualTo(bytes);
    assertThat(metric().decode(bytes).result()).isEqualTo(a.result());
    byte[] bad = bytes.clone();
    bad[rnd.nextInt(bad.length)] ^= (byte) (1 + rnd.nextInt(255));
    assertThatThrownBy(() -> metric().decode(bad))
        .as("seed %s", seed)
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void pathsAgreeAndTheCollectorKeepsTheMergeLaws() {
    SplittableRandom rnd = new SplittableRandom(Seeds.seed(0xA6EE));
    int[] data = scores(rnd, 10);
    R r = metric().compute(data);
    assertThat(metric().compute(IntStream.of(data))).isEqualTo(r);
    CollectorTester.of(metric().collector())
        .expectCollects(r, IntStream.of(data).boxed().toArray(Integer[]::new));
  }

  @Test
  void emptyIsAVisibleStateAndOffScaleIsAnError() {
    R empty = metric().newAccumulator().result();
    assertThat(empty.n()).isZero();
    assertThat(empty.headline()).isEmpty();
    assertThat(empty.reason()).isPresent();
    int off = metric().scale().max() + 1;
    assertThatThrownBy(() -> metric().compute(new int[] {metric().scale().min(), off}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("scores[1]")
        .hasMessageContaining(metric().scale().min() + ".." + metric().scale().max());
  }
}
