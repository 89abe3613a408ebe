package org.cxkit.metrics.internal;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.util.Arrays;
import org.cxkit.metrics.BadColumnValueException;
import org.cxkit.metrics.MetricResult;
import org.cxkit.metrics.spi.Accumulator;
import org.cxkit.metrics.spi.GroupedAccumulator;

/**
 * One flat {@code long} histogram for many groups: {@code counts[group * points + offset]}.
 *
 * @param <R> the result type
 */
public final class HistogramGrouped<R extends MetricResult> implements GroupedAccumulator<R> {
  private final HistogramMetric<R> metric;
  private final int groups;
  private final int min;
  private final int points;
  private final long[] counts;

  HistogramGrouped(HistogramMetric<R> metric, int groups) {
    checkArgument(groups >= 0, "groups must not be negative, got %s", groups);
    this.metric = metric;
    this.groups = groups;
    this.min = metric.measure().scale().min();
    this.points = metric.measure().scale().points();
    this.counts = new long[Exact.multiply(groups, points)];
  }

  @Override
  public int groups() {
    return groups;
  }

  private void checkGroup(int group) {
    if (group < 0 || group >= groups) {
      throw new IndexOutOfBoundsException("group " + group + " is out of range 0.." + (groups - 1));
    }
  }

  /** The bin of {@code score} in {@code group}, both checked. */
  private int bin(int group, int score) {
    checkGroup(group);
    int off = score - min;
    if (off < 0 || off >= points || score < min) {
      throw BadValues.value(metric.offScale());
    }
    return group * points + off;
  }

  @Override
  public void add(int group, int score) {
    int k = bin(group, score);
    counts[k] = Exact.add(counts[k], 1);
  }

  @Override
  public void addCount(int group, int score, long count) {
    checkArgument(count >= 0, "count must not be negative, got %s", count);
    int k = bin(group, score);
    counts[k] = Exact.add(counts[k], count);
  }

  @Override
  public void addAll(int[] groupColumn, byte[] scores) {
    requireNonNull(groupColumn, "groups");
    requireNonNull(scores, "scores");
    GroupColumns.checkSameLength(groupColumn, scores.length);
    checkHeadroom(groupColumn.length);
    final long[] c = counts;
    final int g = groups;
    final int p = points;
    final int lo = min;
    int n = groupColumn.length;
    for (int i = 0; i < n; i++) {
      int grp = groupColumn[i];
      int off = scores[i] - lo;
      // one well-predicted branch for both range checks (non-short-circuit)
      if (Integer.compareUnsigned(grp, g) >= 0 | Integer.compareUnsigned(off, p) >= 0) {
        undo(groupColumn, scores, i);
        throw bad(i, grp);
      }
      c[grp * p + off]++;
    }
  }

  @Override
  public void addAll(int[] groupColumn, int[] scores) {
    requireNonNull(groupColumn, "groups");
    requireNonNull(scores, "scores");
    GroupColumns.checkSameLength(groupColumn, scores.length);
    checkHeadroom(groupColumn.length);
    final long[] c = counts;
    int n = groupColumn.length;
    for (int i = 0; i < n; i++) {
      int grp = groupColumn[i];
      int off = scores[i] - min;
      if (Integer.compareUnsigned(grp, groups) >= 0
          || Integer.compareUnsigned(off, points) >= 0
          || scores[i] < min) {
        for (int j = 0; j < i; j++) {
          c[groupColumn[j] * points + scores[j] - min]--;
        }
        throw bad(i, grp);
      }
      c[grp * points + off]++;
    }
  }

  /** Fails before counting if {@code n} more could overflow a bin (bins then stay exact). */
  /**
   * Adds a table laid out as this accumulator's counts, {@code table[group * points + score - min]}
   * (none negative: the caller checks), all or, if a count would overflow, nothing.
   *
   * @param table the counts to add
   * @throws IllegalArgumentException if the length is not groups times points
   * @throws ArithmeticException if a count would overflow
   */
  public void addTable(long[] table) {
    requireNonNull(table, "table");
    checkArgument(
        table.length == counts.length,
        "a table of %s groups of %s points has %s counts, got %s",
        groups,
        points,
        counts.length,
        table.length);
    HistogramMetric.addExact(counts, 0, table, counts.length);
  }

  private void checkHeadroom(long n) {
    long max = 0;
    for (long x : counts) {
      max = Math.max(max, x);
    }
    if (max > Long.MAX_VALUE - n) {
      throw new ArithmeticException("adding " + n + " scores could overflow a count of " + max);
    }
  }

  private void undo(int[] groupColumn, byte[] scores, int upTo) {
    for (int j = 0; j < upTo; j++) {
      counts[groupColumn[j] * points + scores[j] - min]--;
    }
  }

  private BadColumnValueException bad(int i, int grp) {
    if (grp < 0 || grp >= groups) {
      return new BadColumnValueException(i, "groups", "group out of range 0.." + (groups - 1));
    }
    return new BadColumnValueException(i, "scores", metric.offScale());
  }

  @Override
  public GroupedAccumulator<R> merge(GroupedAccumulator<R> other) {
    requireNonNull(other, "other");
    checkArgument(
        other instanceof HistogramGrouped,
        "cannot merge a %s into a grouped '%s' accumulator",
        other.getClass().getName(),
        metric.id());
    HistogramGrouped<R> o = (HistogramGrouped<R>) other;
    checkArgument(metric.sameAs(o.metric), "cannot merge %s into %s", o.metric, metric);
    checkArgument(o.groups == groups, "cannot merge %s groups into %s groups", o.groups, groups);
    HistogramMetric.addExact(counts, 0, o.counts, counts.length);
    return this;
  }

  @Override
  public GroupedAccumulator<R> merge(int group, Accumulator<R> other) {
    requireNonNull(other, "other");
    checkGroup(group);
    HistogramMetric.addExact(counts, group * points, metric.mergeable(other).counts(), points);
    return this;
  }

  @Override
  public Accumulator<R> accumulator(int group) {
    checkGroup(group);
    long[] h = Arrays.copyOfRange(counts, group * points, (group + 1) * points);
    long total = 0;
    for (long x : h) {
      total = Exact.add(total, x);
    }
    return new HistogramAccumulator<>(metric, h, total);
  }

  /** The group's result straight from its counts, without an accumulator in between. */
  @Override
  public R result(int group) {
    checkGroup(group);
    return metric.result(Arrays.copyOfRange(counts, group * points, (group + 1) * points));
  }

  @Override
  public long count(int group) {
    checkGroup(group);
    long total = 0;
    for (int i = group * points; i < (group + 1) * points; i++) {
      total = Exact.add(total, counts[i]);
    }
    return total;
  }

  @Override
  public String toString() {
    return "GroupedAccumulator[" + metric.id() + ", " + groups + " groups]";
  }
}
