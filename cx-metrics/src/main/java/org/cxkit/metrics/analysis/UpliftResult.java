package org.cxkit.metrics.analysis;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import org.cxkit.metrics.Interval;
import org.cxkit.metrics.NpsComparison;
import org.cxkit.metrics.NpsResult;
import org.cxkit.metrics.internal.Exact;
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
 * <p><b>Test of the uplift.</b> {@link #standardError()}, {@link #z()} and {@link #pValue()} test
 * the difference of two independent means or proportions with the unpooled (Welch) standard error
 * {@code SE = √(SE_d² + SE_s²)}, each group's squared standard error being {@code p(1 − p)/n} for a
 * proportion, {@code (p + d − (p − d)²)/n} for an NPS (Rocks 2016, the R package {@code NPS}'s
 * {@code nps_var}) and {@code s²/n} for a mean (Welch 1947), all in the outcome's unit; {@code z =
 * uplift / SE} and {@code p = 2(1 − Φ(|z|))}. For a numeric outcome the statistic is Welch's t and
 * p comes from Student's t with the Welch–Satterthwaite degrees of freedom, as R's {@code t.test}
 * computes it. The binary z is the unpooled Wald z whose 95 % interval is Newcombe's (1998) method
 * 1; the reported interval stays the better-covering method 10.
 *
 * <p><b>Units.</b> {@link #outcomeUnit()} names the unit of each group's outcome (% for binary
 * outcomes, NPS points, or the outcome's own unit for numeric ones) and {@link #upliftUnit()} that
 * of the uplift, its interval and its standard error (percentage points, NPS points, the outcome's
 * unit); the relative uplift is in percent.
 *
 * <p><b>Groups.</b> The groups are named by the {@link Delight} definition that sorted the
 * customers ({@code delighted}, {@code satisfied}, {@code dissatisfied} unless renamed); the names
 * travel with the result into its text and JSON.
 *
 * <p>Every figure is computed from the three groups' {@linkplain #statistics() sufficient
 * statistics}, one {@link GroupStatistics} record per group, of the outcome's kind.
 *
 * <p>Immutable; equal when all group statistics, the group names and the named unit are equal.
 */
public final class UpliftResult {
  /** The default group names, in order: delighted, satisfied, dissatisfied. */
  static final ImmutableList<String> NAMES = Delight.DEFAULT_NAMES;

  /** What a numeric outcome's unit is called when the user names none. */
  static final String OUTCOME_UNITS = "outcome units";

  /** The most characters of a unit's name. */
  public static final int MAX_UNIT_LENGTH = 40;

  private final Groups<?> groups;
  private final ImmutableList<String> names;
  private final Optional<String> unit;

  private UpliftResult(Groups<?> groups, ImmutableList<String> names, Optional<String> unit) {
    this.groups = groups;
    this.names = names;
    this.unit = unit;
  }

  /** Three groups of one kind: the type ties the delighted and satisfied groups together. */
  private record Groups<G extends GroupStatistics<G>>(G delighted, G satisfied, G dissatisfied) {
    Groups {
      Exact.add(Exact.add(delighted.n(), satisfied.n()), dissatisfied.n());
    }

    ImmutableList<GroupStatistics<?>> list() {
      return ImmutableList.of(delighted, satisfied, dissatisfied);
    }

    Optional<Interval> interval(double level) {
      return delighted.differenceInterval(satisfied, level);
    }

    OptionalDouble relative() {
      return delighted.relativeDifference(satisfied);
    }

    OptionalDouble df() {
      return delighted.differenceDegreesOfFreedom(satisfied);
    }
  }

  static <G extends GroupStatistics<G>> UpliftResult of(
      ImmutableList<String> names, G delighted, G satisfied, G dissatisfied) {
    return new UpliftResult(
        new Groups<>(delighted, satisfied, dissatisfied), names, Optional.empty());
  }

