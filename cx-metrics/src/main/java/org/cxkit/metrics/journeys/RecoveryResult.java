package org.cxkit.metrics.journeys;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableMap;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.cxkit.core.Scale;
import org.cxkit.core.observed.RecoveryAction;
import org.cxkit.metrics.ScaleHistogram;
import org.cxkit.metrics.ScaleResult;
import org.jspecify.annotations.Nullable;

/**
 * The result of {@link ServiceRecovery}: how feedback cases were handled.
 *
 * <ul>
 *   <li><b>First-contact resolution</b>: cases resolved after exactly one contact, of all cases
 *       (open cases count as not resolved at first contact), with a 95 % Wilson interval.
 *   <li><b>Times</b> from receipt to the first response and to resolution: median and 90th
 *       percentile of the cases that have them (see {@link DurationSummary} for the quantile
 *       method).
 *   <li><b>Channel switches</b>: the share of cases that moved to another channel, and the switches
 *       per case.
 *   <li><b>Recovery by action</b>: per {@link RecoveryAction}, the cases it was used in and the
 *       ratings after recovery of those cases, as a {@link ScaleResult} (mean with a t interval,
 *       box shares with Wilson). A case with several actions counts under each, so the actions are
 *       compared side by side, not separated.
 * </ul>
 *
 * @since 0.1
 */
public final class RecoveryResult {
  private final long cases;
  private final Rate resolved;
  private final Rate firstContactResolution;
  private final Rate switched;
  private final long switches;
  private final DurationSummary timeToFirstResponse;
  private final DurationSummary timeToResolution;
  private final ImmutableMap<RecoveryAction, ByAction> byAction;

  private RecoveryResult(
      long cases,
      Rate resolved,
      Rate firstContactResolution,
      Rate switched,
      long switches,
      DurationSummary timeToFirstResponse,
      DurationSummary timeToResolution,
      ImmutableMap<RecoveryAction, ByAction> byAction) {
    this.cases = cases;
    this.resolved = resolved;
    this.firstContactResolution = firstContactResolution;
    this.switched = switched;
    this.switches = switches;
    this.timeToFirstResponse = timeToFirstResponse;
    this.timeToResolution = timeToResolution;
    this.byAction = byAction;
  }

  static RecoveryResult of(
      Scale rating,
      long cases,
      long resolved,
      long firstContact,
      long switched,
      long switches,
      DurationSummary response,
      DurationSummary resolution,
      long[] actionCases,
      long[][] ratings) {
    Map<RecoveryAction, ByAction> by = new EnumMap<>(RecoveryAction.class);
    for (RecoveryAction a : RecoveryAction.values()) {
      by.put(
          a,
          new ByAction(
              actionCases[a.ordinal()],
              new ScaleResult(
                  "recovery-rating",
                  ScaleHistogram.of(rating, ratings[a.ordinal()]),
                  ScaleResult.Headline.MEAN)));
    }
    return new RecoveryResult(
        cases,
        new Rate(resolved, cases),
        new Rate(firstContact, cases),
        new Rate(switched, cases),
        switches,
        response,
        resolution,
        ImmutableMap.copyOf(by));
  }

  /**
   * Rebuilds a result from its figures, as a results document carries them.
   *
   * @param cases the number of cases
   * @param resolved the resolved cases, of all cases
   * @param firstContactResolution the cases resolved after exactly one contact, of all cases
   * @param switchedChannel the cases that moved to another channel, of all cases
   * @param channelSwitches the switches in all; at least one per case that switched
   * @param timeToFirstResponse the times to first response; at most one per case
   * @param timeToResolution the times to resolution; one per resolved case
   * @param byAction per recovery action, its cases and ratings; every action, each rating on the
   *     same scale
   * @return the result
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the figures contradict each other (a rate of another number
   *     of cases, more first-contact resolutions than resolutions, fewer switches than cases that
   *     switched, more times than cases, an action missing or with more cases than there are,
   *     ratings on different scales)
   * @since 0.1
   */
  public static RecoveryResult of(
      long cases,
      Rate resolved,
      Rate firstContactResolution,
      Rate switchedChannel,
      long channelSwitches,
      DurationSummary timeToFirstResponse,
      DurationSummary timeToResolution,
      Map<RecoveryAction, ByAction> byAction) {
    requireNonNull(resolved, "resolved");
    requireNonNull(firstContactResolution, "firstContactResolution");
    requireNonNull(switchedChannel, "switchedChannel");
    requireNonNull(timeToFirstResponse, "timeToFirstResponse");
    requireNonNull(timeToResolution, "timeToResolution");
    requireNonNull(byAction, "byAction");
    checkArgument(cases >= 0, "cases must not be negative");
    checkArgument(
        resolved.of() == cases
            && firstContactResolution.of() == cases
            && switchedChannel.of() == cases,
        "each rate must be of all %s cases",
        cases);
    checkArgument(
        firstContactResolution.count() <= resolved.count(),
        "firstContactResolution: more cases than were resolved");
    checkArgument(
        channelSwitches >= switchedChannel.count(),
        "channelSwitches: fewer than the cases that switched");
    checkArgument(timeToFirstResponse.n() <= cases, "timeToFirstResponse: more times than cases");
    checkArgument(
        timeToResolution.n() == resolved.count(),
        "timeToResolution: one time per resolved case expected");
    @Nullable Scale scale = null;
    Map<RecoveryAction, ByAction> by = new EnumMap<>(RecoveryAction.class);
    for (RecoveryAction a : RecoveryAction.values()) {
      ByAction x = byAction.get(a);
      checkArgument(x != null, "byAction: no entry for %s", a);
      checkArgument(x.cases() <= cases, "byAction[%s]: more cases than there are", a);
      Scale s = x.ratings().scale();
      checkArgument(scale == null || scale.equals(s), "byAction[%s]: ratings on another scale", a);
      scale = s;
      by.put(a, x);
    }
    checkArgument(byAction.size() == by.size(), "byAction: an entry that is not an action");
    return new RecoveryResult(
        cases,
        resolved,
        firstContactResolution,
        switchedChannel,
        channelSwitches,
        timeToFirstResponse,
        timeToResolution,
        ImmutableMap.copyOf(by));
  }

