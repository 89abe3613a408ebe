package org.cxkit.metrics.journeys;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import org.cxkit.core.Scale;
import org.cxkit.core.observed.FeedbackCase;
import org.cxkit.metrics.internal.BadValues;
import org.cxkit.metrics.internal.Exact;
import org.cxkit.metrics.internal.Frame;
import org.cxkit.metrics.spi.Analysis;
import org.cxkit.metrics.spi.MergeableState;

/**
 * The service-recovery paradox: do customers whose failure was recovered rate the organisation
 * higher than customers who never failed? (McCollough and Bharadwaj 1992; de Matos, Henrique and
 * Rossi 2007 found the effect on satisfaction in a meta-analysis, but not on loyalty.) The analysis
 * keeps one histogram of ratings per {@link Group} on a scale and reports the difference of means,
 * recovered minus never failed, with Welch's interval; see {@link ParadoxResult}.
 *
 * <pre>{@code
 * RecoveryParadox paradox = RecoveryParadox.of(Scale.CSAT);
 * RecoveryParadox.State s = paradox.newState();
 * s.add(feedbackCase);                  // resolved and rated: RECOVERED; rated, open: NOT_RECOVERED
 * s.add(RecoveryParadox.Group.NEVER_FAILED, 4);   // a survey answer from a customer without a case
 * s.result().difference();              // recovered minus never failed, with s.result().interval(0.95)
 * }</pre>
 *
 * <p>Observational: recovered customers chose to complain and may differ in other ways.
 *
 * @since 0.1
 */
public final class RecoveryParadox
    implements Analysis<RecoveryParadox.Rating, ParadoxResult, RecoveryParadox.State> {
  private static final int VERSION = 1;
  private static final Group[] GROUPS = Group.values();

  /**
   * Whose rating it is.
   *
   * @since 0.1
   */
  public enum Group {
    /** A customer whose failure was resolved. */
    RECOVERED,
    /** A customer whose case is still open. */
    NOT_RECOVERED,
    /** A customer who had no failure. */
    NEVER_FAILED
  }

  /**
   * One customer's rating and group, for the generic {@link Analysis} paths.
   *
   * @param group the group
   * @param rating the rating on the analysis's scale
   * @since 0.1
   */
  public record Rating(Group group, int rating) {
    /**
     * Checks the group.
     *
     * @param group the group
     * @param rating the rating
     * @throws NullPointerException if {@code group} is null
     */
    public Rating {
      requireNonNull(group, "group");
    }
  }

  private final Scale scale;

  private RecoveryParadox(Scale scale) {
    this.scale = scale;
  }

  /**
   * Returns the analysis for ratings on a scale.
   *
   * @param scale the rating scale
   * @return the analysis
   * @since 0.1
   */
  public static RecoveryParadox of(Scale scale) {
    return new RecoveryParadox(requireNonNull(scale, "scale"));
  }

  /**
   * Returns {@code recovery-paradox}.
   *
   * @return the id
   */
  @Override
  public String id() {
    return "recovery-paradox";
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
   *     hold more ratings than a long counts
   */
  @Override
  public State decode(byte[] bytes) {
    requireNonNull(bytes, "bytes");
    Frame.Reader r = Frame.read(bytes, id(), "state", VERSION);
    r.expectScale(scale);
    State s = new State(this);
    long total = 0;
    for (Group g : GROUPS) {
      for (int p = 0; p < scale.points(); p++) {
        long c = r.getCount("a rating count of the " + g + " group");
        try {
          total = Exact.add(total, c);
        } catch (ArithmeticException e) {
          throw r.invalid("the groups hold more ratings than a long counts");
        }
        s.counts[g.ordinal()][p] = c;
      }
    }
    s.total = total;
    r.end();
    return s;
  }

  @Override
  public String toString() {
    return "RecoveryParadox[" + scale + "]";
  }

  /**
   * The mutable state: a rating histogram per group. Exact merges. Not thread-safe.
   *
   * @since 0.1
   */
  public static final class State implements MergeableState<Rating, ParadoxResult, State> {
    private final RecoveryParadox analysis;
    private final long[][] counts;
    private long total;

    State(RecoveryParadox analysis) {
      this.analysis = analysis;
      this.counts = new long[GROUPS.length][analysis.scale.points()];
    }

    /**
     * Adds a rating.
     *
     * @param group whose
     * @param rating on the scale
     * @throws NullPointerException if {@code group} is null
     * @throws org.cxkit.metrics.BadInputException if the rating is off the scale
     * @throws ArithmeticException if the count overflows
     */
    public void add(Group group, int rating) {
      requireNonNull(group, "group");
      Scale scale = analysis.scale;
      if (!scale.contains(rating)) {
        throw BadValues.value(BadValues.offScale("the rating", scale));
      }
      total = Exact.add(total, 1);
      counts[group.ordinal()][rating - scale.min()]++;
    }

    @Override
    public void add(Rating observation) {
      requireNonNull(observation, "observation");
      add(observation.group(), observation.rating());
    }

    /**
     * Adds a feedback case's rating after recovery: {@link Group#RECOVERED} when the case is
     * resolved, {@link Group#NOT_RECOVERED} otherwise. A case without a rating adds nothing.
     *
     * @param c the case
     * @return whether the case had a rating and was added
     * @throws NullPointerException if {@code c} is null
     * @throws org.cxkit.metrics.BadInputException if the rating is off the scale
     * @throws ArithmeticException if the count overflows
     */
    public boolean add(FeedbackCase c) {
      requireNonNull(c, "case");
      if (c.ratingAfterRecovery().isEmpty()) {
        return false;
      }
      add(
          c.isResolved() ? Group.RECOVERED : Group.NOT_RECOVERED,
          c.ratingAfterRecovery().getAsInt());
      return true;
    }

    @Override
    public State merge(State other) {
      requireNonNull(other, "other");
      checkArgument(
          other.analysis.scale.equals(analysis.scale),
          "cannot merge a state of %s into %s",
          other.analysis,
          analysis);
      total = Exact.add(total, other.total);
      for (int g = 0; g < GROUPS.length; g++) {
        for (int p = 0; p < counts[g].length; p++) {
          counts[g][p] += other.counts[g][p];
        }
      }
      return this;
    }

    @Override
    public ParadoxResult result() {
      return ParadoxResult.of(analysis.scale, counts);
    }

    @Override
    public State copy() {
      State s = new State(analysis);
      for (int g = 0; g < GROUPS.length; g++) {
        System.arraycopy(counts[g], 0, s.counts[g], 0, counts[g].length);
      }
      s.total = total;
      return s;
    }

    /**
     * Encodes the state: a frame of kind {@code recovery-paradox}, version 1, holding the scale and
     * the rating counts per group, lowest point first.
     *
     * @return the bytes
     */
    @Override
    public byte[] toBytes() {
      Frame.Writer w = Frame.writer(analysis.id(), VERSION).putScale(analysis.scale);
      for (long[] group : counts) {
        for (long c : group) {
          w.putLong(c);
        }
      }
      return w.finish();
    }

    @Override
    public String toString() {
      return "RecoveryParadox.State[" + total + " ratings]";
    }
  }
}
