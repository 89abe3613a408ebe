package org.cxkit.metrics.journeys;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import org.cxkit.core.Scale;
import org.cxkit.core.observed.FeedbackCase;
import org.cxkit.core.observed.RecoveryAction;
import org.cxkit.metrics.internal.BadValues;
import org.cxkit.metrics.internal.Exact;
import org.cxkit.metrics.internal.Frame;
import org.cxkit.metrics.spi.Analysis;
import org.cxkit.metrics.spi.MergeableState;

/**
 * Service recovery over {@link FeedbackCase}s: first-contact resolution, time to first response and
 * to resolution (median and 90th percentile), channel switches during a case, and the customers'
 * ratings after recovery by the {@linkplain RecoveryAction actions} taken. See {@link
 * RecoveryResult} for the statistics; the ratings of recovered customers beside those who never
 * failed are {@link RecoveryParadox}'s job.
 *
 * <pre>{@code
 * ServiceRecovery recovery = ServiceRecovery.of(Scale.CSAT);   // ratings after recovery, 1..5
 * RecoveryResult r = cases.stream().collect(recovery.collector());
 * r.firstContactResolution();      // 3/4 (75.0 %), with a Wilson interval
 * r.timeToResolution().median();   // Optional[PT26H]
 * r.byAction().get(RecoveryAction.APOLOGY).mean();
 * }</pre>
 *
 * <p>The state holds counts, two fixed-size duration sketches and one rating histogram per action:
 * constant memory, exact merges.
 *
 * @since 0.1
 */