  /**
   * Returns this result with its numeric outcome's unit named, such as {@code EUR} or {@code visits
   * per year}: {@link #outcomeUnit()} and {@link #upliftUnit()} then give that name instead of
   * {@code outcome units}. Naming it {@code outcome units} is naming none.
   *
   * @param unit the unit's name: not blank, at most {@value #MAX_UNIT_LENGTH} characters, no
   *     control characters
   * @return the result with the unit
   * @throws NullPointerException if the unit is null
   * @throws IllegalArgumentException if the outcome is not numeric (a binary outcome is in %, an
   *     NPS in NPS points) or the name is not valid (the message never repeats it)
   * @since 0.1
   */
  public UpliftResult withOutcomeUnit(String unit) {
    Optional<String> u = checkUnit(unit);
    checkArgument(
        outcome() == DelightUplift.Outcome.NUMERIC || u.isEmpty(),
        "unit: only a numeric outcome has a unit of its own; a %s outcome is in %s",
        outcome(),
        outcomeUnit());
    return new UpliftResult(groups, names, u);
  }

  /**
   * Checks a unit's name; {@code outcome units} (no unit named) gives empty.
   *
   * @throws IllegalArgumentException saying what is wrong, never repeating the name
   */
  static Optional<String> checkUnit(String unit) {
    requireNonNull(unit, "unit");
    checkArgument(!unit.isBlank(), "unit: the unit's name is blank");
    checkArgument(
        unit.length() <= MAX_UNIT_LENGTH,
        "unit: the unit's name has %s characters, more than %s",
        unit.length(),
        MAX_UNIT_LENGTH);
    checkArgument(
        unit.chars().noneMatch(Character::isISOControl),
        "unit: the unit's name has a control character");
    checkArgument(unit.strip().equals(unit), "unit: the unit's name starts or ends with a space");
    return unit.equals(OUTCOME_UNITS) ? Optional.empty() : Optional.of(unit);
  }

  /**
   * Returns the unit the user named for a numeric outcome (see {@link #withOutcomeUnit(String)}).
   *
   * @return the unit's name, or empty when none was named (and always for binary and NPS outcomes)
   * @since 0.1
   */
  public Optional<String> namedUnit() {
    return unit;
  }

