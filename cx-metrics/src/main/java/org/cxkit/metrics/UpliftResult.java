package org.cxkit.metrics;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import org.cxkit.metrics.internal.Stats;
import org.cxkit.metrics.internal.Table;
import org.jspecify.annotations.Nullable;

/**
 * The result of a {@link DelightUplift}: each group's n and outcome, the absolute and relative
 * uplift of delighted over merely satisfied customers with an interval that fits the outcome, and
 * a projection. <b>Observational, not causal</b> (see {@link DelightUplift}).
 *
 * <p>Intervals: binary outcomes use Newcombe's hybrid score interval for a difference of
 * independent proportions (Newcombe 1998, <i>Statistics in Medicine</i> 17:873–890, method 10);
 * NPS outcomes the two-sample Wald interval of {@link NpsComparison}; numeric outcomes Welch's t
 * interval with Welch–Satterthwaite degrees of freedom (Welch 1947). Binary outcomes are
 * percentages (uplift in percentage points), NPS outcomes NPS points, numeric outcomes the unit
 * of the data.
 *
 * <p>Immutable; equal when all group statistics are equal.
 */
public final class UpliftResult {
  private final DelightUplift.Outcome outcome;
  private final long[][] a;
  private final double[] mean;
  private final double[] m2;

  private UpliftResult(DelightUplift.Outcome outcome, long[][] a, double[] mean, double[] m2) {
    this.outcome = outcome;
    this.a = a;
    this.mean = mean;
    this.m2 = m2;
  }

  static UpliftResult of(DelightUplift u, long[][] a, double[] mean, double[] m2) {
    long[][] c = new long[3][];
    for (int g = 0; g < 3; g++) {
      c[g] = a[g].clone();
    }
    return new UpliftResult(u.outcome(), c, mean.clone(), m2.clone());
  }

  /**
   * Returns the outcome kind.
   *
   * @return the kind
   */
  public DelightUplift.Outcome outcome() {
    return outcome;
  }

  private long n(int g) {
    return outcome == DelightUplift.Outcome.NPS ? a[g][0] + a[g][1] + a[g][2] : a[g][0];
  }

  /**
   * Returns the total number of customers.
   *
   * @return n over all groups
   */
  public long n() {
    return n(0) + n(1) + n(2);
  }

  private @Nullable NpsResult nps(int g) {
    return outcome == DelightUplift.Outcome.NPS ? NpsResult.ofCounts(a[g][0], a[g][1], a[g][2]) : null;
  }

  private OptionalDouble value(int g) {
    long n = n(g);
    if (n == 0) {
      return OptionalDouble.empty();
    }
    switch (outcome) {
      case BINARY:
        return OptionalDouble.of(100.0 * a[g][1] / n);
      case NPS:
        return OptionalDouble.of(100.0 * (a[g][2] - a[g][0]) / n);
      default:
        return OptionalDouble.of(mean[g]);
    }
  }

  /**
   * Returns the three groups: delighted, satisfied, dissatisfied.
   *
   * @return the groups with their n and outcome
   */
  public ImmutableList<UpliftGroup> groups() {
    ImmutableList.Builder<UpliftGroup> b = ImmutableList.builder();
    for (int g = 0; g < 3; g++) {
      b.add(new UpliftGroup(DelightUplift.NAMES[g], n(g), value(g)));
    }
    return b.build();
  }

  /**
   * Returns the outcome of all customers together.
   *
   * @return the overall outcome, or empty when there are no customers
   */
  public OptionalDouble overallOutcome() {
    return projectedOutcome(0);
  }

  /**
   * Returns the delighted group's outcome minus the satisfied group's.
   *
   * @return the absolute uplift, or empty when either group is empty
   */
  public OptionalDouble absoluteUplift() {
    OptionalDouble d = value(DelightUplift.DELIGHTED);
    OptionalDouble s = value(DelightUplift.SATISFIED);
    return d.isPresent() && s.isPresent() ? OptionalDouble.of(d.getAsDouble() - s.getAsDouble()) : OptionalDouble.empty();
  }

  /**
   * Returns the uplift relative to the satisfied group's outcome, in percent: {@code 100·(d/s − 1)}.
   * Not defined for NPS outcomes (a score can be negative) or when the satisfied outcome is not
   * positive.
   *
   * @return the relative uplift, or empty
   */
  public OptionalDouble relativeUplift() {
    OptionalDouble d = value(DelightUplift.DELIGHTED);
    OptionalDouble s = value(DelightUplift.SATISFIED);
    if (outcome == DelightUplift.Outcome.NPS || d.isEmpty() || s.isEmpty() || s.getAsDouble() <= 0) {
      return OptionalDouble.empty();
    }
    return OptionalDouble.of(100 * (d.getAsDouble() / s.getAsDouble() - 1));
  }

