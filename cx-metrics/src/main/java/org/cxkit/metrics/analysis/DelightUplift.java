package org.cxkit.metrics.analysis;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.util.Locale;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.cxkit.core.Scale;
import org.cxkit.metrics.BadInputException;
import org.cxkit.metrics.NpsComparison;
import org.cxkit.metrics.internal.BadValues;
import org.cxkit.metrics.internal.Exact;
import org.cxkit.metrics.internal.Frame;
import org.cxkit.metrics.spi.Analysis;
import org.cxkit.metrics.spi.MergeableState;

/**
 * The delight uplift: how much better the outcome of <em>delighted</em> customers is than that of
 * customers who are merely <em>satisfied</em>. Each customer is classified on a satisfaction item
 * by a {@link Delight} definition, which is separate from the scale's good box: delighted = the
 * answers the definition names (by default the scale's top box), satisfied = the other good points,
 * dissatisfied = everything else (neutral and bottom). So one scale can keep its top-2 box for the
 * CSAT headline while only its top point counts as delighted ({@code
 * DelightUplift.binary(Delight.top(scale, 1))}). The outcome per customer is binary (repurchased,
 * recommended), an NPS answer (0..10) or a number (revenue); each kind has its own tally type, so a
 * tally only accepts outcomes of its kind. See {@link UpliftResult} for the statistics (interval,
 * standard error, z and p) and {@link StratifiedUplift} for an uplift pooled over segments.
 *
 * <p><b>Observational, not causal.</b> The uplift compares groups that chose their own answers;
 * delighted customers may differ in many other ways (tenure, segment, spend). It shows where
 * delight goes together with better outcomes, not that delighting a customer would cause them. The
 * {@linkplain UpliftResult#projectedOutcome(double) projection} assumes that it would.
 *
 * <p>A {@code DelightUplift} is an immutable {@link Analysis} of {@link Customer}s; its tallies are
 * its {@linkplain MergeableState mergeable states}.
 *
 * <pre>{@code
 * DelightUplift<Boolean, DelightUplift.BinaryTally> uplift = DelightUplift.binary(Scale.CSAT);
 * DelightUplift.BinaryTally t = uplift.newTally();
 * t.add(5, true);    // delighted, repurchased
 * t.add(4, false);   // satisfied, did not
 * UpliftResult r = t.result();
 * r.absoluteUplift();                 // percentage points, delighted minus satisfied
 * r.interval(0.95);                   // Newcombe hybrid score interval
 * r.standardError(); r.z(); r.pValue();   // unpooled z test of the uplift
 * r.projectedOutcome(0.25);           // if a quarter of the satisfied were delighted
 * }</pre>
 *
 * @param <O> the outcome of one customer: {@link Boolean}, {@link Integer} (an NPS answer) or
 *     {@link Double}
 * @param <T> the tally type
 */
