package org.cxkit.metrics.internal;

import static java.util.Objects.requireNonNull;

import java.util.Arrays;
import org.cxkit.core.Scale;
import org.cxkit.metrics.BadColumnValueException;
import org.cxkit.metrics.BadInputException;
import org.cxkit.metrics.MetricResult;
import org.cxkit.metrics.spi.Accumulator;
import org.jspecify.annotations.Nullable;

/**
 * An exact histogram over a scale, with branch-light primitive fast paths.
 *
 * @param <R> the result type
 */
public final class HistogramAccumulator<R extends MetricResult> implements Accumulator<R> {
  private final HistogramMetric<R> metric;
  private final int min;
  private final int points;
  private final long[] counts;
  private long total;
  // Reused scratch tables for the bulk paths (4 interleaved int tables break store-to-load chains).
  private int @Nullable [] scratch;
  private long @Nullable [] addScratch;

  HistogramAccumulator(HistogramMetric<R> metric, long[] counts, long total) {
    this.metric = metric;
    Scale scale = metric.measure().scale();
    this.min = scale.min();
    this.points = scale.points();
    this.counts = counts;
    this.total = total;
  }

  private BadInputException offScale() {
    return BadValues.value(metric.offScale());
  }

  @Override
  public void add(int score) {
    int off = score - min;
    if (Integer.compareUnsigned(off, points) >= 0 || score < min) {
      throw offScale();
    }
    counts[off] = Exact.add(counts[off], 1);
    total = Exact.add(total, 1);
  }

  private int[] scratch(int size) {
    int[] s = scratch;
    if (s == null || s.length < size) {
      s = new int[size];
      scratch = s;
    }
    return s;
  }

  @Override
  public void addAll(byte[] scores) {
    requireNonNull(scores, "scores");
    int n = scores.length;
    int[] t = scratch(1024);
    int i = 0;
    for (; i + 3 < n; i += 4) {
      t[scores[i] & 0xFF]++;
      t[256 + (scores[i + 1] & 0xFF)]++;
      t[512 + (scores[i + 2] & 0xFF)]++;
      t[768 + (scores[i + 3] & 0xFF)]++;
    }
    for (; i < n; i++) {
      t[scores[i] & 0xFF]++;
    }
    // Fold: unsigned index u stands for the signed byte value (byte) u.
    long[] add = addScratch();
    boolean bad = false;
    for (int u = 0; u < 256; u++) {
      long c = (long) t[u] + t[256 + u] + t[512 + u] + t[768 + u];
      if (c == 0) {
        continue;
      }
      int off = (byte) u - min;
      if (off < 0 || off >= points) {
        bad = true;
      } else {
        add[off] = c;
      }
    }
    Arrays.fill(t, 0, 1024, 0);
    if (bad) {
      Arrays.fill(add, 0);
      for (int j = 0; j < n; j++) {
        int off = scores[j] - min;
        if (off < 0 || off >= points) {
          throw new BadColumnValueException(j, "scores", metric.offScale());
        }
      }
    }
    fold(add, n);
  }

  @Override
  public void addAll(int[] scores) {
    requireNonNull(scores, "scores");
    int n = scores.length;
    final int p = points;
    int[] t = scratch(Math.max(1024, 4 * p));
    int i = 0;
    for (; i + 3 < n; i += 4) {
      int a = scores[i] - min;
      int b = scores[i + 1] - min;
      int c = scores[i + 2] - min;
      int d = scores[i + 3] - min;
      if (Integer.compareUnsigned(a, p) >= 0
          | Integer.compareUnsigned(b, p) >= 0
          | Integer.compareUnsigned(c, p) >= 0
          | Integer.compareUnsigned(d, p) >= 0) {
        break;
      }
      t[a]++;
      t[p + b]++;
      t[2 * p + c]++;
      t[3 * p + d]++;
    }
    for (; i < n; i++) {
      int a = scores[i] - min;
      if (Integer.compareUnsigned(a, p) >= 0) {
        Arrays.fill(t, 0, 4 * p, 0);
        throw new BadColumnValueException(i, "scores", metric.offScale());
      }
      t[a]++;
    }
    long[] add = addScratch();
    for (int k = 0; k < p; k++) {
      add[k] = (long) t[k] + t[p + k] + t[2 * p + k] + t[3 * p + k];
    }
    Arrays.fill(t, 0, 4 * p, 0);
    fold(add, n);
  }

  private long[] addScratch() {
    long[] a = addScratch;
    if (a == null) {
      a = new long[points];
      addScratch = a;
    }
    return a;
  }

  /** Adds {@code add} (then cleared) to the counts; on overflow nothing changes. No allocation. */
  private void fold(long[] add, long n) {
    long newTotal;
    try {
      newTotal = Exact.add(total, n);
      for (int p = 0; p < points; p++) {
        if (add[p] != 0) {
          Exact.add(counts[p], add[p]);
        }
      }
    } catch (ArithmeticException e) {
      Arrays.fill(add, 0);
      throw e;
    }
    for (int p = 0; p < points; p++) {
      counts[p] += add[p];
    }
    Arrays.fill(add, 0);
    total = newTotal;
  }

  long[] counts() {
    return counts;
  }

  HistogramMetric<R> metric() {
    return metric;
  }

  @Override
  public Accumulator<R> merge(Accumulator<R> other) {
    HistogramAccumulator<R> o = metric.mergeable(other);
    long[] add = addScratch();
    System.arraycopy(o.counts, 0, add, 0, points);
    fold(add, o.total);
    return this;
  }

  @Override
  public long count() {
    return total;
  }

  @Override
  public R result() {
    return metric.result(counts.clone());
  }

  @Override
  public Accumulator<R> copy() {
    return new HistogramAccumulator<>(metric, counts.clone(), total);
  }

  @Override
  public byte[] toBytes() {
    return metric.encode(counts);
  }

  @Override
  public String toString() {
    return "Accumulator["
        + metric.id()
        + ", n="
        + total
        + ", counts="
        + Arrays.toString(counts)
        + "]";
  }
}