public final class ServiceRecovery
    implements Analysis<FeedbackCase, RecoveryResult, ServiceRecovery.State> {
  private static final int VERSION = 1;
  private static final RecoveryAction[] ACTIONS = RecoveryAction.values();

  private final Scale rating;

  private ServiceRecovery(Scale rating) {
    this.rating = rating;
  }

  /**
   * Returns the analysis for ratings after recovery on a scale.
   *
   * @param rating the scale customers rate the handling on
   * @return the analysis
   * @since 0.1
   */
  public static ServiceRecovery of(Scale rating) {
    return new ServiceRecovery(requireNonNull(rating, "rating"));
  }

  /**
   * Returns the rating scale.
   *
   * @return the scale
   * @since 0.1
   */
  public Scale rating() {
    return rating;
  }

  /**
   * Returns {@code service-recovery}.
   *
   * @return the id
   */
  @Override
  public String id() {
    return "service-recovery";
  }

  @Override
  public State newState() {
    return new State(this);
  }

  /**
   * Reads a state written by {@link State#toBytes()}.
   *
   * @param bytes the encoded state
   * @return the state
   * @throws IllegalArgumentException if the bytes are corrupt, of another analysis or scale, or
   *     hold a state no cases could give (more resolved than cases, more resolved at first contact
   *     than resolved, more resolution times than resolved cases)
   */
  @Override
  public State decode(byte[] bytes) {
    requireNonNull(bytes, "bytes");
    Frame.Reader r = Frame.read(bytes, id(), "state", VERSION);
    r.expectScale(rating);
    State s = new State(this);
    s.cases = r.getCount("the cases");
    s.resolved = r.getCount("the resolved cases");
    s.firstContact = r.getCount("the cases resolved at first contact");
    s.switched = r.getCount("the cases that switched channel");
    s.switches = r.getCount("the channel switches");
    r.check(s.resolved <= s.cases, "more resolved cases than cases");
    r.check(s.firstContact <= s.resolved, "more cases resolved at first contact than resolved");
    r.check(s.switched <= s.cases, "more cases that switched channel than cases");
    r.check(s.switches >= s.switched, "fewer channel switches than cases that switched");
    r.check(s.switched > 0 || s.switches == 0, "channel switches without a case that switched");
    s.response.restore(DurationSketch.read(r, "response times"));
    s.resolution.restore(DurationSketch.read(r, "resolution times"));
    r.check(s.response.n() <= s.cases, "more response times than cases");
    r.check(s.response.n() >= s.resolved, "fewer response times than resolved cases");
    r.check(s.resolution.n() == s.resolved, "resolution times and resolved cases differ");
    for (int a = 0; a < ACTIONS.length; a++) {
      String name = "the cases with " + ACTIONS[a];
      s.actionCases[a] = r.getCount(name);
      r.check(s.actionCases[a] <= s.cases, "more " + name + " than cases");
      long rated = 0;
      for (int p = 0; p < rating.points(); p++) {
        long c = r.getCount("a rating count of " + name);
        rated += c;
        r.check(rated >= 0 && rated <= s.actionCases[a], "more ratings than " + name);
        s.ratings[a][p] = c;
      }
    }
    r.end();
    return s;
  }

  @Override
  public String toString() {
    return "ServiceRecovery[rating " + rating + "]";
  }

  /**
   * The mutable state of one run: counts, duration sketches and rating histograms. Not thread-safe.
   *
   * @since 0.1
   */
  public static final class State implements MergeableState<FeedbackCase, RecoveryResult, State> {
    private final ServiceRecovery analysis;
    private long cases;
    private long resolved;
    private long firstContact;
    private long switched;
    private long switches;
    private final DurationSketch response = new DurationSketch();
    private final DurationSketch resolution = new DurationSketch();
    private final long[] actionCases = new long[ACTIONS.length];
    private final long[][] ratings;

    State(ServiceRecovery analysis) {
      this.analysis = analysis;
      this.ratings = new long[ACTIONS.length][analysis.rating.points()];
    }

    /**
     * Adds a case.
     *
     * @param c the case
     * @throws NullPointerException if {@code c} is null
     * @throws org.cxkit.metrics.BadInputException if its rating is off the scale or a time is
     *     negative or over 100 years
     * @throws ArithmeticException if a count overflows
     */
    @Override
    public void add(FeedbackCase c) {
      requireNonNull(c, "case");
      Scale scale = analysis.rating;
      if (c.ratingAfterRecovery().isPresent()) {
        int v = c.ratingAfterRecovery().getAsInt();
        if (!scale.contains(v)) {
          throw BadValues.value(BadValues.offScale("ratingAfterRecovery", scale));
        }
      }
      c.timeToFirstResponse().ifPresent(d -> DurationSketch.check(d, "the time to first response"));
      c.timeToResolution().ifPresent(d -> DurationSketch.check(d, "the time to resolution"));
      long nextCases = Exact.add(cases, 1);
      long nextSwitches = Exact.add(switches, c.channelSwitches());
      cases = nextCases;
      switches = nextSwitches;
      c.timeToFirstResponse().ifPresent(response::add);
      if (c.isResolved()) {
        resolved++;
        resolution.add(c.timeToResolution().orElseThrow());
        if (c.resolvedAtFirstContact()) {
          firstContact++;
        }
      }
      if (c.channelSwitches() > 0) {
        switched++;
      }
      for (RecoveryAction a : c.actions()) {
        actionCases[a.ordinal()]++;
        if (c.ratingAfterRecovery().isPresent()) {
          ratings[a.ordinal()][c.ratingAfterRecovery().getAsInt() - scale.min()]++;
        }
      }
    }

    @Override
    public State merge(State other) {
      requireNonNull(other, "other");
      checkArgument(
          other.analysis.rating.equals(analysis.rating),
          "cannot merge a state of %s into %s",
          other.analysis,
          analysis);
      long total = Exact.add(cases, other.cases);
      Exact.add(switches, other.switches);
      resolved += other.resolved;
      firstContact += other.firstContact;
      switched += other.switched;
      switches += other.switches;
      cases = total;
      response.merge(other.response);
      resolution.merge(other.resolution);
      for (int a = 0; a < ACTIONS.length; a++) {
        actionCases[a] += other.actionCases[a];
        for (int p = 0; p < ratings[a].length; p++) {
          ratings[a][p] += other.ratings[a][p];
        }
      }
      return this;
    }

    void restore(State from) {
      cases = from.cases;
      resolved = from.resolved;
      firstContact = from.firstContact;
      switched = from.switched;
      switches = from.switches;
      response.restore(from.response);
      resolution.restore(from.resolution);
      System.arraycopy(from.actionCases, 0, actionCases, 0, ACTIONS.length);
      for (int a = 0; a < ACTIONS.length; a++) {
        System.arraycopy(from.ratings[a], 0, ratings[a], 0, ratings[a].length);
      }
    }

    @Override
    public RecoveryResult result() {
      return RecoveryResult.of(
          analysis.rating,
          cases,
          resolved,
          firstContact,
          switched,
          switches,
          response.summary(),
          resolution.summary(),
          actionCases,
          ratings);
    }

    @Override
    public State copy() {
      State s = new State(analysis);
      s.restore(this);
      return s;
    }

    /**
     * Encodes the state: a frame of kind {@code service-recovery}, version 1, holding the rating
     * scale, the counts, the two duration sketches (only nonempty buckets) and the rating
     * histograms per action.
     *
     * @return the bytes
     */
    @Override
    public byte[] toBytes() {
      Frame.Writer w = Frame.writer(analysis.id(), VERSION).putScale(analysis.rating);
      w.putLong(cases).putLong(resolved).putLong(firstContact).putLong(switched).putLong(switches);
      response.write(w);
      resolution.write(w);
      for (int a = 0; a < ACTIONS.length; a++) {
        w.putLong(actionCases[a]);
        for (long c : ratings[a]) {
          w.putLong(c);
        }
      }
      return w.finish();
    }

    @Override
    public String toString() {
      return "ServiceRecovery.State[" + cases + " cases]";
    }
  }
}