public final class DelightUplift<O, T extends DelightUplift.Tally<O, T>>
    implements Analysis<DelightUplift.Customer<O>, UpliftResult, T> {
  /** What kind of outcome is compared. */
  public enum Outcome {
    /** Yes/no (reported as a percentage); interval: Newcombe (1998) hybrid score, method 10. */
    BINARY,
    /**
     * An NPS answer 0..10 (reported as the NPS); interval: two-sample Wald ({@link NpsComparison}).
     */
    NPS,
    /** A number such as revenue (reported as the mean); interval: Welch (1947) t. */
    NUMERIC
  }

  static final int DELIGHTED = 0;
  static final int SATISFIED = 1;
  static final int DISSATISFIED = 2;
  // 2: the delighted answers follow the scale (issue #11)
  private static final int VERSION = 2;

  private final Delight delight;
  private final Outcome outcome;
  private final Function<DelightUplift<O, T>, T> newTally;
  private final BiFunction<DelightUplift<O, T>, Frame.Reader, T> read;
  private final Optional<String> unit;

  private DelightUplift(
      Delight delight,
      Outcome outcome,
      Function<DelightUplift<O, T>, T> newTally,
      BiFunction<DelightUplift<O, T>, Frame.Reader, T> read,
      Optional<String> unit) {
    this.delight = requireNonNull(delight, "delight");
    this.outcome = outcome;
    this.newTally = newTally;
    this.read = read;
    this.unit = unit;
  }

  /**
   * Returns this uplift with its numeric outcome's unit named, such as {@code EUR} or {@code visits
   * per year}: its results say it ({@link UpliftResult#outcomeUnit()}, {@link
   * UpliftResult#upliftUnit()}) instead of {@code outcome units}, and their text and JSON carry it.
   * The unit is not part of a tally's bytes: decode them with the uplift that names it. Tallies of
   * uplifts in different units do not merge.
   *
   * <pre>{@code
   * DelightUplift.numeric(Scale.CSAT).withOutcomeUnit("EUR")
   * }</pre>
   *
   * @param unit the unit's name: not blank, at most {@value UpliftResult#MAX_UNIT_LENGTH}
   *     characters, no control characters; {@code outcome units} names none
   * @return the uplift with the unit
   * @throws NullPointerException if the unit is null
   * @throws IllegalArgumentException if the outcome is not numeric or the name is not valid (the
   *     message never repeats it)
   * @since 0.1
   */
  public DelightUplift<O, T> withOutcomeUnit(String unit) {
    Optional<String> u = UpliftResult.checkUnit(unit);
    checkArgument(
        outcome == Outcome.NUMERIC,
        "unit: only a numeric outcome has a unit of its own; this uplift's outcome is %s",
        outcome);
    return new DelightUplift<>(delight, outcome, newTally, read, u);
  }

  /** A result in this uplift's unit. */
  UpliftResult inUnit(UpliftResult r) {
    return unit.isPresent() ? r.withOutcomeUnit(unit.get()) : r;
  }

  /**
   * Returns the uplift for a binary outcome, the scale's top box counting as delighted ({@link
   * Delight#topBox(Scale)}).
   *
   * @param satisfaction the satisfaction item's scale (its good box must be larger than its top
   *     box)
   * @return the analysis
   * @throws NullPointerException if the scale is null
   * @throws IllegalArgumentException if the scale cannot tell delighted from satisfied
   */
  public static DelightUplift<Boolean, BinaryTally> binary(Scale satisfaction) {
    return binary(Delight.topBox(requireNonNull(satisfaction, "satisfaction")));
  }

  /**
   * Returns the uplift for a binary outcome with its own definition of delight.
   *
   * @param delight which satisfaction answers count as delighted, and the groups' names
   * @return the analysis
   * @throws NullPointerException if the definition is null
   * @since 0.1
   */
  public static DelightUplift<Boolean, BinaryTally> binary(Delight delight) {
    return new DelightUplift<>(
        delight, Outcome.BINARY, BinaryTally::new, BinaryTally::read, Optional.empty());
  }

  /**
   * Returns the uplift for an NPS outcome (0..10), the scale's top box counting as delighted.
   *
   * @param satisfaction the satisfaction item's scale
   * @return the analysis
   * @throws NullPointerException if the scale is null
   * @throws IllegalArgumentException if the scale cannot tell delighted from satisfied
   */
  public static DelightUplift<Integer, NpsTally> nps(Scale satisfaction) {
    return nps(Delight.topBox(requireNonNull(satisfaction, "satisfaction")));
  }

  /**
   * Returns the uplift for an NPS outcome (0..10) with its own definition of delight.
   *
   * @param delight which satisfaction answers count as delighted, and the groups' names
   * @return the analysis
   * @throws NullPointerException if the definition is null
   * @since 0.1
   */
  public static DelightUplift<Integer, NpsTally> nps(Delight delight) {
    return new DelightUplift<>(
        delight, Outcome.NPS, NpsTally::new, NpsTally::read, Optional.empty());
  }

  /**
   * Returns the uplift for a numeric outcome, the scale's top box counting as delighted.
   *
   * @param satisfaction the satisfaction item's scale
   * @return the analysis
   * @throws NullPointerException if the scale is null
   * @throws IllegalArgumentException if the scale cannot tell delighted from satisfied
   */
  public static DelightUplift<Double, NumericTally> numeric(Scale satisfaction) {
    return numeric(Delight.topBox(requireNonNull(satisfaction, "satisfaction")));
  }

  /**
   * Returns the uplift for a numeric outcome with its own definition of delight.
   *
   * @param delight which satisfaction answers count as delighted, and the groups' names
   * @return the analysis
   * @throws NullPointerException if the definition is null
   * @since 0.1
   */
  public static DelightUplift<Double, NumericTally> numeric(Delight delight) {
    return new DelightUplift<>(
        delight, Outcome.NUMERIC, NumericTally::new, NumericTally::read, Optional.empty());
  }

  /**
   * Returns the satisfaction scale.
   *
   * @return the scale
   */
  public Scale satisfaction() {
    return delight.scale();
  }

  /**
   * Returns the definition of delight: which answers count as delighted, and the groups' names.
   *
   * @return the definition
   * @since 0.1
   */
  public Delight delight() {
    return delight;
  }

  /**
   * Returns the outcome kind.
   *
   * @return the kind
   */
  public Outcome outcome() {
    return outcome;
  }

  /**
   * Returns the analysis id: {@code delight-uplift.binary}, {@code delight-uplift.nps} or {@code
   * delight-uplift.numeric}.
   *
   * @return the id
   * @since 0.1
   */
  @Override
  public String id() {
    return "delight-uplift." + outcome.name().toLowerCase(Locale.ROOT);
  }

  /**
   * Returns a new, empty tally.
   *
   * @return a tally
   */
  public T newTally() {
    return newTally.apply(this);
  }

  /**
   * Returns a new, empty tally: {@link #newTally()} under the name the {@link Analysis} contract
   * gives it.
   *
   * @return a tally
   * @since 0.1
   */
  @Override
  public T newState() {
    return newTally();
  }

  /**
   * Reads a tally written by {@link Tally#toBytes()}.
   *
   * @param bytes the encoded state
   * @return the tally
   * @throws IllegalArgumentException if the bytes are corrupt, of another outcome kind, scale or
   *     definition of delight, or hold a state no customers could give (a negative count, more yes
   *     than customers, moments of an empty group, a non-finite moment)
   */
  @Override
  public T decode(byte[] bytes) {
    Frame.Reader r = Frame.read(bytes, id(), "tally", VERSION);
    r.expectScale(delight.scale());
    int size = r.getSize("the number of delighted answers", delight.scale().points());
    ImmutableList<Integer> expected = delight.answers().asList();
    boolean same = size == expected.size();
    for (int i = 0; i < size; i++) {
      int a = r.getInt("a delighted answer");
      same = same && a == expected.get(i);
    }
    r.check(same, "the bytes count other answers as delighted than this uplift");
    T t = read.apply(this, r);
    r.end();
    return t;
  }

  /** Returns the group of a satisfaction answer: delighted, satisfied or dissatisfied. */
  int group(int score) {
    Scale satisfaction = delight.scale();
    if (!satisfaction.contains(score)) {
      throw BadValues.value(BadValues.offScale("satisfaction", satisfaction));
    }
    return delight.group(score);
  }

  /** Returns the name of a group, as the definition of delight gives it. */
  String name(int group) {
    return delight.groupNames().get(group);
  }

  boolean sameAs(DelightUplift<?, ?> other) {
    return other == this
        || (other.outcome == outcome
            && other.delight.classifiesAs(delight)
            && other.unit.equals(unit));
  }

  @Override
  public String toString() {
    return "DelightUplift["
        + outcome
        + " outcome"
        + unit.map(u -> " in " + u).orElse("")
        + ", "
        + delight
        + "]";
  }

  /**
   * One customer for the generic {@link Analysis} paths (streams, {@link Tally#addAll(Iterable)}):
   * a satisfaction answer and an outcome. The tallies' primitive {@code add} methods take the same
   * without an object.
   *
   * @param <O> the outcome type
   * @param satisfaction the satisfaction answer
   * @param outcome the outcome
   * @since 0.1
   */
  public record Customer<O>(int satisfaction, O outcome) {
    /**
     * Checks the outcome.
     *
     * @param satisfaction the satisfaction answer
     * @param outcome the outcome
     * @throws NullPointerException if the outcome is null
     */
    public Customer {
      requireNonNull(outcome, "outcome");
    }
  }

  private static long total(long[] n) {
    return Exact.add(Exact.add(n[0], n[1]), n[2]);
  }

  /** Checks that the read counts, added per group and over the groups, fit a long. */
  private static void checkTotal(Frame.Reader r, long[]... columns) {
    try {
      long[] n = new long[3];
      for (long[] column : columns) {
        for (int g = 0; g < 3; g++) {
          n[g] = Exact.add(n[g], column[g]);
        }
      }
      total(n);
    } catch (ArithmeticException e) {
      throw r.invalid("the groups hold more customers than a long counts");
    }
  }

  /** Reads a group's count, naming the group. */
  private static long count(Frame.Reader r, String what, int group) {
    return r.getCount(what + " of the " + UpliftResult.NAMES.get(group) + " group");
  }

  /**
   * The mutable state of one uplift run: a {@link MergeableState} of {@link Customer}s, one type
   * per outcome kind ({@link BinaryTally}, {@link NpsTally}, {@link NumericTally}). Merging is
   * exact for binary and NPS outcomes; numeric outcomes keep compensated sums and Welford's running
   * sum of squares with Chan et al.'s pairwise merge, so splits agree to rounding. Not thread-safe.
   *
   * @param <O> the outcome of one customer
   * @param <T> the tally type itself
   * @since 0.1
   */
  public abstract static sealed class Tally<O, T extends Tally<O, T>>
      implements MergeableState<Customer<O>, UpliftResult, T>
      permits BinaryTally, NpsTally, NumericTally {
    final DelightUplift<O, T> uplift;

    Tally(DelightUplift<O, T> uplift) {
      this.uplift = uplift;
    }

    abstract T self();

    /** Adds {@code other} (of the same uplift) atomically: all or, on overflow, nothing. */
    abstract void mergeChecked(T other);

    abstract void write(Frame.Writer w);

    /** Adds row {@code i} of some columns to a tally. */
    interface RowAdder<T> {
      void add(T t, int i);
    }

    /** Adds row by row into a copy, then keeps it: all rows or, on a bad one, none. */
    final T addColumns(int length, int otherLength, RowAdder<T> adder) {
      checkArgument(
          length == otherLength, "columns differ in length: %s and %s", length, otherLength);
      T t = copy();
      for (int i = 0; i < length; i++) {
        try {
          adder.add(t, i);
        } catch (BadInputException e) {
          throw BadValues.atRecord(i, e);
        }
      }
      T me = self();
      me.restore(t);
      return me;
    }

    /** Makes this tally's state a copy of {@code from}'s. */
    abstract void restore(T from);

    /**
     * Returns an independent copy.
     *
     * @return the copy
     */
    @Override
    public final T copy() {
      T t = uplift.newTally();
      t.restore(self());
      return t;
    }

    /**
     * Adds the state of another tally of the same uplift and returns this one; {@code other} is
     * unchanged.
     *
     * @param other another tally
     * @return this tally
     * @throws IllegalArgumentException if {@code other} belongs to an uplift on another scale
     * @throws ArithmeticException if a count overflows (this tally is then unchanged)
     */
    @Override
    public final T merge(T other) {
      requireNonNull(other, "other");
      checkArgument(
          other.uplift.sameAs(uplift), "cannot merge a tally of %s into %s", other.uplift, uplift);
      mergeChecked(other);
      return self();
    }

    /**
     * Encodes the state: a frame of kind {@link DelightUplift#id()}, version 2, holding the
     * satisfaction scale, the delighted answers and per group the outcome's statistics.
     *
     * @return the bytes
     */
    @Override
    public final byte[] toBytes() {
      Frame.Writer w =
          Frame.writer(uplift.id(), VERSION)
              .putScale(uplift.delight.scale())
              .putInt(uplift.delight.answers().size());
      for (int a : uplift.delight.answers()) {
        w.putInt(a);
      }
      write(w);
      return w.finish();
    }

    @Override
    public String toString() {
      return "Tally[" + uplift.outcome + ", n=" + result().n() + "]";
    }
  }

  /**
   * The tally of a binary outcome: per group, customers and customers with a yes.
   *
   * @since 0.1
   */
  public static final class BinaryTally extends Tally<Boolean, BinaryTally> {
    private final long[] n = new long[3];
    private final long[] yes = new long[3];

    BinaryTally(DelightUplift<Boolean, BinaryTally> uplift) {
      super(uplift);
    }

    static BinaryTally read(DelightUplift<Boolean, BinaryTally> uplift, Frame.Reader r) {
      BinaryTally t = new BinaryTally(uplift);
      for (int g = 0; g < 3; g++) {
        t.n[g] = count(r, "the customers", g);
        t.yes[g] = count(r, "the yes count", g);
        r.check(
            t.yes[g] <= t.n[g],
            "the " + UpliftResult.NAMES.get(g) + " group has more yes than customers");
      }
      checkTotal(r, t.n);
      return t;
    }

    @Override
    BinaryTally self() {
      return this;
    }

    /**
     * Adds a customer.
     *
     * @param satisfaction the satisfaction answer
     * @param outcome the outcome: yes or no
     * @throws BadInputException if the answer is off the scale
     * @throws ArithmeticException if a count overflows
     */
    public void add(int satisfaction, boolean outcome) {
      int g = uplift.group(satisfaction);
      long ng = Exact.add(n[g], 1);
      Exact.add(total(n), 1);
      n[g] = ng;
      if (outcome) {
        yes[g]++;
      }
    }

    @Override
    public void add(Customer<Boolean> customer) {
      requireNonNull(customer, "customer");
      add(customer.satisfaction(), customer.outcome().booleanValue());
    }

    /**
     * Adds parallel columns of satisfaction answers and outcomes.
     *
     * @param satisfaction the answers
     * @param outcomes the outcomes, as many
     * @return this tally
     * @throws BadInputException naming the first bad index; nothing is added then
     */
    public BinaryTally addAll(int[] satisfaction, boolean[] outcomes) {
      requireNonNull(satisfaction, "satisfaction");
      requireNonNull(outcomes, "outcomes");
      return addColumns(
          satisfaction.length, outcomes.length, (t, i) -> t.add(satisfaction[i], outcomes[i]));
    }

    @Override
    void restore(BinaryTally from) {
      System.arraycopy(from.n, 0, n, 0, 3);
      System.arraycopy(from.yes, 0, yes, 0, 3);
    }

    @Override
    void mergeChecked(BinaryTally other) {
      long[] nn = new long[3];
      for (int g = 0; g < 3; g++) {
        nn[g] = Exact.add(n[g], other.n[g]);
      }
      total(nn);
      for (int g = 0; g < 3; g++) {
        n[g] = nn[g];
        yes[g] += other.yes[g];
      }
    }

    @Override
    public UpliftResult result() {
      return UpliftResult.of(
          uplift.delight.groupNames(),
          UpliftResult.GroupStatistics.binary(n[0], yes[0]),
          UpliftResult.GroupStatistics.binary(n[1], yes[1]),
          UpliftResult.GroupStatistics.binary(n[2], yes[2]));
    }

    @Override
    void write(Frame.Writer w) {
      for (int g = 0; g < 3; g++) {
        w.putLong(n[g]).putLong(yes[g]);
      }
    }
  }

  /**
   * The tally of an NPS outcome: per group, detractors, passives and promoters.
   *
   * @since 0.1
   */
  public static final class NpsTally extends Tally<Integer, NpsTally> {
    private final long[] detractors = new long[3];
    private final long[] passives = new long[3];
    private final long[] promoters = new long[3];

    NpsTally(DelightUplift<Integer, NpsTally> uplift) {
      super(uplift);
    }

    static NpsTally read(DelightUplift<Integer, NpsTally> uplift, Frame.Reader r) {
      NpsTally t = new NpsTally(uplift);
      for (int g = 0; g < 3; g++) {
        t.detractors[g] = count(r, "the detractors", g);
        t.passives[g] = count(r, "the passives", g);
        t.promoters[g] = count(r, "the promoters", g);
      }
      checkTotal(r, t.detractors, t.passives, t.promoters);
      return t;
    }

    private long[] groupTotals() {
      long[] n = new long[3];
      for (int g = 0; g < 3; g++) {
        n[g] = Exact.add(Exact.add(detractors[g], passives[g]), promoters[g]);
      }
      total(n);
      return n;
    }

    @Override
    NpsTally self() {
      return this;
    }

    /**
     * Adds a customer.
     *
     * @param satisfaction the satisfaction answer
     * @param npsScore the customer's likelihood to recommend, 0..10
     * @throws BadInputException if an answer is off its scale
     * @throws ArithmeticException if a count overflows
     */
    public void add(int satisfaction, int npsScore) {
      if (!Scale.NPS.contains(npsScore)) {
        throw BadValues.value(BadValues.offScale("the NPS outcome", Scale.NPS));
      }
      int g = uplift.group(satisfaction);
      long[] n = groupTotals();
      Exact.add(n[g], 1);
      Exact.add(total(n), 1);
      long[] column =
          Scale.NPS.isBottom(npsScore)
              ? detractors
              : Scale.NPS.isGood(npsScore) ? promoters : passives;
      column[g]++;
    }

    @Override
    public void add(Customer<Integer> customer) {
      requireNonNull(customer, "customer");
      add(customer.satisfaction(), customer.outcome().intValue());
    }

    /**
     * Adds parallel columns of satisfaction answers and NPS outcomes (0..10).
     *
     * @param satisfaction the answers
     * @param npsScores the outcomes, as many
     * @return this tally
     * @throws BadInputException naming the first bad index; nothing is added then
     */
    public NpsTally addAll(int[] satisfaction, int[] npsScores) {
      requireNonNull(satisfaction, "satisfaction");
      requireNonNull(npsScores, "npsScores");
      return addColumns(
          satisfaction.length, npsScores.length, (t, i) -> t.add(satisfaction[i], npsScores[i]));
    }

    @Override
    void restore(NpsTally from) {
      System.arraycopy(from.detractors, 0, detractors, 0, 3);
      System.arraycopy(from.passives, 0, passives, 0, 3);
      System.arraycopy(from.promoters, 0, promoters, 0, 3);
    }

    @Override
    void mergeChecked(NpsTally other) {
      long[] n = new long[3];
      for (int g = 0; g < 3; g++) {
        n[g] =
            Exact.add(
                Exact.add(
                    Exact.add(detractors[g], other.detractors[g]),
                    Exact.add(passives[g], other.passives[g])),
                Exact.add(promoters[g], other.promoters[g]));
      }
      total(n);
      for (int g = 0; g < 3; g++) {
        detractors[g] += other.detractors[g];
        passives[g] += other.passives[g];
        promoters[g] += other.promoters[g];
      }
    }

    @Override
    public UpliftResult result() {
      return UpliftResult.of(
          uplift.delight.groupNames(),
          UpliftResult.GroupStatistics.nps(detractors[0], passives[0], promoters[0]),
          UpliftResult.GroupStatistics.nps(detractors[1], passives[1], promoters[1]),
          UpliftResult.GroupStatistics.nps(detractors[2], passives[2], promoters[2]));
    }

    @Override
    void write(Frame.Writer w) {
      for (int g = 0; g < 3; g++) {
        w.putLong(detractors[g]).putLong(passives[g]).putLong(promoters[g]);
      }
    }
  }

  /**
   * The tally of a numeric outcome: per group, the count, the compensated sum of the values
   * (Neumaier's running error term beside the sum, so the mean does not drift with the number of
   * values) and Welford's sum of squared deviations; merged with Chan, Golub and LeVeque's (1979)
   * pairwise update. Merging is commutative bit for bit and associative to rounding.
   *
   * @since 0.1
   */
  public static final class NumericTally extends Tally<Double, NumericTally> {
    private final long[] n = new long[3];
    private final double[] sum = new double[3];
    private final double[] compensation = new double[3];
    private final double[] m2 = new double[3];

    NumericTally(DelightUplift<Double, NumericTally> uplift) {
      super(uplift);
    }

    static NumericTally read(DelightUplift<Double, NumericTally> uplift, Frame.Reader r) {
      NumericTally t = new NumericTally(uplift);
      for (int g = 0; g < 3; g++) {
        String group = " of the " + UpliftResult.NAMES.get(g) + " group";
        t.n[g] = r.getCount("the customers" + group);
        t.sum[g] = r.getDouble("the sum" + group);
        t.compensation[g] = r.getDouble("the sum's compensation" + group);
        t.m2[g] = r.getDouble("the sum of squares" + group);
        r.check(t.m2[g] >= 0, "the sum of squares" + group + " is negative");
        r.check(
            t.n[g] > 0 || (t.sum[g] == 0 && t.compensation[g] == 0 && t.m2[g] == 0),
            "the empty " + UpliftResult.NAMES.get(g) + " group has a sum or sum of squares");
        r.check(
            t.n[g] > 1 || (t.compensation[g] == 0 && t.m2[g] == 0),
            "the "
                + UpliftResult.NAMES.get(g)
                + " group of one has a compensation or sum of squares");
        r.check(Double.isFinite(t.sum[g] + t.compensation[g]), "the sum" + group + " overflows");
      }
      checkTotal(r, t.n);
      return t;
    }

    @Override
    NumericTally self() {
      return this;
    }

    private static double twoSumError(double a, double b, double s) {
      double bb = s - a;
      return (a - (s - bb)) + (b - bb);
    }

    private static double canonical(double v) {
      return v == 0.0 ? 0.0 : v;
    }

    private double mean(int g) {
      return n[g] == 0 ? 0.0 : canonical((sum[g] + compensation[g]) / n[g]);
    }

    private static ArithmeticException overflow(int g) {
      return new ArithmeticException(
          "the numeric outcomes of the "
              + UpliftResult.NAMES.get(g)
              + " group overflow a double: their sum or sum of squares is not finite");
    }

    /**
     * Adds a customer.
     *
     * @param satisfaction the satisfaction answer
     * @param value the outcome; finite
     * @throws BadInputException if the answer is off the scale or the value is not finite
     * @throws ArithmeticException if the count overflows, or the sum or sum of squares of the
     *     group's values leaves the range of a double
     */
    public void add(int satisfaction, double value) {
      if (!Double.isFinite(value)) {
        throw BadValues.value("the numeric outcome must be finite, not NaN or an infinity");
      }
      int g = uplift.group(satisfaction);
      long n1 = Exact.add(n[g], 1);
      Exact.add(total(n), 1);
      double before = mean(g);
      double s = sum[g] + value;
      double c = compensation[g] + twoSumError(sum[g], value, s);
      double after = (s + c) / n1;
      double m = m2[g] + (value - before) * (value - after);
      if (!Double.isFinite(s)
          || !Double.isFinite(c)
          || !Double.isFinite(after)
          || !Double.isFinite(m)) {
        throw overflow(g);
      }
      n[g] = n1;
      sum[g] = canonical(s);
      compensation[g] = canonical(c);
      m2[g] = Math.max(0.0, m);
    }

    @Override
    public void add(Customer<Double> customer) {
      requireNonNull(customer, "customer");
      add(customer.satisfaction(), customer.outcome().doubleValue());
    }

    /**
     * Adds parallel columns of satisfaction answers and numeric outcomes.
     *
     * @param satisfaction the answers
     * @param outcomes the outcomes, as many
     * @return this tally
     * @throws BadInputException naming the first bad index; nothing is added then
     */
    public NumericTally addAll(int[] satisfaction, double[] outcomes) {
      requireNonNull(satisfaction, "satisfaction");
      requireNonNull(outcomes, "outcomes");
      return addColumns(
          satisfaction.length, outcomes.length, (t, i) -> t.add(satisfaction[i], outcomes[i]));
    }

    @Override
    void restore(NumericTally t) {
      System.arraycopy(t.n, 0, n, 0, 3);
      System.arraycopy(t.sum, 0, sum, 0, 3);
      System.arraycopy(t.compensation, 0, compensation, 0, 3);
      System.arraycopy(t.m2, 0, m2, 0, 3);
    }

    @Override
    void mergeChecked(NumericTally other) {
      NumericTally next = new NumericTally(uplift);
      next.restore(this);
      for (int g = 0; g < 3; g++) {
        long na = n[g];
        long nb = other.n[g];
        if (nb == 0) {
          continue;
        }
        if (na == 0) {
          next.n[g] = nb;
          next.sum[g] = other.sum[g];
          next.compensation[g] = other.compensation[g];
          next.m2[g] = other.m2[g];
          continue;
        }
        long nn = Exact.add(na, nb);
        double s = sum[g] + other.sum[g];
        double c = (compensation[g] + other.compensation[g]) + twoSumError(sum[g], other.sum[g], s);
        double d = other.mean(g) - mean(g);
        double m = (m2[g] + other.m2[g]) + d * d * ((double) na * nb / nn);
        if (!Double.isFinite(s)
            || !Double.isFinite(c)
            || !Double.isFinite(s + c)
            || !Double.isFinite(m)) {
          throw overflow(g);
        }
        next.n[g] = nn;
        next.sum[g] = canonical(s);
        next.compensation[g] = canonical(c);
        next.m2[g] = m;
      }
      total(next.n);
      restore(next);
    }

    @Override
    public UpliftResult result() {
      return uplift.inUnit(
          UpliftResult.of(
              uplift.delight.groupNames(),
              UpliftResult.GroupStatistics.numeric(n[0], mean(0), m2[0]),
              UpliftResult.GroupStatistics.numeric(n[1], mean(1), m2[1]),
              UpliftResult.GroupStatistics.numeric(n[2], mean(2), m2[2])));
    }

    @Override
    void write(Frame.Writer w) {
      for (int g = 0; g < 3; g++) {
        w.putLong(n[g]).putDouble(sum[g]).putDouble(compensation[g]).putDouble(m2[g]);
      }
    }
  }
}
