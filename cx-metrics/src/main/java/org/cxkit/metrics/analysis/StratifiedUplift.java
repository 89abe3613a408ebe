package org.cxkit.metrics.analysis;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import org.cxkit.metrics.Interval;
import org.cxkit.metrics.internal.Exact;
import org.cxkit.metrics.internal.Numbers;
import org.cxkit.metrics.internal.Stats;
import org.jspecify.annotations.Nullable;

/**
 * A stratified delight uplift: one {@link UpliftResult} per segment (stratum) and the uplift pooled
 * over them, so that a difference in the mix of segments between the delighted and the satisfied
 * does not pass for an uplift. Build one {@link DelightUplift} tally per segment, then pool:
 *
 * <pre>{@code
 * StratifiedUplift s = StratifiedUplift.of(Map.of(
 *     "new customers", newTally.result(),
 *     "regulars", regularTally.result()));
 * s.pooledUplift();   // inverse-variance weighted mean of the segments' uplifts
 * s.interval(0.95);   // pooled ± z·SE
 * s.pValue();
 * }</pre>
 *
 * <p><b>Method:</b> the fixed-effect inverse-variance weighted mean (Borenstein, Hedges, Higgins
 * &amp; Rothstein 2009, <i>Introduction to Meta-Analysis</i>, ch. 11; Cochrane Handbook §10.3.1):
 * each segment's absolute uplift {@code u_i} weighs {@code w_i = 1 / SE_i²}, with {@code SE_i} the
 * segment's {@linkplain UpliftResult#standardError() unpooled standard error}; the pooled uplift is
 * {@code Σ w_i u_i / Σ w_i}, its standard error {@code 1 / √Σ w_i}, {@code z} their ratio, the
 * two-sided p {@code 2(1 − Φ(|z|))} and the interval {@code pooled ± z_(1+level)/2 · SE}. It
 * assumes one common uplift in every segment (a fixed effect) and is in the segments' {@link
 * UpliftResult#upliftUnit() uplift unit}.
 *
 * <p><b>Too little data is visible:</b> a segment without a standard error (an empty group, a
 * numeric group under two customers, or no spread at all) cannot be weighed; it stays in {@link
 * #strata()} but is left out of the pool and listed in {@link #excluded()}. With no segment left
 * the pooled figures are empty.
 *
 * <p>Immutable; equal when the strata are equal (in order).
 *
 * @since 0.1
 */
public final class StratifiedUplift {
  private final ImmutableMap<String, UpliftResult> strata;
  private final ImmutableList<String> excluded;
  private final double weightSum;
  private final double weightedUplift;

  private StratifiedUplift(ImmutableMap<String, UpliftResult> strata) {
    this.strata = strata;
    ImmutableList.Builder<String> out = ImmutableList.builder();
    double ws = 0;
    double wu = 0;
    for (Map.Entry<String, UpliftResult> e : strata.entrySet()) {
      OptionalDouble se = e.getValue().standardError();
      OptionalDouble u = e.getValue().absoluteUplift();
      if (se.isEmpty() || u.isEmpty() || !(se.getAsDouble() > 0)) {
        out.add(e.getKey());
        continue;
      }
      double w = 1 / (se.getAsDouble() * se.getAsDouble());
      ws += w;
      wu += w * u.getAsDouble();
    }
    this.excluded = out.build();
    this.weightSum = ws;
    this.weightedUplift = wu;
  }

  /**
   * Pools the uplift results of some segments.
   *
   * @param strata the segments' results by segment name, in the order to report them; at least one,
   *     all of one outcome kind, with the same group names and unit
   * @return the stratified uplift
   * @throws NullPointerException if the map, a name or a result is null
   * @throws IllegalArgumentException if there is no segment, a name is blank, or a segment's
   *     outcome kind, group names or outcome unit differ from the first segment's (the message
   *     gives the segment's position, not its name)
   */
  public static StratifiedUplift of(Map<String, UpliftResult> strata) {
    requireNonNull(strata, "strata");
    checkArgument(!strata.isEmpty(), "strata: give at least one segment's result");
    ImmutableMap<String, UpliftResult> copy = ImmutableMap.copyOf(strata);
    UpliftResult first = copy.values().iterator().next();
    int i = 0;
    for (Map.Entry<String, UpliftResult> e : copy.entrySet()) {
      checkArgument(!e.getKey().isBlank(), "strata: segment %s has a blank name", i);
      UpliftResult r = e.getValue();
      checkArgument(
          r.outcome() == first.outcome(),
          "strata: segment %s has a %s outcome, the first segment a %s outcome",
          i,
          r.outcome(),
          first.outcome());
      checkArgument(
          r.groupNames().equals(first.groupNames()),
          "strata: segment %s names its groups differently from the first segment",
          i);
      checkArgument(
          r.namedUnit().equals(first.namedUnit()),
          "strata: segment %s measures its outcome in another unit than the first segment",
          i);
      i++;
    }
    return new StratifiedUplift(copy);
  }

  /**
   * Returns the segments' own results, by segment name, in the order given.
   *
   * @return the strata
   */
  public ImmutableMap<String, UpliftResult> strata() {
    return strata;
  }

