package org.cxkit.metrics.internal;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.List;
import org.cxkit.metrics.BadColumnValueException;
import org.cxkit.metrics.BadInputException;
import org.cxkit.metrics.MetricResult;
import org.cxkit.metrics.spi.Accumulator;
import org.cxkit.metrics.spi.GroupedAccumulator;
import org.cxkit.metrics.spi.Metric;

/**
 * A grouped accumulator for any calculator: one accumulator per group.
 *
 * @param <R> the result type
 */
public final class DefaultGrouped<R extends MetricResult> implements GroupedAccumulator<R> {
  private final Metric<R> metric;
  private final List<Accumulator<R>> groups;

  /**
   * Creates it.
   *
   * @param metric the calculator
   * @param groups how many groups
   */
  public DefaultGrouped(Metric<R> metric, int groups) {
    checkArgument(groups >= 0, "groups must not be negative, got %s", groups);
    this.metric = requireNonNull(metric, "metric");
    this.groups = new ArrayList<>(groups);
    for (int i = 0; i < groups; i++) {
      this.groups.add(metric.newAccumulator());
    }
  }

  @Override
  public int groups() {
    return groups.size();
  }

  private Accumulator<R> group(int group) {
    if (group < 0 || group >= groups.size()) {
      throw new IndexOutOfBoundsException(
          "group " + group + " is out of range 0.." + (groups.size() - 1));
    }
    return groups.get(group);
  }

  @Override
  public void add(int group, int score) {
    group(group).add(score);
  }

  /**
   * Adds {@code count} scores in about log2(count) merges, not one by one: one score, doubled by
   * merging a copy of itself, the doublings that make up the count merged into a sum, and the sum
   * merged into the group. So a count in the billions takes some sixty merges.
   */
  @Override
  public void addCount(int group, int score, long count) {
    checkArgument(count >= 0, "count must not be negative, got %s", count);
    Accumulator<R> target = group(group);
    if (count == 0) {
      return;
    }
    Accumulator<R> power = metric.newAccumulator();
    power.add(score);
    Accumulator<R> sum = metric.newAccumulator();
    for (long c = count; ; ) {
      if ((c & 1) != 0) {
        sum.merge(power);
      }
      c >>>= 1;
      if (c == 0) {
        break;
      }
      power.merge(power.copy());
    }
    target.merge(sum);
  }

  @Override
  public void addAll(int[] groupColumn, byte[] scores) {
    int[] wide = new int[scores.length];
    for (int i = 0; i < scores.length; i++) {
      wide[i] = scores[i];
    }
    addAll(groupColumn, wide);
  }

  @Override
  public void addAll(int[] groupColumn, int[] scores) {
    requireNonNull(groupColumn, "groups");
    requireNonNull(scores, "scores");
    GroupColumns.checkSameLength(groupColumn, scores.length);
    List<Accumulator<R>> next = new ArrayList<>(groups.size());
    for (Accumulator<R> a : groups) {
      next.add(a.copy());
    }
    for (int i = 0; i < scores.length; i++) {
      int g = groupColumn[i];
      if (g < 0 || g >= next.size()) {
        throw new BadColumnValueException(
            i, "groups", "group out of range 0.." + (next.size() - 1));
      }
      try {
        next.get(g).add(scores[i]);
      } catch (BadInputException e) {
        BadColumnValueException bad = new BadColumnValueException(i, "scores", e.reason());
        bad.initCause(e);
        throw bad;
      }
    }
    for (int i = 0; i < next.size(); i++) {
      groups.set(i, next.get(i));
    }
  }

  @Override
  public GroupedAccumulator<R> merge(GroupedAccumulator<R> other) {
    requireNonNull(other, "other");
    checkArgument(
        other.groups() == groups.size(),
        "cannot merge %s groups into %s groups",
        other.groups(),
        groups.size());
    List<Accumulator<R>> next = new ArrayList<>(groups.size());
    for (int i = 0; i < groups.size(); i++) {
      next.add(groups.get(i).copy().merge(other.accumulator(i)));
    }
    for (int i = 0; i < next.size(); i++) {
      groups.set(i, next.get(i));
    }
    return this;
  }

  @Override
  public GroupedAccumulator<R> merge(int group, Accumulator<R> other) {
    requireNonNull(other, "other");
    group(group).merge(other);
    return this;
  }

  @Override
  public Accumulator<R> accumulator(int group) {
    return group(group).copy();
  }

  @Override
  public long count(int group) {
    return group(group).count();
  }

  @Override
  public String toString() {
    return "GroupedAccumulator[" + metric.id() + ", " + groups.size() + " groups]";
  }
}