  /**
   * Returns the number of cases.
   *
   * @return the sample size
   * @since 0.1
   */
  public long cases() {
    return cases;
  }

  /**
   * Returns the resolved cases of all cases.
   *
   * @return the rate
   * @since 0.1
   */
  public Rate resolved() {
    return resolved;
  }

  /**
   * Returns the first-contact resolution: cases resolved after one contact, of all cases.
   *
   * @return the rate, with its Wilson interval
   * @since 0.1
   */
  public Rate firstContactResolution() {
    return firstContactResolution;
  }

  /**
   * Returns the cases that moved to another channel at least once, of all cases.
   *
   * @return the rate
   * @since 0.1
   */
  public Rate switchedChannel() {
    return switched;
  }

  /**
   * Returns the number of channel switches over all cases.
   *
   * @return the count
   * @since 0.1
   */
  public long channelSwitches() {
    return switches;
  }

  /**
   * Returns the channel switches per case.
   *
   * @return the mean, empty when there are no cases
   * @since 0.1
   */
  public Optional<Double> switchesPerCase() {
    return cases == 0 ? Optional.empty() : Optional.of((double) switches / cases);
  }

  /**
   * Returns the time from receipt to the first response, over the answered cases.
   *
   * @return the summary
   * @since 0.1
   */
  public DurationSummary timeToFirstResponse() {
    return timeToFirstResponse;
  }

  /**
   * Returns the time from receipt to resolution, over the resolved cases.
   *
   * @return the summary
   * @since 0.1
   */
  public DurationSummary timeToResolution() {
    return timeToResolution;
  }

  /**
   * Returns, for every recovery action, its cases and their ratings after recovery.
   *
   * @return one entry per action, in declaration order
   * @since 0.1
   */
  public ImmutableMap<RecoveryAction, ByAction> byAction() {
    return byAction;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof RecoveryResult r
        && cases == r.cases
        && resolved.equals(r.resolved)
        && firstContactResolution.equals(r.firstContactResolution)
        && switched.equals(r.switched)
        && switches == r.switches
        && timeToFirstResponse.equals(r.timeToFirstResponse)
        && timeToResolution.equals(r.timeToResolution)
        && byAction.equals(r.byAction);
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        cases,
        resolved,
        firstContactResolution,
        switched,
        switches,
        timeToFirstResponse,
        timeToResolution,
        byAction);
  }

  /** Returns a one-line summary: cases, FCR, the median times. */
  @Override
  public String toString() {
    return String.format(
        Locale.ROOT,
        "RecoveryResult[%d cases, FCR %s, first response %s, resolution %s]",
        cases,
        firstContactResolution,
        timeToFirstResponse.median().map(Object::toString).orElse("no data"),
        timeToResolution.median().map(Object::toString).orElse("no data"));
  }

  /**
   * One recovery action's outcome: the cases it was used in and the ratings after recovery given in
   * those cases.
   *
   * @param cases the cases with this action
   * @param ratings the ratings of those cases that were rated
   * @since 0.1
   */
  public record ByAction(long cases, ScaleResult ratings) {
    /**
     * Validates the components.
     *
     * @param cases the cases; not negative
     * @param ratings the ratings; not more than the cases
     * @throws NullPointerException if {@code ratings} is null
     * @throws IllegalArgumentException if there are more ratings than cases
     */
    public ByAction {
      requireNonNull(ratings, "ratings");
      checkArgument(
          cases >= 0 && ratings.n() <= cases, "%s ratings do not fit %s cases", ratings.n(), cases);
    }

    @Override
    public String toString() {
      return "ByAction[" + cases + " cases, " + ratings.n() + " rated]";
    }
  }
}