  /**
   * The sufficient statistics of one group of an {@link UpliftResult}, from which every figure is
   * computed; what a serialised result must carry to be read back exactly. One record per outcome
   * kind: {@link Binary} (n and yes), {@link Nps} (detractors, passives, promoters) and {@link
   * Numeric} (n, mean and the sum of squared deviations).
   *
   * <pre>{@code
   * GroupStatistics<?> g = r.statistics().get(0);     // the delighted group
   * if (g instanceof GroupStatistics.Binary b) {
   *   b.yes();
   * }
   * }</pre>
   *
   * @param <G> the record type itself, so that groups of one kind compare with each other
   * @since 0.1
   */
  public sealed interface GroupStatistics<G extends GroupStatistics<G>>
      permits GroupStatistics.Binary, GroupStatistics.Nps, GroupStatistics.Numeric {
    /**
     * Returns the outcome kind these statistics are for.
     *
     * @return the kind
     */
    DelightUplift.Outcome kind();

    /**
     * Returns how many customers are in the group.
     *
     * @return n
     */
    long n();

    /**
     * Returns the group's outcome: the percentage of yes, the NPS, or the mean.
     *
     * @return the outcome, or empty when the group is empty
     */
    OptionalDouble outcome();

    /**
     * Returns the confidence interval of this group's outcome minus {@code other}'s (Newcombe
     * hybrid score, two-sample Wald for NPS, or Welch t).
     *
     * @param other the group to compare with (the satisfied group, when this is the delighted one)
     * @param level the confidence level, in (0, 1)
     * @return the interval, or empty when a group is too small for one
     * @throws IllegalArgumentException if the level is not in (0, 1)
     */
    Optional<Interval> differenceInterval(G other, double level);

    /**
     * Returns this group's outcome relative to {@code other}'s, in percent: {@code 100·(this/other
     * − 1)}. Not defined for NPS (a score can be negative) or when the other outcome is not
     * positive.
     *
     * @param other the group to compare with
     * @return the relative difference, or empty
     */
    OptionalDouble relativeDifference(G other);

    /**
     * Returns the standard error of this group's outcome, in the outcome's unit: {@code 100·√(p(1 −
     * p)/n)} for a percentage, {@code 100·√((p + d − (p − d)²)/n)} for an NPS, {@code s/√n} for a
     * mean.
     *
     * @return the standard error, or empty when the group is empty (numeric: has fewer than two
     *     customers)
     * @since 0.1
     */
    OptionalDouble outcomeStandardError();

    /**
     * Returns the degrees of freedom of the test of this group's outcome minus {@code other}'s:
     * Welch–Satterthwaite's for means, none (a normal z test) for shares and NPS.
     *
     * @param other the group to compare with
     * @return the degrees of freedom, or empty for a z test or when they are not defined
     * @since 0.1
     */
    OptionalDouble differenceDegreesOfFreedom(G other);

    /**
     * Returns the statistics of a group with a binary outcome.
     *
     * @param n customers in the group
     * @param yes customers with a yes
     * @return the statistics
     * @throws IllegalArgumentException if a count is negative or {@code yes > n}
     */
    static Binary binary(long n, long yes) {
      return new Binary(n, yes);
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
    static Nps nps(long detractors, long passives, long promoters) {
      return new Nps(detractors, passives, promoters);
    }

    /**
     * Returns the statistics of a group with a numeric outcome.
     *
     * @param n customers in the group
     * @param mean their mean outcome (0 when {@code n} is 0)
     * @param sumOfSquares the sum of squared deviations from the mean (0 when {@code n} is 0 or 1)
     * @return the statistics
     * @throws IllegalArgumentException if {@code n} or the sum of squares is negative, a moment is
     *     not finite, or an empty or one-customer group has moments it cannot have
     */
    static Numeric numeric(long n, double mean, double sumOfSquares) {
      return new Numeric(n, mean, sumOfSquares);
    }

    /**
     * A group with a binary outcome (reported as the percentage of yes).
     *
     * @param n customers in the group
     * @param yes customers with a yes
     * @since 0.1
     */
    record Binary(long n, long yes) implements GroupStatistics<Binary> {
      /**
       * Validates the counts.
       *
       * @param n customers in the group
       * @param yes customers with a yes
       * @throws IllegalArgumentException if a count is negative or {@code yes > n}
       */
      public Binary {
        checkArgument(n >= 0 && yes >= 0, "counts must not be negative: n %s, yes %s", n, yes);
        checkArgument(yes <= n, "yes (%s) exceeds n (%s)", yes, n);
      }

      @Override
      public DelightUplift.Outcome kind() {
        return DelightUplift.Outcome.BINARY;
      }

      @Override
      public OptionalDouble outcome() {
        return n == 0 ? OptionalDouble.empty() : OptionalDouble.of(100.0 * yes / n);
      }

      @Override
      public Optional<Interval> differenceInterval(Binary other, double level) {
        double z = Stats.z(level);
        if (n == 0 || other.n == 0) {
          return Optional.empty();
        }
        double[] b = Stats.newcombe(yes, n, other.yes, other.n, z);
        return Optional.of(new Interval(100 * b[0], 100 * b[1], level, "Newcombe hybrid score"));
      }

      @Override
      public OptionalDouble relativeDifference(Binary other) {
        return ratio(outcome(), other.outcome());
      }

      @Override
      public OptionalDouble outcomeStandardError() {
        if (n == 0) {
          return OptionalDouble.empty();
        }
        double p = (double) yes / n;
        return OptionalDouble.of(100 * Math.sqrt(p * (1 - p) / n));
      }

      @Override
      public OptionalDouble differenceDegreesOfFreedom(Binary other) {
        return OptionalDouble.empty();
      }
    }

    /**
     * A group with an NPS outcome (reported as the NPS of the group).
     *
     * @param detractors customers who answered 0..6
     * @param passives customers who answered 7..8
     * @param promoters customers who answered 9..10
     * @since 0.1
     */
    record Nps(long detractors, long passives, long promoters) implements GroupStatistics<Nps> {
      /**
       * Validates the counts.
       *
       * @param detractors customers who answered 0..6
       * @param passives customers who answered 7..8
       * @param promoters customers who answered 9..10
       * @throws IllegalArgumentException if a count is negative
       * @throws ArithmeticException if the total overflows a {@code long}
       */
      public Nps {
        checkArgument(
            detractors >= 0 && passives >= 0 && promoters >= 0,
            "counts must not be negative: %s, %s, %s",
            detractors,
            passives,
            promoters);
        Exact.add(Exact.add(detractors, passives), promoters);
      }

      @Override
      public DelightUplift.Outcome kind() {
        return DelightUplift.Outcome.NPS;
      }

      /**
       * Returns how many customers are in the group: detractors, passives and promoters.
       *
       * @return n
       */
      @Override
      public long n() {
        return detractors + passives + promoters;
      }

      @Override
      public OptionalDouble outcome() {
        long n = n();
        return n == 0
            ? OptionalDouble.empty()
            : OptionalDouble.of(100.0 * (promoters - detractors) / n);
      }

      private NpsResult nps() {
        return NpsResult.ofCounts(detractors, passives, promoters);
      }

      @Override
      public Optional<Interval> differenceInterval(Nps other, double level) {
        Stats.level(level);
        if (n() == 0 || other.n() == 0) {
          return Optional.empty();
        }
        return nps().compare(other.nps(), level).interval();
      }

      @Override
      public OptionalDouble relativeDifference(Nps other) {
        return OptionalDouble.empty();
      }

      @Override
      public OptionalDouble outcomeStandardError() {
        return n() == 0 ? OptionalDouble.empty() : nps().standardError();
      }

      @Override
      public OptionalDouble differenceDegreesOfFreedom(Nps other) {
        return OptionalDouble.empty();
      }
    }

    /**
     * A group with a numeric outcome such as revenue (reported as the mean).
     *
     * @param n customers in the group
     * @param mean their mean outcome (0 when {@code n} is 0)
     * @param sumOfSquares the sum of squared deviations from the mean (Welford's M2; 0 when {@code
     *     n} is 0 or 1)
     * @since 0.1
     */
    record Numeric(long n, double mean, double sumOfSquares) implements GroupStatistics<Numeric> {
      /**
       * Validates the moments; a negative zero becomes zero.
       *
       * @param n customers in the group
       * @param mean their mean outcome (0 when {@code n} is 0)
       * @param sumOfSquares the sum of squared deviations from the mean (0 when {@code n} is 0 or
       *     1)
       * @throws IllegalArgumentException if {@code n} or the sum of squares is negative, a moment
       *     is not finite, or an empty or one-customer group has moments it cannot have
       */
      public Numeric {
        checkArgument(n >= 0, "n must not be negative, got %s", n);
        checkArgument(
            Double.isFinite(mean) && Double.isFinite(sumOfSquares) && sumOfSquares >= 0,
            "mean and sum of squares must be finite, the sum of squares not negative");
        checkArgument(
            n > 0 || (mean == 0 && sumOfSquares == 0),
            "an empty group has mean 0 and sum of squares 0");
        checkArgument(n > 1 || sumOfSquares == 0, "a group of one has sum of squares 0");
        mean = mean == 0.0 ? 0.0 : mean;
        sumOfSquares = sumOfSquares == 0.0 ? 0.0 : sumOfSquares;
      }

      @Override
      public DelightUplift.Outcome kind() {
        return DelightUplift.Outcome.NUMERIC;
      }

      @Override
      public OptionalDouble outcome() {
        return n == 0 ? OptionalDouble.empty() : OptionalDouble.of(mean);
      }

      @Override
      public Optional<Interval> differenceInterval(Numeric other, double level) {
        Stats.level(level);
        long n1 = n;
        long n2 = other.n;
        if (n1 < 2 || n2 < 2) {
          return Optional.empty();
        }
        double v1 = sumOfSquares / (n1 - 1) / n1;
        double v2 = other.sumOfSquares / (n2 - 1) / n2;
        if (v1 + v2 <= 0) {
          return Optional.empty();
        }
        double df = Stats.welchDf(v1, n1, v2, n2);
        double h = Stats.t(level, df) * Math.sqrt(v1 + v2);
        double diff = mean - other.mean;
        return Optional.of(new Interval(diff - h, diff + h, level, "Welch t"));
      }

      @Override
      public OptionalDouble relativeDifference(Numeric other) {
        return ratio(outcome(), other.outcome());
      }

      @Override
      public OptionalDouble outcomeStandardError() {
        return n < 2
            ? OptionalDouble.empty()
            : OptionalDouble.of(Math.sqrt(sumOfSquares / (n - 1) / n));
      }

      @Override
      public OptionalDouble differenceDegreesOfFreedom(Numeric other) {
        if (n < 2 || other.n < 2) {
          return OptionalDouble.empty();
        }
        double v1 = sumOfSquares / (n - 1) / n;
        double v2 = other.sumOfSquares / (other.n - 1) / other.n;
        return v1 + v2 > 0
            ? OptionalDouble.of(Stats.welchDf(v1, n, v2, other.n))
            : OptionalDouble.empty();
      }
    }
  }

  private static OptionalDouble ratio(OptionalDouble d, OptionalDouble s) {
    if (d.isEmpty() || s.isEmpty() || s.getAsDouble() <= 0) {
      return OptionalDouble.empty();
    }
    return OptionalDouble.of(100 * (d.getAsDouble() / s.getAsDouble() - 1));
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
   * @param groups the delighted, satisfied and dissatisfied groups, in that order, each of the
   *     outcome's kind
   * @return the result, its groups named {@code delighted}, {@code satisfied} and {@code
   *     dissatisfied}
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if there are not three groups, or a group's statistics are of
   *     another outcome kind (the message names the group)
   * @throws ArithmeticException if the total count overflows a {@code long}
   */
  public static UpliftResult of(
      DelightUplift.Outcome outcome, List<? extends GroupStatistics<?>> groups) {
    return of(outcome, groups, NAMES);
  }

  /**
   * Rebuilds a result from its groups' sufficient statistics and names: the inverse of {@link
   * #statistics()} and {@link #groupNames()}.
   *
   * @param outcome the outcome kind
   * @param groups the delighted, satisfied and dissatisfied groups, in that order, each of the
   *     outcome's kind
   * @param names the three groups' names, in the same order (see {@link Delight#named})
   * @return the result
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if there are not three groups or names, a name is blank, too
   *     long or repeated, or a group's statistics are of another outcome kind
   * @throws ArithmeticException if the total count overflows a {@code long}
   * @since 0.1
   */
  public static UpliftResult of(
      DelightUplift.Outcome outcome,
      List<? extends GroupStatistics<?>> groups,
      List<String> names) {
    requireNonNull(outcome, "outcome");
    requireNonNull(groups, "groups");
    requireNonNull(names, "names");
    checkArgument(
        names.size() == 3, "names: an uplift result has 3 groups, got %s names", names.size());
    ImmutableList<String> ns = Delight.checkNames(names.get(0), names.get(1), names.get(2));
    ImmutableList<GroupStatistics<?>> gs = ImmutableList.copyOf(groups);
    checkArgument(
        gs.size() == 3,
        "an uplift result has 3 groups (delighted, satisfied, dissatisfied), got %s",
        gs.size());
    for (int g = 0; g < 3; g++) {
      checkArgument(
          gs.get(g).kind() == outcome,
          "group %s: a %s outcome needs %s statistics, got %s statistics",
          NAMES.get(g),
          outcome,
          outcome,
          gs.get(g).kind());
    }
    return switch (outcome) {
      case BINARY -> of(GroupStatistics.Binary.class, gs, ns);
      case NPS -> of(GroupStatistics.Nps.class, gs, ns);
      case NUMERIC -> of(GroupStatistics.Numeric.class, gs, ns);
    };
  }

  private static <G extends GroupStatistics<G>> UpliftResult of(
      Class<G> type, List<GroupStatistics<?>> gs, ImmutableList<String> names) {
    return of(names, type.cast(gs.get(0)), type.cast(gs.get(1)), type.cast(gs.get(2)));
  }

  /**
   * Returns the sufficient statistics of the delighted, satisfied and dissatisfied groups (see
   * {@link #of(DelightUplift.Outcome, List)}).
   *
   * @return three groups' statistics, all of the {@link #outcome()}'s kind
   */
  public ImmutableList<GroupStatistics<?>> statistics() {
    return groups.list();
  }

  /**
   * Returns the outcome kind.
   *
   * @return the kind
   */
  public DelightUplift.Outcome outcome() {
    return groups.delighted().kind();
  }

  /**
   * Returns the total number of customers.
   *
   * @return n over all groups
   */
  public long n() {
    return groups.delighted().n() + groups.satisfied().n() + groups.dissatisfied().n();
  }

  /**
   * Returns the three groups: delighted, satisfied, dissatisfied.
   *
   * @return the groups with their n and outcome
   */
  public ImmutableList<UpliftGroup> groups() {
    ImmutableList.Builder<UpliftGroup> b = ImmutableList.builder();
    ImmutableList<GroupStatistics<?>> list = groups.list();
    for (int g = 0; g < 3; g++) {
      b.add(new UpliftGroup(names.get(g), list.get(g).n(), list.get(g).outcome()));
    }
    return b.build();
  }

  /**
   * Returns the names of the delighted, satisfied and dissatisfied groups, in that order, as the
   * {@link Delight} definition gave them.
   *
   * @return three names
   * @since 0.1
   */
  public ImmutableList<String> groupNames() {
    return names;
  }

  /**
   * Returns the unit of each group's outcome and of the overall and projected outcome: {@code %}
   * for a binary outcome (the share of yes), {@code NPS points} for an NPS outcome, and for a
   * numeric one the {@linkplain #namedUnit() unit the user named} (such as {@code EUR}) or else
   * {@code outcome units}.
   *
   * @return the unit
   * @since 0.1
   */
  public String outcomeUnit() {
    return switch (outcome()) {
      case BINARY -> "%";
      case NPS -> "NPS points";
      case NUMERIC -> unit.orElse(OUTCOME_UNITS);
    };
  }

  /**
   * Returns the unit of the absolute uplift, its interval and its standard error: {@code percentage
   * points} for a binary outcome, {@code NPS points}, or a numeric outcome's {@link
   * #outcomeUnit()}. (The relative uplift is in percent.)
   *
   * @return the unit
   * @since 0.1
   */
  public String upliftUnit() {
    return outcome() == DelightUplift.Outcome.BINARY ? "percentage points" : outcomeUnit();
  }

  /**
   * Returns the standard error of the absolute uplift, unpooled: {@code √(SE_d² + SE_s²)} from the
   * two groups' {@linkplain GroupStatistics#outcomeStandardError() standard errors}, in the {@link
   * #upliftUnit()}.
   *
   * @return the standard error, or empty when either group is empty (numeric: has fewer than two
   *     customers)
   * @since 0.1
   */
  public OptionalDouble standardError() {
    OptionalDouble d = groups.delighted().outcomeStandardError();
    OptionalDouble s = groups.satisfied().outcomeStandardError();
    if (d.isEmpty() || s.isEmpty()) {
      return OptionalDouble.empty();
    }
    return OptionalDouble.of(Math.hypot(d.getAsDouble(), s.getAsDouble()));
  }

  /**
   * Returns the test statistic of the absolute uplift, {@code uplift / SE}: a z statistic for
   * binary and NPS outcomes, Welch's t for numeric ones.
   *
   * @return the statistic, or empty when the standard error is missing or 0 (both groups without
   *     spread)
   * @since 0.1
   */
  public OptionalDouble z() {
    OptionalDouble se = standardError();
    OptionalDouble up = absoluteUplift();
    if (se.isEmpty() || up.isEmpty() || !(se.getAsDouble() > 0)) {
      return OptionalDouble.empty();
    }
    return OptionalDouble.of(up.getAsDouble() / se.getAsDouble());
  }

  /**
   * Returns the two-sided p value of the uplift under the hypothesis of no difference: {@code 2(1 −
   * Φ(|z|))}, or for numeric outcomes from Student's t with the Welch–Satterthwaite degrees of
   * freedom.
   *
   * @return the p value in 0..1, or empty when {@link #z()} is
   * @since 0.1
   */
  public OptionalDouble pValue() {
    OptionalDouble z = z();
    if (z.isEmpty()) {
      return OptionalDouble.empty();
    }
    OptionalDouble df = groups.df();
    return OptionalDouble.of(
        df.isPresent()
            ? Stats.twoSidedPt(z.getAsDouble(), df.getAsDouble())
            : Stats.twoSidedP(z.getAsDouble()));
  }

  /**
   * Returns the name of the test behind {@link #z()} and {@link #pValue()}: {@code unpooled z} for
   * binary and NPS outcomes, {@code Welch t} for numeric ones.
   *
   * @return the method
   * @since 0.1
   */
  public String testMethod() {
    return outcome() == DelightUplift.Outcome.NUMERIC ? "Welch t" : "unpooled z";
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
    OptionalDouble d = groups.delighted().outcome();
    OptionalDouble s = groups.satisfied().outcome();
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
    return groups.relative();
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
    return groups.interval(level);
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
    for (GroupStatistics<?> g : groups.list()) {
      OptionalDouble v = g.outcome();
      if (v.isPresent()) {
        total += g.n() * v.getAsDouble();
      }
    }
    if (share > 0) {
      OptionalDouble up = absoluteUplift();
      if (up.isEmpty()) {
        return OptionalDouble.empty();
      }
      total += share * groups.satisfied().n() * up.getAsDouble();
    }
    return OptionalDouble.of(total / n);
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof UpliftResult r
        && r.groups.equals(groups)
        && r.names.equals(names)
        && r.unit.equals(unit);
  }

  @Override
  public int hashCode() {
    return (31 * groups.hashCode() + names.hashCode()) * 31 + unit.hashCode();
  }

  /**
   * Returns one line: the outcome kind and its unit, n, the groups compared and the absolute uplift
   * with its unit, standard error and p, such as {@code UpliftResult[binary outcome in %, n=480,
   * delighted − satisfied: 36.0 percentage points, SE 5.12, unpooled z 7.03, p <0.0001]}. The table
   * of groups with the interval is rendered by the cx-report module ({@code
   * TextReport.table(result)}).
   */
  @Override
  public String toString() {
    return "UpliftResult["
        + outcome().name().toLowerCase(Locale.ROOT)
        + " outcome in "
        + outcomeUnit()
        + ", n="
        + n()
        + ", "
        + names.get(0)
        + " − "
        + names.get(1)
        + ": "
        + Numbers.brief(absoluteUplift())
        + " "
        + upliftUnit()
        + ", SE "
        + Numbers.brief(standardError())
        + ", "
        + testMethod()
        + " "
        + Numbers.brief(z())
        + ", p "
        + p(pValue())
        + "]";
  }

  /** Formats a p value with four decimals, {@code <0.0001} below that, or {@code -}. */
  static String p(OptionalDouble p) {
    if (p.isEmpty()) {
      return "-";
    }
    double v = p.getAsDouble();
    return v < 0.0001 ? "<0.0001" : String.format(Locale.ROOT, "%.4f", v);
  }
}
