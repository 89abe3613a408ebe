package org.cxkit.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.cxkit.core.Measure;
import org.cxkit.metrics.spi.Accumulator;
import org.cxkit.metrics.spi.GroupedAccumulator;
import org.cxkit.metrics.spi.Metric;
import org.junit.jupiter.api.Test;

/** The grouped accumulator a calculator gets when it does not bring its own. */
class DefaultGroupedTest {
  /**
   * A calculator that only implements the required methods, delegating to another one (so it gets
   * the SPI's default grouped accumulator, not the other's histogram).
   *
   * @param <R> the result type
   */
  static final class Plain<R extends MetricResult> implements Metric<R> {
    private final String id;
    private final Metric<R> inner;

    Plain(String id, Metric<R> inner) {
      this.id = id;
      this.inner = inner;
    }

    /** NPS under the id {@code plain}. */
    static Plain<NpsResult> nps() {
      return new Plain<>("plain", Nps.metric());
    }

    @Override
    public String id() {
      return id;
    }

    @Override
    public Measure measure() {
      return inner.measure();
    }

    @Override
    public Accumulator<R> newAccumulator() {
      return inner.newAccumulator();
    }

    @Override
    public Accumulator<R> decode(byte[] bytes) {
      return inner.decode(bytes);
    }
  }

  @SuppressWarnings("unchecked")
  private static Accumulator<NpsResult> castAway(Accumulator<?> a) {
    return (Accumulator<NpsResult>) a;
  }

  @Test
  void agreesWithTheHistogramPathAndAddsNothingOnBadInput() {
    int[] groups = {0, 1, 1, 2, 0, 2, 2};
    byte[] scores = {10, 9, 3, 7, 0, 10, 10};
    GroupedAccumulator<NpsResult> plain = Plain.nps().newGroupedAccumulator(3);
    GroupedAccumulator<NpsResult> fast = Nps.metric().newGroupedAccumulator(3);
    plain.addAll(groups, scores);
    fast.addAll(groups, scores);
    for (int g = 0; g < 3; g++) {
      assertThat(plain.result(g)).isEqualTo(fast.result(g));
      assertThat(plain.count(g)).isEqualTo(fast.count(g));
    }
    assertThatThrownBy(() -> plain.addAll(new int[] {0, 1}, new int[] {5, 11}))
        .hasMessageContaining("record 1, field 'scores'")
        .hasMessageNotContaining("11");
    assertThatThrownBy(() -> plain.addAll(new int[] {0, 3}, new int[] {5, 5}))
        .hasMessageContaining("record 1, field 'groups'")
        .hasMessageContaining("out of range 0..2");
    assertThatThrownBy(() -> fast.addAll(new int[] {0, 1}, new byte[] {5, 11}))
        .hasMessageContaining("record 1, field 'scores'")
        .hasMessageNotContaining("11");
    assertThat(plain.count(0)).isEqualTo(2);
    assertThat(fast.count(0)).isEqualTo(2);
    plain.merge(Nps.metric().newGroupedAccumulator(3));
    GroupedAccumulator<NpsResult> twice =
        Plain.nps().newGroupedAccumulator(3).merge(plain).merge(plain);
    assertThat(twice.count(2)).isEqualTo(6);
    assertThatThrownBy(() -> plain.result(3)).isInstanceOf(IndexOutOfBoundsException.class);
    // one group at a time: a decoded accumulator merges into the plain and the histogram path
    Accumulator<NpsResult> eights = Nps.metric().newAccumulator();
    eights.addAll(new int[] {8, 8, 8});
    plain.merge(1, Nps.metric().decode(eights.toBytes()));
    fast.merge(1, eights);
    assertThat(plain.count(1)).isEqualTo(5);
    assertThat(fast.result(1)).isEqualTo(plain.result(1));
    assertThat(eights.count()).as("merge leaves its argument alone").isEqualTo(3);
    assertThatThrownBy(() -> fast.merge(3, eights)).isInstanceOf(IndexOutOfBoundsException.class);
    assertThatThrownBy(() -> fast.merge(0, castAway(ScaleMetrics.csat().newAccumulator())))
        .hasMessageContaining("cannot merge");
  }

  /**
   * A count in the billions is added in some sixty merges, not one by one, and gives what the
   * histogram path gives; an overflowing count is refused and adds nothing.
   */
  @Test
  void aHugeCountIsAddedByDoublingAndAnOverflowAddsNothing() {
    GroupedAccumulator<NpsResult> plain = Plain.nps().newGroupedAccumulator(2);
    GroupedAccumulator<NpsResult> fast = Nps.metric().newGroupedAccumulator(2);
    long[] counts = {0, 1, 2, 3, 1L << 40, (1L << 40) + 1, 3_000_000_007L, Long.MAX_VALUE / 4};
    for (int i = 0; i < counts.length; i++) {
      plain.addCount(i % 2, i, counts[i]);
      fast.addCount(i % 2, i, counts[i]);
    }
    assertThat(plain.result(0)).isEqualTo(fast.result(0));
    assertThat(plain.result(1)).isEqualTo(fast.result(1));
    assertThat(plain.count(1)).isEqualTo(1 + 3 + ((1L << 40) + 1) + Long.MAX_VALUE / 4);
    long before = plain.count(0);
    assertThatThrownBy(() -> plain.addCount(0, 10, Long.MAX_VALUE - before + 1))
        .isInstanceOf(ArithmeticException.class);
    assertThat(plain.count(0)).as("nothing added").isEqualTo(before);
    plain.addCount(0, 10, Long.MAX_VALUE - before); // fits exactly
    assertThat(plain.count(0)).isEqualTo(Long.MAX_VALUE);
    assertThatThrownBy(() -> plain.addCount(0, 11, 5)).isInstanceOf(BadInputException.class);
    assertThatThrownBy(() -> plain.addCount(2, 5, 5)).isInstanceOf(IndexOutOfBoundsException.class);
    assertThatThrownBy(() -> plain.addCount(1, 5, -1)).isInstanceOf(IllegalArgumentException.class);
    assertThat(plain.count(0)).isEqualTo(Long.MAX_VALUE);
  }
}