  /**
   * Returns the confidence interval of the absolute uplift.
   *
   * @param level the confidence level
   * @return the interval, or empty when a group is empty (numeric: has fewer than two customers or
   *     no variance in either group)
   * @throws IllegalArgumentException if the level is not in (0, 1)
   */
  public Optional<Interval> interval(double level) {
    Stats.level(level);
    int d = DelightUplift.DELIGHTED;
    int s = DelightUplift.SATISFIED;
    if (n(d) == 0 || n(s) == 0) {
      return Optional.empty();
    }
    switch (outcome) {
      case BINARY:
        {
          double z = Stats.z(level);
          long n1 = a[d][0];
          long n2 = a[s][0];
          double p1 = (double) a[d][1] / n1;
          double p2 = (double) a[s][1] / n2;
          double[] w1 = Stats.wilson(a[d][1], n1, z);
          double[] w2 = Stats.wilson(a[s][1], n2, z);
          double diff = p1 - p2;
          double lo = diff - Math.sqrt(sq(p1 - w1[0]) + sq(w2[1] - p2));
          double hi = diff + Math.sqrt(sq(w1[1] - p1) + sq(p2 - w2[0]));
          return Optional.of(new Interval(100 * Math.max(-1, lo), 100 * Math.min(1, hi), level, "Newcombe hybrid score"));
        }
      case NPS:
        return NpsResult.ofCounts(a[d][0], a[d][1], a[d][2]).compare(NpsResult.ofCounts(a[s][0], a[s][1], a[s][2]), level).interval();
      default:
        {
          long n1 = a[d][0];
          long n2 = a[s][0];
          if (n1 < 2 || n2 < 2) {
            return Optional.empty();
          }
          double v1 = m2[d] / (n1 - 1) / n1;
          double v2 = m2[s] / (n2 - 1) / n2;
          if (v1 + v2 <= 0) {
            return Optional.empty();
          }
          double df = sq(v1 + v2) / (sq(v1) / (n1 - 1) + sq(v2) / (n2 - 1));
          double h = Stats.t(level, df) * Math.sqrt(v1 + v2);
          double diff = mean[d] - mean[s];
          return Optional.of(new Interval(diff - h, diff + h, level, "Welch t"));
        }
    }
  }

  private static double sq(double x) {
    return x * x;
  }

  /**
   * Returns what the overall outcome would be if a share of the satisfied customers were
   * delighted and then had the delighted group's outcome: {@code (Σ n_g·o_g + share·n_s·(o_d −
   * o_s)) / n}. This assumes the uplift is causal, which the data cannot show.
   *
   * @param share the share of satisfied customers made delighted, 0..1
   * @return the projected outcome, or empty when there are no customers (or, for a share above 0,
   *     when the delighted or satisfied group is empty)
   * @throws IllegalArgumentException if the share is not in 0..1
   */
  public OptionalDouble projectedOutcome(double share) {
    checkArgument(share >= 0 && share <= 1, "share must be in 0..1, got %s", share);
    long n = n();
    if (n == 0) {
      return OptionalDouble.empty();
    }
    double total = 0;
    for (int g = 0; g < 3; g++) {
      OptionalDouble v = value(g);
      if (v.isPresent()) {
        total += n(g) * v.getAsDouble();
      }
    }
    if (share > 0) {
      OptionalDouble up = absoluteUplift();
      if (up.isEmpty()) {
        return OptionalDouble.empty();
      }
      total += share * n(DelightUplift.SATISFIED) * up.getAsDouble();
    }
    return OptionalDouble.of(total / n);
  }

  @Override
  public boolean equals(@Nullable Object o) {
    if (!(o instanceof UpliftResult)) {
      return false;
    }
    UpliftResult r = (UpliftResult) o;
    return r.outcome == outcome && Arrays.deepEquals(r.a, a) && Arrays.equals(r.mean, mean) && Arrays.equals(r.m2, m2);
  }

  @Override
  public int hashCode() {
    return 31 * (31 * outcome.hashCode() + Arrays.deepHashCode(a)) + Arrays.hashCode(mean);
  }

  @Override
  public String toString() {
    String unit = outcome == DelightUplift.Outcome.BINARY ? "% yes" : outcome == DelightUplift.Outcome.NPS ? "NPS" : "mean";
    StringBuilder s = new StringBuilder("Delight uplift (" + outcome.name().toLowerCase(Locale.ROOT) + " outcome, n=" + n() + ")\n");
    Table t = new Table("group", ">n", ">" + unit);
    for (UpliftGroup g : groups()) {
      t.row(g.name(), Long.toString(g.n()), Table.num(g.outcome()));
    }
    s.append(t).append('\n');
    s.append("  uplift (delighted − satisfied): ").append(Table.num(absoluteUplift()));
    s.append(interval(0.95).map(i -> "  " + i).orElse("  (no interval)")).append('\n');
    s.append("  relative uplift: ").append(relativeUplift().isPresent() ? Table.num(relativeUplift()) + "%" : "-").append('\n');
    s.append("  observational, not causal: delighted customers may differ in other ways");
    return s.toString();
  }
}