  /**
   * Returns the segments left out of the pool because their uplift has no standard error.
   *
   * @return the names of the excluded segments, in order; empty when all are pooled
   */
  public ImmutableList<String> excluded() {
    return excluded;
  }

  /**
   * Returns a segment's share of the pooled weight, {@code w_i / Σ w} with {@code w_i = 1 / SE_i²}:
   * how much the segment counts in the pooled uplift.
   *
   * @param stratum the segment's name, as given to {@link #of}
   * @return the share in 0..1, or empty when the segment is {@linkplain #excluded() excluded}
   * @throws NullPointerException if the name is null
   * @throws IllegalArgumentException if there is no segment of that name (the message does not
   *     repeat it)
   * @since 0.1
   */
  public OptionalDouble weight(String stratum) {
    requireNonNull(stratum, "stratum");
    UpliftResult r = strata.get(stratum);
    checkArgument(r != null, "stratum: not one of the %s segments", strata.size());
    if (excluded.contains(stratum)) {
      return OptionalDouble.empty();
    }
    double se = r.standardError().getAsDouble();
    return OptionalDouble.of(1 / (se * se) / weightSum);
  }

  /**
   * Returns the outcome kind shared by all segments.
   *
   * @return the kind
   */
  public DelightUplift.Outcome outcome() {
    return first().outcome();
  }

  /**
   * Returns the unit of the pooled uplift and its standard error and interval (see {@link
   * UpliftResult#upliftUnit()}).
   *
   * @return the unit
   */
  public String upliftUnit() {
    return first().upliftUnit();
  }

  private UpliftResult first() {
    return strata.values().iterator().next();
  }

  /**
   * Returns the number of customers over all segments, pooled or not.
   *
   * @return n
   */
  public long n() {
    long n = 0;
    for (UpliftResult r : strata.values()) {
      n = Exact.add(n, r.n());
    }
    return n;
  }

  /**
   * Returns the inverse-variance weighted mean of the pooled segments' absolute uplifts.
   *
   * @return the pooled uplift, or empty when no segment can be weighed
   */
  public OptionalDouble pooledUplift() {
    return weightSum > 0 ? OptionalDouble.of(weightedUplift / weightSum) : OptionalDouble.empty();
  }

  /**
   * Returns the standard error of the pooled uplift, {@code 1 / √Σ w_i}.
   *
   * @return the standard error, or empty when no segment can be weighed
   */
  public OptionalDouble standardError() {
    return weightSum > 0 ? OptionalDouble.of(1 / Math.sqrt(weightSum)) : OptionalDouble.empty();
  }

  /**
   * Returns the z statistic of the pooled uplift, pooled / SE.
   *
   * @return z, or empty when no segment can be weighed
   */
  public OptionalDouble z() {
    return weightSum > 0
        ? OptionalDouble.of(weightedUplift / weightSum * Math.sqrt(weightSum))
        : OptionalDouble.empty();
  }

  /**
   * Returns the two-sided p value of the pooled uplift, {@code 2(1 − Φ(|z|))}.
   *
   * @return p in 0..1, or empty when no segment can be weighed
   */
  public OptionalDouble pValue() {
    OptionalDouble z = z();
    return z.isPresent() ? OptionalDouble.of(Stats.twoSidedP(z.getAsDouble())) : z;
  }

  /**
   * Returns the normal confidence interval of the pooled uplift, {@code pooled ± z·SE}.
   *
   * @param level the confidence level, in (0, 1)
   * @return the interval, or empty when no segment can be weighed
   * @throws IllegalArgumentException if the level is not in (0, 1)
   */
  public Optional<Interval> interval(double level) {
    double q = Stats.z(level);
    if (!(weightSum > 0)) {
      return Optional.empty();
    }
    double m = weightedUplift / weightSum;
    double h = q / Math.sqrt(weightSum);
    return Optional.of(new Interval(m - h, m + h, level, "inverse-variance fixed effect"));
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof StratifiedUplift s && s.strata.equals(strata);
  }

  @Override
  public int hashCode() {
    return strata.hashCode();
  }

  /**
   * Returns one line: the outcome, the segments pooled, n and the pooled uplift with its unit,
   * standard error and p, such as {@code StratifiedUplift[binary outcome, 3 segments (1 excluded),
   * n=900, pooled 12.5 percentage points, SE 3.10, z 4.03, p 0.0001]}.
   */
  @Override
  public String toString() {
    return "StratifiedUplift["
        + outcome().name().toLowerCase(Locale.ROOT)
        + " outcome, "
        + strata.size()
        + (strata.size() == 1 ? " segment" : " segments")
        + (excluded.isEmpty() ? "" : " (" + excluded.size() + " excluded)")
        + ", n="
        + n()
        + ", pooled "
        + Numbers.brief(pooledUplift())
        + " "
        + upliftUnit()
        + ", SE "
        + Numbers.brief(standardError())
        + ", z "
        + Numbers.brief(z())
        + ", p "
        + UpliftResult.p(pValue())
        + "]";
  }
}
