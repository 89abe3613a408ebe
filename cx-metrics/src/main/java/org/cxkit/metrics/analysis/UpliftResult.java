package org.cxkit.metrics.analysis;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import org.cxkit.metrics.Interval;
import org.cxkit.metrics.NpsComparison;
import org.cxkit.metrics.NpsResult;
import org.cxkit.metrics.internal.Numbers;
import org.cxkit.metrics.internal.Stats;
import org.jspecify.annotations.Nullable;

/**
 * The result of a {@link DelightUplift}: each group's n and outcome, the absolute and relative
 * uplift of delighted over merely satisfied customers with an interval that fits the outcome, and a
 * projection. <b>Observational, not causal</b> (see {@link DelightUplift}).
 *
 * <p>Intervals: binary outcomes use Newcombe's hybrid score interval for a difference of
 * independent proportions (Newcombe 1998, <i>Statistics in Medicine</i> 17:873–890, method 10); NPS
 * outcomes the two-sample Wald interval of {@link NpsComparison}; numeric outcomes Welch's t
 * interval with Welch–Satterthwaite degrees of freedom (Welch 1947). Binary outcomes are
 * percentages (uplift in percentage points), NPS outcomes NPS points, numeric outcomes the unit of
 * the data.
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
   * The sufficient statistics of one group, from which every figure of an {@link UpliftResult} is
   * computed: what a serialised result must carry to be read back exactly. Which components are
   * used depends on the outcome kind; the others are 0.
   *
   * <ul>
   *   <li>{@link DelightUplift.Outcome#BINARY}: {@code n} and {@code yes};
   *   <li>{@link DelightUplift.Outcome#NPS}: {@code detractors}, {@code passives}, {@code
   *       promoters}, and {@code n} their sum;
   *   <li>{@link DelightUplift.Outcome#NUMERIC}: {@code n}, {@code mean} and {@code sumOfSquares},
   *       the sum of squared deviations from the mean (Welford's M2).
   * </ul>
   *
   * @param n customers in the group
   * @param yes binary outcome: customers with a yes
   * @param detractors NPS outcome: detractors
   * @param passives NPS outcome: passives
   * @param promoters NPS outcome: promoters
   * @param mean numeric outcome: the mean
   * @param sumOfSquares numeric outcome: the sum of squared deviations from the mean
   * @since 0.1
   */
  public record GroupStatistics(
      long n,
      long yes,
      long detractors,
      long passives,
      long promoters,
      double mean,
      double sumOfSquares) {
    /**
     * Validates the components.
     *
     * @param n customers in the group
     * @param yes binary outcome: customers with a yes
     * @param detractors NPS outcome: detractors
     * @param passives NPS outcome: passives
     * @param promoters NPS outcome: promoters
     * @param mean numeric outcome: the mean
     * @param sumOfSquares numeric outcome: the sum of squared deviations from the mean
     * @throws IllegalArgumentException if a count or the sum of squares is negative, or a moment is
     *     not finite
     */
    public GroupStatistics {
      checkArgument(
          n >= 0 && yes >= 0 && detractors >= 0 && passives >= 0 && promoters >= 0,
          "counts must not be negative");
      checkArgument(
          Double.isFinite(mean) && Double.isFinite(sumOfSquares) && sumOfSquares >= 0,
          "mean and sum of squares must be finite, the sum of squares not negative");
    }

    /**
     * Returns the statistics of a group with a binary outcome.
     *
     * @param n customers in the group
     * @param yes customers with a yes
     * @return the statistics
     * @throws IllegalArgumentException if a count is negative or {@code yes > n}
     */
    public static GroupStatistics binary(long n, long yes) {
      checkArgument(yes <= n, "yes (%s) exceeds n (%s)", yes, n);
      return new GroupStatistics(n, yes, 0, 0, 0, 0, 0);
    }

    /**
     * Returns the statistics of a group with an NPS outcome.
     *
     * @param detractors detractors
     * @param passives passives
     * @param promoters promoters
     * @return the statistics
     * @throws IllegalArgumentException if a count is negative
     * @throws ArithmeticException if the total overflows
     */
    public static GroupStatistics nps(long detractors, long passives, long promoters) {
      checkArgument(
          detractors >= 0 && passives >= 0 && promoters >= 0, "counts must not be negative");
      return new GroupStatistics(
          Math.addExact(Math.addExact(detractors, passives), promoters),
          0,
          detractors,
          passives,
          promoters,
          0,
          0);
    }

    /**
     * Returns the statistics of a group with a numeric outcome.
     *
     * @param n customers in the group
     * @param mean their mean outcome (0 when {@code n} is 0)
     * @param sumOfSquares the sum of squared deviations from the mean (0 when {@code n} is 0 or 1)
     * @return the statistics
     * @throws IllegalArgumentException if {@code n} or the sum of squares is negative or a moment
     *     is not finite
     */
    public static GroupStatistics numeric(long n, double mean, double sumOfSquares) {
      return new GroupStatistics(n, 0, 0, 0, 0, mean, sumOfSquares);
    }
  }

  /**
   * Rebuilds a result from its groups' sufficient statistics, as {@link #statistics()} returns
   * them: the inverse of {@link #statistics()}, for readers of serialised results.
   *
   * <pre>{@code
   * UpliftResult again = UpliftResult.of(r.outcome(), r.statistics());   // again.equals(r)
   * }</pre>
   *
   * @param outcome the outcome kind
   * @param groups the delighted, satisfied and dissatisfied groups, in that order
   * @return the result
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if there are not three groups, or a group uses components its
   *     outcome kind does not have, or (NPS) {@code n} is not the sum of the counts
   * @throws ArithmeticException if the total count overflows a {@code long}
   */
  public static UpliftResult of(
      DelightUplift.Outcome outcome, java.util.List<GroupStatistics> groups) {
    java.util.Objects.requireNonNull(outcome, "outcome");
    ImmutableList<GroupStatistics> gs = ImmutableList.copyOf(groups);
    checkArgument(
        gs.size() == 3,
        "an uplift result has 3 groups (delighted, satisfied, dissatisfied), got %s",
        gs.size());
    long[][] a = new long[3][3];
    double[] mean = new double[3];
    double[] m2 = new double[3];
    for (int g = 0; g < 3; g++) {
      GroupStatistics s = gs.get(g);
      String name = DelightUplift.NAMES[g];
      switch (outcome) {
        case BINARY:
          checkArgument(
              s.yes() <= s.n()
                  && s.detractors() == 0
                  && s.passives() == 0
                  && s.promoters() == 0
                  && s.mean() == 0
                  && s.sumOfSquares() == 0,
              "group %s: a binary outcome has only n and yes (yes <= n)",
              name);
          a[g][0] = s.n();
          a[g][1] = s.yes();
          break;
        case NPS:
          checkArgument(
              s.yes() == 0 && s.mean() == 0 && s.sumOfSquares() == 0,
              "group %s: an NPS outcome has only NPS counts",
              name);
          checkArgument(
              s.n() == s.detractors() + s.passives() + s.promoters()
                  && s.n() >= s.detractors()
                  && s.n() >= s.passives()
                  && s.n() >= s.promoters(),
              "group %s: n must be the sum of detractors, passives and promoters",
              name);
          a[g][0] = s.detractors();
          a[g][1] = s.passives();
          a[g][2] = s.promoters();
          break;
        default:
          checkArgument(
              s.yes() == 0 && s.detractors() == 0 && s.passives() == 0 && s.promoters() == 0,
              "group %s: a numeric outcome has only n, mean and sum of squares",
              name);
          a[g][0] = s.n();
          mean[g] = s.mean();
          m2[g] = s.sumOfSquares();
      }
    }
    long total = 0;
    for (int g = 0; g < 3; g++) {
      for (int k = 0; k < 3; k++) {
        total = Math.addExact(total, a[g][k]);
      }
    }
    checkArgument(total >= 0, "total count overflows");
    return new UpliftResult(outcome, a, mean, m2);
  }

  /**
   * Returns the sufficient statistics of the delighted, satisfied and dissatisfied groups (see
   * {@link #of(DelightUplift.Outcome, java.util.List)}).
   *
   * @return three groups' statistics
   */
  public ImmutableList<GroupStatistics> statistics() {
    ImmutableList.Builder<GroupStatistics> b = ImmutableList.builder();
    for (int g = 0; g < 3; g++) {
      switch (outcome) {
        case BINARY:
          b.add(new GroupStatistics(a[g][0], a[g][1], 0, 0, 0, 0, 0));
          break;
        case NPS:
          b.add(
              new GroupStatistics(a[g][0] + a[g][1] + a[g][2], 0, a[g][0], a[g][1], a[g][2], 0, 0));
          break;
        default:
          b.add(new GroupStatistics(a[g][0], 0, 0, 0, 0, mean[g], m2[g]));
      }
    }
    return b.build();
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
    return outcome == DelightUplift.Outcome.NPS
        ? NpsResult.ofCounts(a[g][0], a[g][1], a[g][2])
        : null;
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
    return d.isPresent() && s.isPresent()
        ? OptionalDouble.of(d.getAsDouble() - s.getAsDouble())
        : OptionalDouble.empty();
  }

  /**
   * Returns the uplift relative to the satisfied group's outcome, in percent: {@code 100·(d/s −
   * 1)}. Not defined for NPS outcomes (a score can be negative) or when the satisfied outcome is
   * not positive.
   *
   * @return the relative uplift, or empty
   */
  public OptionalDouble relativeUplift() {
    OptionalDouble d = value(DelightUplift.DELIGHTED);
    OptionalDouble s = value(DelightUplift.SATISFIED);
    if (outcome == DelightUplift.Outcome.NPS
        || d.isEmpty()
        || s.isEmpty()
        || s.getAsDouble() <= 0) {
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
          return Optional.of(
              new Interval(
                  100 * Math.max(-1, lo), 100 * Math.min(1, hi), level, "Newcombe hybrid score"));
        }
      case NPS:
        return NpsResult.ofCounts(a[d][0], a[d][1], a[d][2])
            .compare(NpsResult.ofCounts(a[s][0], a[s][1], a[s][2]), level)
            .interval();
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
   * Returns what the overall outcome would be if a share of the satisfied customers were delighted
   * and then had the delighted group's outcome: {@code (Σ n_g·o_g + share·n_s·(o_d − o_s)) / n}.
   * This assumes the uplift is causal, which the data cannot show.
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
    return r.outcome == outcome
        && Arrays.deepEquals(r.a, a)
        && Arrays.equals(r.mean, mean)
        && Arrays.equals(r.m2, m2);
  }

  @Override
  public int hashCode() {
    return 31 * (31 * outcome.hashCode() + Arrays.deepHashCode(a)) + Arrays.hashCode(mean);
  }

  /**
   * Returns one line: the outcome kind, n and the absolute uplift, such as {@code
   * UpliftResult[binary outcome, n=480, uplift 36.0]}. The table of groups with the interval is
   * rendered by the cx-report module ({@code TextReport.table(result)}).
   */
  @Override
  public String toString() {
    return "UpliftResult["
        + outcome.name().toLowerCase(Locale.ROOT)
        + " outcome, n="
        + n()
        + ", uplift "
        + Numbers.brief(absoluteUplift())
        + "]";
  }
}
