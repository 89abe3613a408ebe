package org.cxkit.metrics.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.cxkit.core.Scale;
import org.cxkit.metrics.BadColumnValueException;
import org.cxkit.metrics.Nps;
import org.cxkit.metrics.NpsResult;
import org.cxkit.metrics.ScaleMetrics;
import org.cxkit.metrics.ScaleResult;
import org.cxkit.metrics.spi.Accumulator;
import org.junit.jupiter.api.Test;

/**
 * The bulk paths of the histogram accumulator (four counting lanes, a byte table folded at the
 * end): an off-scale score anywhere in a block is reported by its index and changes nothing, the
 * lanes never leak into each other, and the scratch tables are clean for the next call. Expected
 * counts are tallied here one score at a time.
 */
class HistogramAccumulatorTest {
  private static long[] tally(Scale s, int[] scores) {
    long[] c = new long[s.points()];
    for (int x : scores) {
      c[x - s.min()]++;
    }
    return c;
  }

  private static long[] counts(Accumulator<?> a) {
    return ((HistogramAccumulator<?>) a).counts().clone();
  }

  @Test
  void anOffScaleScoreInAnyLaneIsNamedAndChangesNothing() {
    Scale s = Scale.CSAT; // 1..5: 0 and 6 are just off it, at either end
    for (int length = 1; length <= 9; length++) {
      for (int at = 0; at < length; at++) {
        for (int off : new int[] {s.min() - 1, s.max() + 1, s.max() + 3 * s.points()}) {
          int[] scores = new int[length];
          for (int i = 0; i < length; i++) {
            scores[i] = i % 2 == 0 ? s.min() : s.max(); // both ends of the scale are fine
          }
          scores[at] = off;
          byte[] bytes = new byte[length];
          for (int i = 0; i < length; i++) {
            bytes[i] = (byte) scores[i];
          }
          Accumulator<ScaleResult> ints = ScaleMetrics.csat().newAccumulator();
          ints.add(s.min());
          String where = "record " + at + ", field 'scores'";
          assertThatThrownBy(() -> ints.addAll(scores))
              .as("int[%s] with %s at %s", length, off, at)
              .isInstanceOf(BadColumnValueException.class)
              .hasMessageStartingWith(where + ": ");
          Accumulator<ScaleResult> bs = ScaleMetrics.csat().newAccumulator();
          bs.add(s.min());
          assertThatThrownBy(() -> bs.addAll(bytes))
              .as("byte[%s] with %s at %s", length, off, at)
              .isInstanceOf(BadColumnValueException.class)
              .hasMessageStartingWith(where + ": ");
          for (Accumulator<ScaleResult> a : java.util.List.of(ints, bs)) {
            assertThat(a.count()).isEqualTo(1);
            assertThat(counts(a)).containsExactly(1, 0, 0, 0, 0);
            // the scratch tables were cleared: the next call counts from zero
            int[] next = {5, 4, 4, 3, 2, 1, 5};
            a.addAll(next);
            byte[] nextBytes = {5, 4, 4, 3, 2, 1, 5};
            a.addAll(nextBytes);
            long[] expected = tally(s, next);
            for (int k = 0; k < expected.length; k++) {
              expected[k] = 2 * expected[k] + (k == 0 ? 1 : 0);
            }
            assertThat(counts(a)).containsExactly(expected);
            assertThat(a.count()).isEqualTo(15);
          }
        }
      }
    }
  }

  @Test
  void everyLaneCountsItsOwnScoresAtBothEndsOfTheScale() {
    Scale s = Scale.NPS;
    for (int length = 0; length <= 13; length++) {
      int[] scores = new int[length];
      byte[] bytes = new byte[length];
      for (int i = 0; i < length; i++) {
        scores[i] = i % 3 == 0 ? s.min() : i % 3 == 1 ? s.max() : i % s.points();
        bytes[i] = (byte) scores[i];
      }
      long[] expected = tally(s, scores);
      Accumulator<NpsResult> a = Nps.metric().newAccumulator();
      a.addAll(scores);
      assertThat(counts(a)).as("int[%s]", length).containsExactly(expected);
      Accumulator<NpsResult> b = Nps.metric().newAccumulator();
      b.addAll(bytes);
      assertThat(counts(b)).as("byte[%s]", length).containsExactly(expected);
      assertThat(a.count()).isEqualTo(length);
      assertThat(b.count()).isEqualTo(length);
    }
  }

  @Test
  void aScaleThatStartsBelowZeroReadsSignedBytes() {
    Scale s = Scale.higherIsBetter(-3, 3, 1, 2, 2);
    HistogramMetric<ScaleResult> m =
        (HistogramMetric<ScaleResult>)
            ScaleMetrics.mean(org.cxkit.core.Measure.of("centred", "Centred", s));
    int[] scores = {-3, 3, 0, -1, 2, -3, 1};
    byte[] bytes = {-3, 3, 0, -1, 2, -3, 1};
    Accumulator<ScaleResult> a = m.newAccumulator();
    a.addAll(bytes);
    assertThat(counts(a)).containsExactly(tally(s, scores));
    assertThatThrownBy(() -> m.newAccumulator().addAll(new byte[] {0, 0, -4}))
        .hasMessageStartingWith("record 2, field 'scores': ");
    assertThatThrownBy(() -> m.newAccumulator().addAll(new byte[] {4}))
        .hasMessageStartingWith("record 0, field 'scores': ");
  }

  @Test
  void anOverflowingAddChangesNothing() {
    Scale s = Scale.CSAT;
    byte[] near =
        Frame.writer("csat", 1)
            .putScale(s)
            .putLong(Long.MAX_VALUE - 5)
            .putLong(0)
            .putLong(0)
            .putLong(0)
            .putLong(0)
            .finish();
    Accumulator<ScaleResult> a = ScaleMetrics.csat().decode(near);
    // six more: the total would pass Long.MAX_VALUE, the first count would not
    assertThatThrownBy(() -> a.addAll(new int[] {1, 1, 2, 1, 1, 1}))
        .isInstanceOf(ArithmeticException.class);
    assertThatThrownBy(() -> a.addAll(new byte[] {1, 1, 2, 1, 1, 1}))
        .isInstanceOf(ArithmeticException.class);
    assertThat(a.toBytes()).isEqualTo(near);
    // the byte path first: it sets only the points it saw, so a table left dirty would show here
    a.addAll(new byte[] {1});
    a.addAll(new int[] {2, 3});
    assertThat(counts(a)).containsExactly(Long.MAX_VALUE - 4, 1, 1, 0, 0);
    assertThat(a.count()).isEqualTo(Long.MAX_VALUE - 2);
  }
}
